import Foundation
import CableGraphCore

/// One input the user named, read into memory.
struct InputFile {
    /// The path as shown in messages (`-` for standard input).
    var path: String
    var bytes: [UInt8]
}

/// Expands the inputs on the command line into files: folders recursively (`*.txt`, sorted),
/// `-` for standard input. Problems come back as diagnostics; nothing here traps.
enum InputFiles {
    struct Listing {
        var paths: [String]
        var diagnostics: [Diagnostic]
    }

    static func list(_ inputs: [String]) -> Listing {
        var paths: [String] = []
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" { paths.append("-"); continue }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, "no such file or folder", file: input))
                continue
            }
            if isDirectory.boolValue {
                guard let walker = fm.enumerator(atPath: input) else {
                    diagnostics.append(Diagnostic(.error, "cannot list folder", file: input))
                    continue
                }
                var found: [String] = []
                while let relative = walker.nextObject() as? String {
                    if relative.hasSuffix(".txt") {
                        let full = (input as NSString).appendingPathComponent(relative)
                        var sub: ObjCBool = false
                        if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
                    }
                }
                if found.isEmpty { diagnostics.append(Diagnostic(.warning, "folder holds no *.txt files", file: input)) }
                paths += found.sorted()
            } else {
                paths.append(input)
            }
        }
        return Listing(paths: paths, diagnostics: diagnostics)
    }

    /// Reads a file (or standard input) into memory.
    static func read(_ path: String) -> Result<InputFile, Diagnostic> {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return .success(InputFile(path: path, bytes: [UInt8](data)))
        }
        // POSIX calls straight into one array: this runs for every cable of a corpus.
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(failure(path, errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(failure(path, errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(failure(path, EISDIR)) }
        // One byte more than the size shows the end without a second call (unless the file grew meanwhile).
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: max(bytes.count, 1 << 16)) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(failure(path, errno))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeLast(bytes.count - filled)
        return .success(InputFile(path: path, bytes: bytes))
    }

    private static func failure(_ path: String, _ code: Int32) -> Diagnostic {
        if code == EACCES || code == EISDIR || code == EPERM {
            return Diagnostic(.error, "cannot read file (permission denied or not a regular file)", file: path)
        }
        return Diagnostic(.error, "cannot read file: \(String(cString: strerror(code)))", file: path)
    }
}
