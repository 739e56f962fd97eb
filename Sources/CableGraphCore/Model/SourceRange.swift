/// A half-open range of UTF-8 byte offsets into a cable's original text.
///
/// Byte offsets keep the hot paths on `[UInt8]`; `CableDocument.characterOffset(ofByte:)`
/// turns them into the Unicode code-point offsets that exports and users see.
public struct SourceRange: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    public var range: Range<Int> { start..<end }
    public var isEmpty: Bool { start == end }
    public var count: Int { end - start }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
