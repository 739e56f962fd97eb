/// A problem found while reading or processing input, with where it was found.
///
/// Diagnostics are values: the core library never prints. The CLI decides how to show them.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning, error
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// The file the problem is in, as the user named it (`-` for standard input).
    public var file: String?
    /// 1-based line number, where it helps.
    public var line: Int?
    /// 0-based byte offset, for encoding problems.
    public var byteOffset: Int?
    public var message: String

    public init(_ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil, byteOffset: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.byteOffset = byteOffset
    }

    public var description: String {
        var location = file ?? "<input>"
        if let line { location += ":\(line)" }
        if let byteOffset { location += " (byte \(byteOffset))" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
