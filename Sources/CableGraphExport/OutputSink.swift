#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an exporter's bytes go. Exporters write in chunks as they go, so a sink never has to
/// hold a whole export; `MemorySink` does, for tests and small graphs.
public protocol OutputSink: AnyObject {
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Pushes buffered bytes to their destination.
    func flush() throws
}

extension OutputSink {
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }
}

/// Collects everything in memory.
public final class MemorySink: OutputSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    public func flush() throws {}

    /// The bytes as text (exports are UTF-8).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Writes to an open file descriptor through a fixed-size buffer. Does not own the descriptor.
public final class FileDescriptorSink: OutputSink {
    public let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int

    public init(descriptor: Int32, bufferSize: Int = 1 << 18) {
        self.descriptor = descriptor
        self.capacity = max(1, bufferSize)
        buffer.reserveCapacity(capacity)
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > capacity { try flush() }
        if bytes.count >= capacity {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, base, remaining)
            #else
            let written = Darwin.write(descriptor, base, remaining)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                throw ExportError.io("write failed: \(String(cString: strerror(errno)))")
            }
            remaining -= written
            base += written
        }
    }
}

/// Buffers small text writes (the non-XML exporters write many short strings) before they reach the sink.
struct TextOutput {
    private let sink: any OutputSink
    private var buffer: [UInt8] = []
    private static let chunk = 1 << 16

    init(_ sink: any OutputSink) {
        self.sink = sink
        buffer.reserveCapacity(TextOutput.chunk)
    }

    mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= TextOutput.chunk { try drain() }
    }

    mutating func write(_ parts: String...) throws {
        for part in parts { buffer.append(contentsOf: part.utf8) }
        if buffer.count >= TextOutput.chunk { try drain() }
    }

    private mutating func drain() throws {
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes out what is buffered and flushes the sink.
    mutating func finish() throws {
        if !buffer.isEmpty { try drain() }
        try sink.flush()
    }
}
