import CableGraphExport
import Foundation

/// Writes a file so that readers see either the old file or the complete new one, never a partial
/// export: the bytes go to a temporary file in the same folder, which is renamed over the target
/// once everything is written and synced. On failure the temporary file is removed and the target
/// is left as it was.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path): \(message)" }
    }

    @discardableResult
    static func write<T>(_ path: String, _ body: (any OutputSink) throws -> T) throws -> T {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(path: path, message: "folder \(folder) does not exist")
        }
        let temporary = (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(path: path, message: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        var closed = false
        defer {
            if !closed { close(descriptor) }
        }
        do {
            let sink = FileDescriptorSink(descriptor: descriptor)
            let result = try body(sink)
            try sink.flush()
            guard fsync(descriptor) == 0 else {
                throw Failure(path: path, message: "cannot sync: \(String(cString: strerror(errno)))")
            }
            closed = true
            guard close(descriptor) == 0 else {
                throw Failure(path: path, message: "cannot close: \(String(cString: strerror(errno)))")
            }
            guard rename(temporary, path) == 0 else {
                throw Failure(path: path, message: "cannot rename into place: \(String(cString: strerror(errno)))")
            }
            return result
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
