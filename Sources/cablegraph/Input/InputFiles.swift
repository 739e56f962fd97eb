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
        guard FileManager.default.isReadableFile(atPath: path) else {
            return .failure(Diagnostic(.error, "cannot read file (permission denied or not a regular file)", file: path))
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            return .success(InputFile(path: path, bytes: [UInt8](data)))
        } catch {
            return .failure(Diagnostic(.error, "cannot read file: \(error.localizedDescription)", file: path))
        }
    }
}
