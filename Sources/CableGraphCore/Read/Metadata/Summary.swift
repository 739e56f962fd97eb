/// The summary: the text from a Summary opening (`Summary:`, `SUMMARY AND COMMENT`, `Summary and
/// Action Request`, `Summary/Comment`, a ruled `SUMMARY` heading) up to `END SUMMARY`, with
/// paragraph numbers and `(C)`-style markings removed and paragraphs joined with `\n`.
/// When there is no opening, a first paragraph closed by `END SUMMARY` is the summary; when there
/// is no `END SUMMARY`, the opening paragraph is.
///
/// Works on the cable's own bytes (pilcrows included), from the end of the header on, within a
/// bounded window.
enum Summary {
    /// Searches for the opening in `bytes[from..<from + window]`.
    /// `textFrom` (at or after `from`) is where the header ends; a summary without an opening
    /// starts after it.
    static func find(_ bytes: [UInt8], from: Int, textFrom: Int? = nil, window: Int = 3000) -> String? {
        guard from >= 0, from < bytes.count else { return nil }
        let limit = min(bytes.count, from + window)
        if let opening = findOpening(bytes, from: from, to: limit) {
            var start = contentStart(bytes, opening)
            // `------- SUMMARY -------` then `1. Summary: On March 21 ...`: the paragraph's own label goes too.
            if let again = findOpening(bytes, from: start, to: min(bytes.count, start + 40)), again.start <= labelEnd(bytes, start) {
                start = contentStart(bytes, again)
            }
            let end = endSummary(bytes, from: start, to: min(bytes.count, start + 9000))?.lowerBound ?? paragraphEnd(bytes, from: start)
            return render(bytes, start..<end)
        }
        // No opening: the first numbered paragraph, when END SUMMARY closes it nearby.
        let after = max(from, min(textFrom ?? from, bytes.count))
        let start = firstParagraph(bytes, from: after, to: limit) ?? skipToText(bytes, after)
        guard start < limit, let end = endSummary(bytes, from: start, to: min(bytes.count, start + 4000)) else { return nil }
        return render(bytes, start..<end.lowerBound)
    }

    struct Opening {
        var start: Int
        /// Offset after the opening phrase and its punctuation.
        var end: Int
        /// The phrase stands alone on its line (a heading).
        var heading: Bool
    }

    private static let summaryWord: StaticString = "SUMMARY"
    private static let summayWord: StaticString = "SUMMAY"

    /// Next `SUMMARY` (any case) in `bytes[from..<to]`: looks for the rare `MM` pair first.
    static func findSummaryWord(_ bytes: [UInt8], from: Int, to: Int) -> Int? {
        let end = min(to, bytes.count)
        var i = max(from, 0) + 2
        while i + 4 < end, let m = ByteText.nextLetter(bytes, 0x6D, from: i, to: end - 4) {
            if bytes[m + 1] | 0x20 == 0x6D, m >= 2, ByteText.matches(bytes, at: m - 2, summaryWord, end: end) {
                return m - 2
            }
            i = m + 1
        }
        return nil
    }

    /// The first Summary opening in `bytes[from..<to]`.
    static func findOpening(_ bytes: [UInt8], from: Int, to: Int) -> Opening? {
        var i = from
        while i < to {
            guard let at = findSummaryWord(bytes, from: i, to: to) else { return nil }
            i = at + 1
            if at > 0, isAlpha(bytes[at - 1]) { continue }
            var j = at + summaryWord.utf8CodeUnitCount
            if j < bytes.count, isAlpha(bytes[j]) { continue }
            guard openingContext(bytes, at) else { continue }
            // `SUMMARY AND COMMENT`, `Summary and Action Request`, `Summary/Comment`, `SUMMARY AND TABLE OF CONTENTS`.
            var k = ByteText.skipSpaces(bytes, j, bytes.count)
            if ByteText.matches(bytes, at: k, "AND ") || (k < bytes.count && bytes[k] == 0x2F) {
                var m = k + (bytes[k] == 0x2F ? 1 : 4)
                var words = 0
                while words < 4 {
                    m = ByteText.skipSpaces(bytes, m, bytes.count)
                    let s = m
                    while m < bytes.count, isAlpha(bytes[m]) { m += 1 }
                    guard m > s, isUpper(bytes[s]) || bytes[k] == 0x2F else { m = s; break }
                    words += 1
                    if m < bytes.count, bytes[m] == 0x2F { m += 1 }
                }
                if words > 0 { j = m; k = ByteText.skipSpaces(bytes, j, bytes.count) }
            }
            // Punctuation after the phrase: `:`, `.`, `-`, `)`, or a rule of dashes or equals signs
            // (a `\` line continuation counts as a line end).
            var heading = false
            var m = k
            var sawPunctuation = false
            while m < bytes.count, bytes[m] == 0x3A || bytes[m] == 0x2E || bytes[m] == 0x2D || bytes[m] == 0x3D || bytes[m] == 0x20
                    || bytes[m] == 0x29 || bytes[m] == 0x09 || (bytes[m] == 0x5C && (m + 1 == bytes.count || bytes[m + 1] == 0x0A || bytes[m + 1] == 0x20)) {
                if bytes[m] != 0x20 && bytes[m] != 0x09 && bytes[m] != 0x5C { sawPunctuation = true }
                m += 1
            }
            if m >= bytes.count || bytes[m] == 0x0A {
                heading = true
            } else if !sawPunctuation {
                // `Summary` followed by words on the same line, without punctuation: only after a label.
                if !afterParagraphLabel(bytes, at) { continue }
            }
            return Opening(start: at, end: m, heading: heading)
        }
        return nil
    }

    /// `SUMMARY` opens a line (after a paragraph label and marking, or a rule), or follows a marking inline.
    /// Moves left from `k` over spaces, tabs and pilcrows.
    private static func skipBack(_ bytes: [UInt8], _ k: Int) -> Int {
        var k = k
        while k >= 0 {
            if bytes[k] == 0x20 || bytes[k] == 0x09 { k -= 1; continue }
            if bytes[k] == 0xB6, k > 0, bytes[k - 1] == 0xC2 { k -= 2; continue }
            break
        }
        return k
    }

    private static func openingContext(_ bytes: [UInt8], _ at: Int) -> Bool {
        // `END SUMMARY` (also across a line break) closes.
        var w = at - 1
        while w >= 0, isSpace(bytes[w]) { w -= 1 }
        if w >= 2, ByteText.matches(bytes, at: w - 2, "END"), w < 3 || !isAlpha(bytes[w - 3]) { return false }
        if w >= 5, ByteText.matches(bytes, at: w - 5, "END OF") { return false }
        let k = skipBack(bytes, at - 1)
        if k < 0 || bytes[k] == 0x0A { return true }
        // `BEGIN SUMMARY` opens.
        if k >= 4, ByteText.matches(bytes, at: k - 4, "BEGIN") { return true }
        if bytes[k] == 0x2D || bytes[k] == 0x3D { return true }
        return afterParagraphLabel(bytes, at)
    }

    /// `1. (C) Summary`, `2.(SBU) SUMMARY`, `1. Summary`, `(C) Summary`.
    private static func afterParagraphLabel(_ bytes: [UInt8], _ at: Int) -> Bool {
        var k = skipBack(bytes, at - 1)
        guard k >= 0 else { return true }
        // `(SUMMARY):`
        if bytes[k] == 0x28 {
            k = skipBack(bytes, k - 1)
            if k < 0 || bytes[k] == 0x0A { return true }
        }
        // `Introduction and Summary.`, `Background and Summary:`: one word and AND before it.
        if k >= 3, ByteText.matches(bytes, at: k - 2, "AND"), bytes[k - 3] == 0x20 {
            var w = k - 4
            while w >= 0, isAlpha(bytes[w]) { w -= 1 }
            if w < k - 4, isUpper(bytes[w + 1]) { return afterParagraphLabel(bytes, w + 1) }
        }
        if bytes[k] == 0x29 {
            // A marking in parentheses.
            var open = k - 1
            while open >= 0, open > k - 18, bytes[open] != 0x28, bytes[open] != 0x0A { open -= 1 }
            guard open >= 0, bytes[open] == 0x28, Subject.isMarking(bytes, open, k + 1) else { return false }
            k = skipBack(bytes, open - 1)
            if k < 0 || bytes[k] == 0x0A { return true }
        }
        guard k >= 0, bytes[k] == 0x2E || bytes[k] == 0x29 else { return false }
        var d = k - 1
        while d >= 0, isDigit(bytes[d]) { d -= 1 }
        if d < k - 1 { return true }
        // `I. Summary`, `A. Summary`: a letter or roman numeral label opening its line.
        d = k - 1
        while d >= 0, d >= k - 4, bytes[d] == 0x49 || bytes[d] == 0x56 || bytes[d] == 0x58 || (d == k - 1 && isUpper(bytes[d])) { d -= 1 }
        guard d < k - 1 else { return false }
        let before = skipBack(bytes, d)
        return before < 0 || bytes[before] == 0x0A
    }

    /// Where the summary text begins after an opening: on the same line, or on the first line of
    /// text after a heading (skipping rules and blank lines).
    private static func contentStart(_ bytes: [UInt8], _ opening: Opening) -> Int {
        var i = opening.end
        if opening.heading { i = skipToText(bytes, i) }
        return labelEnd(bytes, ByteText.skipSpaces(bytes, i, bytes.count))
    }

    /// Start of the first line that opens with a paragraph number (`1.`, `1. (C)`).
    private static func firstParagraph(_ bytes: [UInt8], from: Int, to: Int) -> Int? {
        var i = from
        while i < to {
            var e = i
            while e < to, bytes[e] != 0x0A { e += 1 }
            let line = ByteText.trim(bytes, i..<e)
            if !line.isEmpty {
                var s = line.lowerBound
                if s + 1 < line.upperBound, bytes[s] == 0xC2, bytes[s + 1] == 0xB6 { s += 2 }
                if s < line.upperBound, isDigit(bytes[s]), labelEnd(bytes, line.lowerBound) > s { return line.lowerBound }
            }
            i = e + 1
        }
        return nil
    }

    /// Skips blank lines and rule lines.
    private static func skipToText(_ bytes: [UInt8], _ from: Int) -> Int {
        var i = from
        while i < bytes.count {
            var e = i
            while e < bytes.count, bytes[e] != 0x0A { e += 1 }
            var line = ByteText.trim(bytes, i..<e)
            if !line.isEmpty, bytes[line.upperBound - 1] == 0x5C { line = ByteText.trim(bytes, line.lowerBound..<(line.upperBound - 1)) }
            if line.isEmpty || isRule(bytes, line) {
                i = e + 1
                continue
            }
            return line.lowerBound
        }
        return bytes.count
    }

    /// A line of dashes, equals signs or underscores (also Unicode dashes, `‐‐‐‐`).
    static func isRule(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        var marks = 0
        while i < line.upperBound {
            let b = bytes[i]
            if b == 0x2D || b == 0x3D || b == 0x5F { marks += 1; i += 1; continue }
            if b == 0x20 { i += 1; continue }
            if b == 0xE2, i + 2 < line.upperBound, bytes[i + 1] == 0x80, (0x90...0x95).contains(bytes[i + 2]) { marks += 1; i += 3; continue }
            return false
        }
        return marks >= 3
    }

    /// Offset after a paragraph label and marking at `i` (`1. (C) `, `2.(SBU)`, `(C) `).
    static func labelEnd(_ bytes: [UInt8], _ i: Int) -> Int {
        var k = ByteText.skipSpaces(bytes, i, bytes.count)
        if k + 1 < bytes.count, bytes[k] == 0xC2, bytes[k + 1] == 0xB6 { k = ByteText.skipSpaces(bytes, k + 2, bytes.count) }
        var d = k
        while d < bytes.count, d - k < 3, isDigit(bytes[d]) { d += 1 }
        if d > k, d < bytes.count, bytes[d] == 0x2E || bytes[d] == 0x29, d + 1 >= bytes.count || !isDigit(bytes[d + 1]) {
            k = ByteText.skipSpaces(bytes, d + 1, bytes.count)
        }
        if k < bytes.count, bytes[k] == 0x28, Subject.isMarking(bytes, k, bytes.count), let close = bytes[k...].firstIndex(of: 0x29) {
            k = ByteText.skipSpaces(bytes, close + 1, bytes.count)
        }
        return k
    }

    /// `END SUMMARY`, `End Summary and Comment`, `END OF SUMMARY`, `END\nSUMMARY`.
    static func endSummary(_ bytes: [UInt8], from: Int, to: Int) -> Range<Int>? {
        var i = from
        while i + 3 < to, let m = ByteText.nextLetter(bytes, 0x6D, from: i, to: to - 3) {
            // `SUMMARY` (or the misspelled `SUMMAY`) preceded by `END` or `END OF`.
            i = m + 1
            guard bytes[m + 1] | 0x20 == 0x6D, m >= 2 else { continue }
            let at = m - 2
            guard ByteText.matches(bytes, at: at, summaryWord, end: to) || ByteText.matches(bytes, at: at, summayWord, end: to) else { continue }
            var k = at - 1
            while k >= from, isSpace(bytes[k]) { k -= 1 }
            if k >= from + 1, ByteText.matches(bytes, at: k - 1, "OF") {
                k -= 2
                while k >= from, isSpace(bytes[k]) { k -= 1 }
            } else if k >= from + 6, ByteText.matches(bytes, at: k - 2, "AND"), isSpace(bytes[k - 3]) {
                // `End Introduction and Summary`: one word and AND between END and SUMMARY.
                var w = k - 3
                while w >= from, isSpace(bytes[w]) { w -= 1 }
                let wordEnd = w
                while w >= from, isAlpha(bytes[w]) { w -= 1 }
                if w < wordEnd {
                    var e = w
                    while e >= from, isSpace(bytes[e]) { e -= 1 }
                    if e >= from + 2, ByteText.matches(bytes, at: e - 2, "END"), e - 3 < 0 || !isAlpha(bytes[e - 3]) {
                        return (e - 2)..<(at + 6)
                    }
                }
            }
            guard k >= from + 2, ByteText.matches(bytes, at: k - 2, "END"), k - 3 < 0 || !isAlpha(bytes[k - 3]) else { continue }
            return (k - 2)..<(at + 6)
        }
        return nil
    }

    /// The end of the paragraph at `from`: a blank line, a rule, or the next paragraph label.
    private static func paragraphEnd(_ bytes: [UInt8], from: Int) -> Int {
        var i = from
        let limit = min(bytes.count, from + 8000)
        while i < limit {
            if bytes[i] == 0x2D, i + 3 < limit, bytes[i + 1] == 0x2D, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D { return i }
            if bytes[i] == 0x0A {
                var e = i + 1
                while e < limit, bytes[e] != 0x0A { e += 1 }
                var line = ByteText.trim(bytes, (i + 1)..<e)
                if !line.isEmpty, bytes[line.upperBound - 1] == 0x5C { line = ByteText.trim(bytes, line.lowerBound..<(line.upperBound - 1)) }
                if line.isEmpty || labelEnd(bytes, line.lowerBound) > line.lowerBound { return i }
            }
            i += 1
        }
        return limit
    }

    /// The summary text: lines trimmed, paragraph labels and markings dropped, paragraphs joined with `\n`.
    private static func render(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        let checkBreaks = mayHavePageBreak(bytes, range)
        let text = bytes.withUnsafeBufferPointer { src in
            [UInt8](unsafeUninitializedCapacity: range.count + 1) { out, count in
                var o = 0
                var i = range.lowerBound
                while i < range.upperBound {
                    var e = i
                    while e < range.upperBound, src[e] != 0x0A { e += 1 }
                    var line = ByteText.trim(bytes, i..<e)
                    // `text \` continuations.
                    if !line.isEmpty, src[line.upperBound - 1] == 0x5C { line = ByteText.trim(bytes, line.lowerBound..<(line.upperBound - 1)) }
                    if !line.isEmpty {
                        line = min(labelEnd(bytes, line.lowerBound), line.upperBound)..<line.upperBound
                        let cuts = checkBreaks ? PageBreaks.find(in: bytes, range: line) : []
                        let mark = o
                        if o > 0 { out[o] = 0x0A; o += 1 }
                        let textStart = o
                        var cutIndex = 0
                        var nextCut = cuts.isEmpty ? Int.max : cuts[0].lowerBound
                        var pendingSpace = false
                        var k = line.lowerBound
                        while k < line.upperBound {
                            if k == nextCut {
                                k = cuts[cutIndex].upperBound
                                cutIndex += 1
                                nextCut = cutIndex < cuts.count ? cuts[cutIndex].lowerBound : Int.max
                                pendingSpace = true
                                continue
                            }
                            let b = src[k]
                            if b == 0x20 || b == 0x09 {
                                pendingSpace = true
                            } else {
                                if pendingSpace, o > textStart { out[o] = 0x20; o += 1 }
                                pendingSpace = false
                                out[o] = b
                                o += 1
                            }
                            k += 1
                        }
                        if o == textStart { o = mark }
                    }
                    i = e + 1
                }
                while o > 0, out[o - 1] == 0x20 || out[o - 1] == 0x0A || out[o - 1] == 0x2D { o -= 1 }
                count = o
            }
        }
        return text.isEmpty ? nil : ByteText.string(text)
    }

    /// A page-break marker needs `PAGE` or an eight-digit serial; most summaries have neither.
    private static func mayHavePageBreak(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            var run = 0
            var k = range.lowerBound
            while k < range.upperBound {
                let b = buf[k]
                if b &- 0x30 < 10 {
                    run += 1
                    if run == 8 { return true }
                } else {
                    run = 0
                    if b == 0x50, k + 4 < range.upperBound, buf[k + 1] == 0x41, buf[k + 2] == 0x47, buf[k + 3] == 0x45, buf[k + 4] == 0x20 {
                        return true
                    }
                }
                k += 1
            }
            return false
        }
    }
}
