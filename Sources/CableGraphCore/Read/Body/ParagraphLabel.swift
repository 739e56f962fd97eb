/// A paragraph label at the start of a line: `¶1. (SBU)`, `¶A.`, `1.(C)`, `--23A.`, `2. (U)`.
struct ParagraphLabel: Equatable {
    /// `1`, `A`, `23A`; nil for a bare `¶`.
    var label: String?
    /// `SBU`, `C`, `S/NF`; nil when there is no marking.
    var marking: String?
    /// Byte offset where the paragraph text starts.
    var contentStart: Int
    /// Written with a pilcrow or a number, so it needs no blank line before it to count.
    var isStrong: Bool

    static let pilcrow: [UInt8] = [0xC2, 0xB6]

    /// Parses a label at the start of `bytes[line]`, or returns nil.
    static func parse(_ bytes: [UInt8], line: Range<Int>) -> ParagraphLabel? {
        var i = line.lowerBound
        let end = line.upperBound
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        var hasPilcrow = false
        if i + 1 < end, bytes[i] == pilcrow[0], bytes[i + 1] == pilcrow[1] { hasPilcrow = true; i += 2 }
        var dashes = 0
        while i < end, bytes[i] == 0x2D, dashes < 2 { i += 1; dashes += 1 }
        let labelStart = i
        var digits = 0
        while i < end, isDigit(bytes[i]), digits < 4 { i += 1; digits += 1 }
        var letter = false
        if digits > 0 {
            guard digits <= 3 else { return nil }
            if i < end, isUpper(bytes[i]) || (isLower(bytes[i]) && hasPilcrow), i + 1 < end, bytes[i + 1] == 0x2E || bytes[i + 1] == 0x29 {
                i += 1
            }
        } else if i < end, isUpper(bytes[i]) || (hasPilcrow && isLower(bytes[i])) {
            letter = true
            i += 1
        }
        let labelEnd = i
        guard labelEnd > labelStart || hasPilcrow else { return nil }
        if labelEnd > labelStart {
            guard i < end, bytes[i] == 0x2E || (bytes[i] == 0x29 && (digits > 0 || hasPilcrow)) else { return nil }
            i += 1
            // A label is followed by a space, a marking or the end of the line; never by a digit or letter.
            guard i == end || bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x28 else { return nil }
        }
        if digits > 0, labelEnd - labelStart == digits, dashes == 0, !hasPilcrow {
            // `1999.` or `10.` alone on a line is not a label; `2. (C)` and `12. The` are.
            guard i < end else { return nil }
        }
        var contentStart = i
        while contentStart < end, bytes[contentStart] == 0x20 || bytes[contentStart] == 0x09 { contentStart += 1 }
        var marking: String?
        if contentStart < end, bytes[contentStart] == 0x28, let close = markingEnd(bytes, from: contentStart + 1, end: end) {
            marking = String(decoding: bytes[(contentStart + 1)..<close], as: UTF8.self)
            contentStart = close + 1
            while contentStart < end, bytes[contentStart] == 0x20 || bytes[contentStart] == 0x09 { contentStart += 1 }
        }
        if letter && !hasPilcrow && dashes == 0 && marking == nil {
            // `A. The ...` without a pilcrow: the next text must start a sentence.
            guard contentStart < end, isUpper(bytes[contentStart]) || bytes[contentStart] == 0x22 else { return nil }
        }
        let label = labelEnd > labelStart ? String(decoding: bytes[labelStart..<labelEnd], as: UTF8.self).uppercased() : nil
        return ParagraphLabel(label: label, marking: marking, contentStart: contentStart,
                              isStrong: hasPilcrow || dashes > 0 || digits > 0)
    }

    /// End of a classification marking such as `SBU`, `C`, `S/NF`, `C//REL TO USA, AUS`: the `)` offset.
    private static func markingEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int? {
        var i = start
        var letters = 0
        while i < end, i - start <= 24 {
            let b = bytes[i]
            if b == 0x29 { return letters > 0 && isMarking(bytes[start..<i]) ? i : nil }
            if isAlpha(b) {
                // Markings are upper case, but old cables write (c) too; no lower-case words.
                if isLower(b), i + 1 < end, isLower(bytes[i + 1]) { return nil }
                letters += 1
            } else if !(b == 0x2F || b == 0x20 || b == 0x2C || b == 0x2D || b == 0x26) {
                return nil
            }
            i += 1
        }
        return nil
    }

    static let markingHeads: Set<String> = ["U", "C", "S", "TS", "SBU", "LOU", "FOUO", "NF", "SNF", "CNF", "CF", "UC",
                                            "SECRET", "CONFIDENTIAL", "UNCLASSIFIED", "UNCLAS", "SENSITIVE", "LIMDIS", "EXDIS", "NODIS"]

    /// The first word of a marking is a classification code (so `(IOM)` is not a marking).
    private static func isMarking(_ text: ArraySlice<UInt8>) -> Bool {
        let head = text.prefix { isAlpha($0) }
        return markingHeads.contains(String(decoding: head, as: UTF8.self).uppercased())
    }
}
