/// The growing clean text and its origins table, written without per-byte array bookkeeping.
/// Capacity is fixed up front: every space or separator the assembler adds stands for at least one
/// source byte it dropped (a line break, a cut marker), so clean text is about as long as the source.
final class CleanBuffer {
    private let capacity: Int
    private let text: UnsafeMutablePointer<UInt8>
    private let origin: UnsafeMutablePointer<Int32>
    private(set) var count = 0

    init(sourceCount: Int) {
        capacity = sourceCount + sourceCount / 16 + 64
        text = .allocate(capacity: capacity)
        origin = .allocate(capacity: capacity)
    }

    deinit {
        text.deallocate()
        origin.deallocate()
    }

    var last: UInt8? { count > 0 ? text[count - 1] : nil }
    var lastOrigin: Int32 { count > 0 ? origin[count - 1] : 0 }

    subscript(i: Int) -> UInt8 { text[i] }

    @inline(__always) func append(_ byte: UInt8, origin o: Int) {
        guard count < capacity else { return }
        text[count] = byte
        origin[count] = Int32(truncatingIfNeeded: o)
        count += 1
    }

    /// Copies `bytes[range]`, each byte's origin being its own offset.
    func appendRun(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let n = min(range.count, capacity - count)
        guard n > 0, let base = bytes.baseAddress else { return }
        (text + count).update(from: base + range.lowerBound, count: n)
        var o = Int32(truncatingIfNeeded: range.lowerBound)
        for k in count..<(count + n) {
            origin[k] = o
            o &+= 1
        }
        count += n
    }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: text, count: count)) }
    var origins: [Int32] { Array(UnsafeBufferPointer(start: origin, count: count)) }

    /// Source range of a clean range.
    func sourceRange(_ range: Range<Int>) -> SourceRange {
        guard !range.isEmpty else { return SourceRange(start: 0, end: 0) }
        return SourceRange(start: Int(origin[range.lowerBound]), end: Int(origin[range.upperBound - 1]) + 1)
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { body(UnsafeBufferPointer(start: text, count: count)) }
}
