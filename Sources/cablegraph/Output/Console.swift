import Foundation
import CableGraphCore

/// Writes to standard output and standard error; the only place the CLI prints.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func report(_ diagnostic: Diagnostic) {
        err("cablegraph: \(diagnostic)\n")
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
