/// The surname closing the body (`PICCUTA`, `TIMKEN JR`, `Murphy`), read from the last lines of the
/// text, as written. Trailing banners (`CONFIDENTIAL`, `NNNN`), declassification notes, page
/// headers, `NOTE BY OC/T` lines, `##` and a lone `.` are passed over.
enum Signers {
    /// Bytes from the end of the text that are examined.
    static let window = 1200

    static func find(_ utf8: [UInt8]) -> [String] {
        let start = max(0, utf8.count - window)
        var end = utf8.count
        var examined = 0
        while end > start, examined < 40 {
            var s = end
            while s > start, utf8[s - 1] != 0x0A { s -= 1 }
            let line = trimLine(utf8, s..<end)
            end = s > start ? s - 1 : start
            examined += 1
            if line.isEmpty || isTrailer(utf8, line) { continue }
            if let name = signature(utf8, line) { return [name] }
            return []
        }
        return []
    }

    /// Trims spaces, pilcrows and trailing `##`, `|` and `.`.
    private static func trimLine(_ b: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, isSpace(b[lo]) || (b[lo] == 0xC2 && lo + 1 < hi && b[lo + 1] == 0xB6) || b[lo] == 0xB6 { lo += 1 }
        while hi > lo, isSpace(b[hi - 1]) || b[hi - 1] == 0x23 || b[hi - 1] == 0x7C || b[hi - 1] == 0x5C { hi -= 1 }
        // `RICE NNNN`
        if hi - lo > 5, ByteText.matches(b, at: hi - 5, " NNNN", end: hi) { hi -= 5 }
        while hi > lo, isSpace(b[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    private static let trailerWords: Set<String> = ["CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS", "LIMITED", "OFFICIAL", "USE",
                                                    "ONLY", "NOFORN", "SENSITIVE", "SIPDIS", "NNNN", "BT", "FOR", "EXDIS", "NODIS",
                                                    "LIMDIS", "//", "SBU", "CLASSIFICATION:", "BUT"]

    /// A line that follows the signature and is not part of the text.
    private static func isTrailer(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        let text = b[line]
        if text.allSatisfy({ $0 == 0x2E || $0 == 0x3E || $0 == 0x2D || $0 == 0x2A || $0 == 0x3D || $0 == 0x20 || $0 == 0x22 || $0 == 0x27 }) { return true }
        // `=====CABLE ENDS=====`, `End Cable Text`, and a cut-off preview line ending in `...`.
        if ByteText.find(b, "CABLE ENDS", from: line.lowerBound, to: line.upperBound) != nil
            || ByteText.find(b, "END CABLE", from: line.lowerBound, to: line.upperBound) != nil { return true }
        if line.count > 3, ByteText.matches(b, at: line.upperBound - 3, "...", end: line.upperBound) { return true }
        let s = line.lowerBound, e = line.upperBound
        // `2004CARACA01540 - UNCLASSIFIED`, `2002ROME01748 - Classification: SECRET`.
        if isDigit(b[s]) {
            var k = s
            while k < e, isAlnum(b[k]) { k += 1 }
            return k - s >= 8 && isDigit(b[k - 1]) && ByteText.matches(b, at: k, " - ", end: e)
        }
        if ByteText.matches(b, at: s, "DECLASSIFIED/RELEASED", end: e) || ByteText.matches(b, at: s, "SYSTEMATIC REVIEW", end: e)
            || ByteText.matches(b, at: s, "NOTE BY OC", end: e) || ByteText.matches(b, at: s, "NOTE: NOT PASSED", end: e)
            || ByteText.matches(b, at: s, "NOTE:  NOT PASSED", end: e) {
            return true
        }
        if ByteText.matches(b, at: s, "PAGE ", end: e) || ByteText.matches(b, at: s, "REVIEW ", end: e) { return text.contains(where: isDigit) }
        // Banner words only: `CONFIDENTIAL`, `SECRET NOFORN`, `NNNN`, `LIMITED OFFICIAL USE`.
        guard text.count <= 60, !text.contains(where: isLower) else { return false }
        let words = text.split(whereSeparator: { $0 == 0x20 || $0 == 0x2F })
        return !words.isEmpty && words.allSatisfy({ trailerWords.contains(ByteText.string($0)) })
    }

    /// Words that end a text without being a name.
    private static let closingWords: Set<String> = ["POST", "VIA", "PAGE", "LIST", "ASSISTANCE", "CONCURRENCE", "INFO", "INFORMATION",
                                                    "MESSAGE", "APPRECIATED", "STOP", "FYI", "COMMENT", "SUMMARY", "ACTION",
                                                    "THANKS", "REGARDS", "TEXT", "NOTE", "ENDS", "END", "QUOTE", "UNQUOTE"]
    private static let addressWords: Set<String> = ["AMEMBASSY", "AMCONSUL", "SECSTATE", "WASHDC", "IMMEDIATE", "PRIORITY", "ROUTINE",
                                                    "COLLECTIVE", "USMISSION", "NIACT"]
    private static let notSignatures: Set<String> = ["END COMMENT", "END SUMMARY", "END TEXT", "END NOTE", "END FYI", "END QUOTE",
                                                     "UNQUOTE", "END OF TEXT", "END OF MESSAGE", "END TEXT QUOTE", "REGARDS",
                                                     "END ACTION REQUEST", "END", "TEXT", "QUOTE", "NONE", "ENDS", "END CABLE"]

    /// The signature on the last line: the whole line when it is one to three name words, or the
    /// name after the last sentence (`END OF TEXT. BAKER`).
    private static func signature(_ b: [UInt8], _ line: Range<Int>) -> String? {
        var hi = line.upperBound
        while hi > line.lowerBound, b[hi - 1] == 0x2E || b[hi - 1] == 0x20 { hi -= 1 }
        let text = Array(b[line.lowerBound..<hi])
        if let name = nameLine(text) { return name }
        // The name after the last sentence: `... CONSIDERED.  EAGLETON`, `... life." SCOBEY`,
        // `... 66%. Scobey`, `Website: XXXXXXXXXXXX TUTTLE`, `END COMMENT. SHANNON SHANNON`.
        guard let lastSpace = text.lastIndex(of: 0x20), lastSpace > 1 else { return nil }
        var tailStart = lastSpace + 1
        var k = lastSpace
        while k > 0, text[k - 1] == 0x20 { k -= 1 }
        // A doubled all-caps name.
        if let previous = text[..<k].lastIndex(of: 0x20), text[(previous + 1)..<k].elementsEqual(text[tailStart...]) {
            tailStart = previous + 1
            k = previous
            while k > 0, text[k - 1] == 0x20 { k -= 1 }
        }
        guard k > 0 else { return nil }
        let before = text[k - 1]
        let afterSentence = before == 0x2E || ((before == 0x22 || before == 0x29 || before == 0x27) && k > 1 && text[k - 2] == 0x2E)
        let afterRedaction = k >= 4 && text[(k - 4)..<k].allSatisfy { $0 == 0x58 }
        guard afterSentence || afterRedaction else { return nil }
        let tail = Array(text[(lastSpace + 1)...])
        guard tail.count >= 3, tail.allSatisfy({ isAlpha($0) || $0 == 0x27 || $0 == 0x2D }), isUpper(tail[0]) else { return nil }
        // A capitalized word after a sentence is a surname unless it is a common word (`... percent. The`).
        if tail.contains(where: isLower), commonWords.contains(ByteText.upperString(tail)) { return nil }
        return nameLine(tail)
    }

    private static let commonWords: Set<String> = ["THE", "THIS", "THAT", "THESE", "THOSE", "AN", "IN", "ON", "AT", "WE", "IT", "HE",
                                                   "SHE", "THEY", "POST", "EMBASSY", "AND", "BUT", "FOR", "WITH", "AS", "OUR", "HIS",
                                                   "HER", "ITS", "THEIR", "END", "COMMENT", "SUMMARY", "NOTE", "TEXT", "PLEASE", "THANK",
                                                   "THANKS", "REGARDS", "SEE", "REF", "REFTEL", "PARA", "ACTION", "REQUEST", "IF", "WHEN"]

    private static func nameLine(_ text: [UInt8]) -> String? {
        guard text.count >= 2, text.count <= 40 else { return nil }
        guard text.allSatisfy({ isAlpha($0) || $0 == 0x20 || $0 == 0x27 || $0 == 0x2D || $0 == 0x2E }) else { return nil }
        var words = text.split(separator: 0x20)
        // `SHANNON SHANNON`
        if words.count == 2, words[0].elementsEqual(words[1]) { words.removeLast() }
        guard (1...3).contains(words.count) else { return nil }
        if words.contains(where: { w in w.allSatisfy({ $0 == 0x58 || $0 == 0x2D }) || w.filter(isAlpha).count < 2 && words.count > 1 }) { return nil }
        if words.count > 1, words.contains(where: { commonWords.contains(ByteText.upperString($0)) || ["OF", "UNQUOTE", "MINIMIZE", "CONSIDERED", "SENSITIVE", "BUT", "UNCLASSIFIED"].contains(ByteText.upperString($0)) }) {
            return nil
        }
        let upper = ByteText.string(ByteText.collapse(text.map(ByteText.upper)))
        if notSignatures.contains(upper) || upper.allSatisfy({ $0 == "X" }) || upper.hasPrefix("END ") { return nil }
        // Address lines of a routing block (`AMEMBASSY TUNIS IMMEDIATE`).
        if words.contains(where: { addressWords.contains(ByteText.upperString($0)) }) { return nil }
        let lower = text.filter(isLower).count
        // All capitals, or one capitalized word (`Murphy`).
        guard lower == 0 || (words.count == 1 && isUpper(text[0])) else { return nil }
        guard text.filter(isAlpha).count >= 2 else { return nil }
        if words.count == 1, closingWords.contains(upper) { return nil }
        return ByteText.string(ByteText.collapse(Array(words.joined(separator: [0x20]))))
    }
}
