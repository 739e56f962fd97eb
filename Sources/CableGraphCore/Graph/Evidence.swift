/// Where a fact was read: the cable, the paragraph label, the sentence and its range, and the sentence itself.
public struct Evidence: Sendable, Hashable, Codable, Comparable {
    /// Canonical cable id.
    public var cable: String
    /// Paragraph label as written (`1`, `A`, `23A`), or nil for unnumbered paragraphs.
    public var paragraph: String?
    /// 0-based sentence index within the cable.
    public var sentence: Int
    /// Unicode code-point offsets of the sentence in the cable's original text, half-open.
    public var start: Int
    public var end: Int
    /// The sentence, with line breaks folded and page-break lines removed; a sentence longer than
    /// `maxTextLength` characters is cut there and ends in ` […]` (`start`..<`end` still spans all of it).
    public var text: String

    /// Run-on "sentences" (tables, a 10 MB line without a full stop) would make every quoting edge huge,
    /// and libxml2-based readers refuse text nodes over 10 MB.
    public static let maxTextLength = 2_000

    /// `text` cut to `maxTextLength` characters.
    public static func quotable(_ text: String) -> String {
        guard text.utf8.count > maxTextLength, text.count > maxTextLength else { return text }
        return String(text.prefix(maxTextLength)) + " […]"
    }

    public init(cable: String, paragraph: String?, sentence: Int, start: Int, end: Int, text: String) {
        self.cable = cable
        self.paragraph = paragraph
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.cable, lhs.sentence, lhs.start) < (rhs.cable, rhs.sentence, rhs.start)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cable, forKey: .cable)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
    }

    /// Merges two sorted, duplicate-free lists into one. Appending later evidence (the usual case when
    /// cables are merged in order) costs only the copy; otherwise a linear merge.
    static func mergeSorted(_ a: [Evidence], _ b: [Evidence]) -> [Evidence] {
        guard let lastA = a.last, let firstB = b.first else { return a.isEmpty ? b : a }
        if lastA < firstB { return a + b }
        if let lastB = b.last, let firstA = a.first, lastB < firstA { return b + a }
        var out: [Evidence] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let next: Evidence
            if j == b.count || (i < a.count && !(b[j] < a[i])) {
                next = a[i]; i += 1
            } else {
                next = b[j]; j += 1
            }
            if out.last != next { out.append(next) }
        }
        return out
    }
}
