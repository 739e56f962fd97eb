/// Text that telegram handling put into the body and that is not content.
enum Boilerplate {
    private static let sipdis = Array("SIPDIS".utf8)

    /// Inline `SIPDIS` tokens (injected mid-text by the distribution system).
    static func inlineMarkers(in bytes: [UInt8], range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = range.lowerBound
        let last = range.upperBound - sipdis.count
        while i <= last {
            if bytes[i] == 0x53, bytes[i..<(i + sipdis.count)].elementsEqual(sipdis),
               i == range.lowerBound || !isAlnum(bytes[i - 1]),
               i + sipdis.count == range.upperBound || !isAlnum(bytes[i + sipdis.count]) {
                found.append(i..<(i + sipdis.count))
                i += sipdis.count
            } else {
                i += 1
            }
        }
        return found
    }

    /// A classification banner left at the end of a line before a page break: `THEY REALIZE  CONFIDENTIAL`
    /// (two or more spaces, then the banner).
    static func trailingBanner(in bytes: [UInt8], range: Range<Int>) -> Range<Int>? {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > range.lowerBound, isUpper(bytes[start - 1]) || bytes[start - 1] == 0x2F { start -= 1 }
        guard start > range.lowerBound + 2, bytes[start - 1] == 0x20, bytes[start - 2] == 0x20,
              isBannerLine(bytes, start..<end) else { return nil }
        var cut = start
        while cut > range.lowerBound, bytes[cut - 1] == 0x20 { cut -= 1 }
        return cut..<range.upperBound
    }

    private static let bannerWords: Set<String> = [
        "CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS", "LIMITED", "OFFICIAL", "USE", "ONLY", "NOFORN", "SENSITIVE",
        "FOR", "SBU", "NNNN", "BT", "EXDIS", "NODIS", "LIMDIS", "SIPDIS", "END", "OF", "MESSAGE", "TEXT",
    ]
    private static let classificationWords: Set<String> = ["CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS", "NNNN", "BT", "NOFORN", "SENSITIVE"]

    /// A line that only repeats the classification (`CONFIDENTIAL`, `SECRET NOFORN`, `NNNN`).
    static func isBannerLine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count <= 60, range.count >= 2, isUpper(bytes[range.lowerBound]),
              !bytes[range].contains(where: { isLower($0) || isDigit($0) }) else { return false }
        let words = bytes[range].split(whereSeparator: { $0 == 0x20 || $0 == 0x2F || $0 == 0x09 })
        guard !words.isEmpty else { return false }
        var hasClassification = false
        for word in words {
            let w = String(decoding: word, as: UTF8.self)
            guard bannerWords.contains(w) else { return false }
            if classificationWords.contains(w) { hasClassification = true }
        }
        return hasClassification
    }

    /// A closing signature: one to three name words, no digits, no sentence punctuation.
    static func isSignature(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 40 else { return false }
        let slice = bytes[range]
        guard slice.allSatisfy({ isAlpha($0) || $0 == 0x20 || $0 == 0x27 || $0 == 0x2D || $0 == 0x2E || $0 >= 0x80 }) else { return false }
        let words = slice.split(separator: 0x20)
        // A dot only closes an initial or a suffix (`TIMKEN JR.`), never a sentence (`TO GO.`).
        if slice.last == 0x2E, let last = words.last, last.count > 3 { return false }
        guard (1...3).contains(words.count) else { return false }
        let upper = slice.filter(isUpper).count, lower = slice.filter(isLower).count
        // All caps (`PICCUTA`, `TIMKEN JR`), or one capitalized surname (`Murphy`).
        return lower == 0 || (words.count == 1 && upper == 1 && isUpper(slice.first!))
    }
}
