/// Splits clean paragraph text into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by a space and
/// an upper-case letter, a digit or an opening quote, except after abbreviations (`U.S.`, `Dr.`,
/// `Amb.`), initials (`J.`), dotted acronyms (`P.R.C.`) and `No.`/`Art.` before a number.
enum SentenceSplitter {
    /// Titles and abbreviations that never end a sentence (compared upper-cased, without the dot).
    static let abbreviations: Set<String> = [
        "MR", "MRS", "MS", "DR", "PROF", "AMB", "AMBS", "GEN", "LT", "LTG", "MG", "BG", "COL", "MAJ", "CAPT", "CPT", "CMDR", "CDR",
        "ADM", "SGT", "SEN", "REP", "REPS", "GOV", "PRES", "HON", "REV", "ST", "MT", "FT", "DEPT", "MIN", "CO", "CORP", "INC",
        "LTD", "JR", "SR", "VS", "APPROX", "EST", "ETC", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT",
        "OCT", "NOV", "DEC", "TEL", "FAX", "VOL", "CH", "PP", "CF", "AL", "MESSRS", "AMEMB", "GOVT", "INTL", "ASST",
        "ADMIN", "AVE", "BLVD", "RD", "DEP", "DEPUTY", "SECY", "U/S", "A/S", "D/S", "S/E", "H.E", "E.G", "I.E", "FIG",
    ]
    /// Abbreviations that only hold before a number (`No. 5`, `Art. 66`); elsewhere they can end a sentence.
    static let numberAbbreviations: Set<String> = ["NO", "NOS", "ART", "ARTS", "PARA", "PARAS", "SEC", "REF", "P", "PAGE", "OP"]

    static func split(_ bytes: [UInt8], range: Range<Int>, hardBreaks: [Int] = []) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { split($0, range: range, hardBreaks: hardBreaks) }
    }

    static func split(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, hardBreaks: [Int] = []) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        let end = range.upperBound
        // Hard breaks (list items) cut the text into segments; each is split at sentence ends.
        var segments = hardBreaks.filter { range.contains($0) && $0 > range.lowerBound }
        segments.append(end)
        var i = range.lowerBound
        for segmentEnd in segments {
            while i < segmentEnd {
                let c = bytes[i]
                guard c == 0x2E || c == 0x21 || c == 0x3F else { i += 1; continue }
                var j = i + 1
                while j < segmentEnd, bytes[j] == 0x2E || bytes[j] == 0x21 || bytes[j] == 0x3F { j += 1 }
                while j < segmentEnd, bytes[j] == 0x22 || bytes[j] == 0x27 || bytes[j] == 0x29 || bytes[j] == 0x5D { j += 1 }
                guard j < segmentEnd, bytes[j] == 0x20 else { i = j; continue }
                var k = j
                while k < segmentEnd, bytes[k] == 0x20 { k += 1 }
                guard k < segmentEnd, startsSentence(bytes[k]) else { i = k; continue }
                if c == 0x2E, j == i + 1, !endsSentence(bytes, dot: i, lowerBound: start, next: k, end: segmentEnd) { i = k; continue }
                push(&result, bytes, start..<j)
                start = k
                i = k
            }
            if start < segmentEnd { push(&result, bytes, start..<segmentEnd) }
            start = segmentEnd
            i = segmentEnd
        }
        return result
    }

    /// Longest sentence kept whole, in bytes. Text without sentence ends (damaged or unpunctuated
    /// old cables) is cut at the last space before this, so no later stage sees a run-on block.
    static let maxLength = 3_000

    private static func push(_ result: inout [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        while hi - lo > maxLength {
            var cut = lo + maxLength
            while cut > lo + maxLength / 2, bytes[cut] != 0x20 { cut -= 1 }
            if bytes[cut] != 0x20 {
                // No space in the second half: cut at a character boundary.
                cut = lo + maxLength
                while cut > lo, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            }
            result.append(lo..<cut)
            lo = cut
            while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        }
        if lo < hi { result.append(lo..<hi) }
    }

    private static func startsSentence(_ b: UInt8) -> Bool {
        isUpper(b) || isDigit(b) || b == 0x22 || b == 0x27 || b == 0x28 || b == 0x2D || b == 0x5B || b >= 0xC0
    }

    /// Decides whether the `.` at `dot` ends a sentence, from the word before it.
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, dot: Int, lowerBound: Int, next: Int, end: Int) -> Bool {
        var w = dot
        while w > lowerBound, bytes[w - 1] != 0x20, bytes[w - 1] != 0x28, bytes[w - 1] != 0x22 { w -= 1 }
        let word = bytes[w..<dot]
        guard !word.isEmpty else { return true }
        // Initials: `J.`, and dotted acronyms: `U.S.`, `P.R.C.`.
        if word.count == 1, isUpper(word.first!) { return false }
        if word.contains(0x2E) {
            let parts = word.split(separator: 0x2E)
            if parts.allSatisfy({ $0.count <= 2 && $0.allSatisfy(isAlpha) }) { return false }
        }
        let key = String(decoding: word, as: UTF8.self).uppercased()
        if abbreviations.contains(key) { return false }
        if numberAbbreviations.contains(key), isDigit(bytes[next]) { return false }
        return true
    }
}
