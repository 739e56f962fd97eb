/// The body of a cable as extraction sees it: boilerplate lines (page breaks, `SIPDIS`) removed,
/// line breaks folded into spaces, words hyphenated across a line joined, and every byte mapped
/// back to its offset in the original text so that evidence can point at the source.
public struct CleanText: Sendable {
    /// UTF-8 bytes of the cleaned body.
    public let bytes: [UInt8]
    /// `origins[i]` is the byte offset in the original text that `bytes[i]` came from.
    public let origins: [Int32]

    public init(bytes: [UInt8], origins: [Int32]) {
        precondition(bytes.count == origins.count, "every clean byte needs an origin")
        self.bytes = bytes
        self.origins = origins
    }

    public static let empty = CleanText(bytes: [], origins: [])

    public var count: Int { bytes.count }

    /// The original-text range that a clean range came from.
    public func sourceRange(_ range: Range<Int>) -> SourceRange {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= bytes.count else {
            let at = range.lowerBound < origins.count && range.lowerBound >= 0 ? Int(origins[range.lowerBound]) : 0
            return SourceRange(start: at, end: at)
        }
        return SourceRange(start: Int(origins[range.lowerBound]), end: Int(origins[range.upperBound - 1]) + 1)
    }

    /// The clean text of a range, decoded as UTF-8 (invalid sequences replaced).
    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
