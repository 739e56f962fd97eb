/// The SUBJECT line: `SUBJECT:`, `SUBJ:`, `SUBJECT ` or the clipped `UBJECT:`, wrapped lines joined,
/// ending at a blank line, a REF label, "Classified By", a paragraph, a page marker and the like
/// (which may follow with no space: `EGYPTREF:`, `CAIROClassified By`).
enum Subject {
    struct Found {
        var text: String
        var labelStart: Int
        var end: Int
    }

    /// The first SUBJECT label in `head.bytes[from..<to]` outside `skipping` and its text.
    static func find(_ head: HeadText, from: Int, to: Int, skipping: [Range<Int>]) -> Found? {
        let bytes = head.bytes
        let end = min(to, bytes.count)
        var i = from
        var found: Found?
        while i < end {
            let b = ByteText.upper(bytes[i])
            if b == 0x53 || b == 0x55, let content = labelEnd(bytes, at: i, end: bytes.count),
               !skipping.contains(where: { $0.contains(i) }) {
                let stop = scanEnd(bytes, from: content, limit: min(bytes.count, content + 1500))
                let candidate = Found(text: clean(bytes, content..<stop), labelStart: i, end: stop)
                guard let first = found else {
                    // A subject cut off with `...` in a preview may be repeated in full further on.
                    if !candidate.text.hasSuffix("...") { return candidate }
                    found = candidate
                    i = max(stop, i + 1)
                    continue
                }
                return candidate.text.count > first.text.count ? candidate : first
            }
            i += 1
        }
        return found
    }

    private static let subjectWord: StaticString = "SUBJECT"
    private static let subjWord: StaticString = "SUBJ"
    private static let clippedWord: StaticString = "UBJECT"

    /// Where the subject text starts when a label begins at `i`, or nil.
    static func labelEnd(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        let lineStart = atLineStart(bytes, i)
        let previous: UInt8 = i > 0 ? bytes[i - 1] : 0x0A
        if isAlpha(previous) || previous == 0x28 || previous == 0x2F { return nil }
        var j: Int
        if ByteText.matches(bytes, at: i, subjectWord, end: end) {
            j = i + subjectWord.utf8CodeUnitCount
        } else if ByteText.matches(bytes, at: i, subjWord, end: end) {
            j = i + subjWord.utf8CodeUnitCount
            if j < end, bytes[j] == 0x2E { j += 1 }
        } else if lineStart, ByteText.matches(bytes, at: i, clippedWord, end: end) {
            j = i + clippedWord.utf8CodeUnitCount
            guard j < end, bytes[j] == 0x3A else { return nil }
        } else {
            return nil
        }
        guard j == end || !isAlpha(bytes[j]) else { return nil }
        var k = ByteText.skipSpaces(bytes, j, end)
        let colon = k < end && bytes[k] == 0x3A
        if colon {
            k += 1
        } else {
            // Without a colon the label must open an upper-case line: `SUBJECT SAG AGREES ...`.
            guard lineStart, k > j, isUpper(bytes[i + 1]), k < end, bytes[k] != 0x0A else { return nil }
        }
        // `C O R R E C T E D COPY//SUBJECT LINE`, `(SUBJECT LINE)`.
        var m = k
        while m < end, bytes[m] == 0x20 || bytes[m] == 0x2F { m += 1 }
        if ByteText.matches(bytes, at: m, "LINE", end: end) { return nil }
        return ByteText.skipWhitespace(bytes, k, end)
    }

    static func atLineStart(_ bytes: [UInt8], _ at: Int) -> Bool {
        var k = at - 1
        while k >= 0, bytes[k] == 0x20 { k -= 1 }
        return k < 0 || bytes[k] == 0x0A
    }

    // MARK: - Where the subject ends

    static func scanEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var i = start
        var lineEnd = start
        while lineEnd < limit, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        var marker = firstMarker(bytes, start..<lineEnd)
        while i < limit {
            if let m = marker, i >= m { return m }
            let b = bytes[i]
            if b == 0x0A {
                // A preview cut off with `...` ends the subject.
                var t = i
                while t > start, bytes[t - 1] == 0x20 { t -= 1 }
                if t - start >= 3, bytes[t - 1] == 0x2E, bytes[t - 2] == 0x2E, bytes[t - 3] == 0x2E { return i }
                var e = i + 1
                while e < limit, bytes[e] != 0x0A { e += 1 }
                let line = ByteText.trim(bytes, (i + 1)..<e)
                if line.isEmpty || isStopLine(bytes, line) { return i }
                marker = firstMarker(bytes, line)
                if marker == line.lowerBound { return i }
                i += 1
                continue
            }
            if inlineStop(bytes, i, limit) { return i }
            i += 1
        }
        return limit
    }

    /// Start of a page-break marker on the line (`PRETORIA 00000954 001.2 OF 004`, `PAGE 02`).
    private static func firstMarker(_ bytes: [UInt8], _ line: Range<Int>) -> Int? {
        guard line.count >= 7 else { return nil }
        return PageBreaks.find(in: bytes, range: line).first?.lowerBound
    }

    private static let inlineStops: [StaticString] = ["CLASSIFIED BY", "CLASSIFIED  BY", "SENSITIVE BUT", "C O N ", "S E C R E T",
                                                 "U N C L", "THIS IS AN ACTION", "THIS IS A ACTION", "REF:", "REFS:",
                                                 "REF(S)", "REFTEL:", "REFTELS:", "REF :"]

    private static func inlineStop(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
        let b = ByteText.upper(bytes[i])
        switch b {
        case 0x43, 0x53, 0x55, 0x54, 0x52:
            for w in inlineStops where w.firstByte == b && ByteText.matches(bytes, at: i, w, end: end) {
                // `REF:` may be glued to the subject (`PRIMEREF:`); the others start a word.
                if w.firstByte != 0x52 && w.firstByte != 0x43, i > 0, isAlpha(bytes[i - 1]) { continue }
                return true
            }
        case 0x2D:
            return i + 3 < end && bytes[i + 1] == 0x2D && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D
        default:
            if isDigit(bytes[i]), i > 0, bytes[i - 1] == 0x20, markedParagraph(bytes, i, end) { return true }
        }
        return false
    }

    /// `1. (C)`, `2.(SBU)`, `1. Summary`: a paragraph that follows the subject on the same line.
    private static func markedParagraph(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end, j - i < 2, isDigit(bytes[j]) { j += 1 }
        guard j < end, bytes[j] == 0x2E else { return false }
        j = ByteText.skipSpaces(bytes, j + 1, end)
        if j < end, bytes[j] == 0x28 { return isMarking(bytes, j, end) }
        return ByteText.matches(bytes, at: j, "SUMMARY", end: end)
    }

    /// `(C)`, `(SBU)`, `(C/NF)`, `(S//NF)` at `i`.
    static func isMarking(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
        guard i < end, bytes[i] == 0x28 else { return false }
        var k = i + 1
        while k < end, k - i <= 16, isUpper(bytes[k]) || bytes[k] == 0x2F || bytes[k] == 0x20 || bytes[k] == 0x2D { k += 1 }
        guard k < end, bytes[k] == 0x29, k > i + 1 else { return false }
        let head = bytes[(i + 1)..<k].prefix(while: isUpper)
        return ParagraphLabel.markingHeads.contains(ByteText.string(head))
    }

    private static let stopLineStarts: [StaticString] = ["CLASSIF", "SUMMARY", "BEGIN SUMMARY", "TAGS", "E.O.", "EO 12958", "E.O 1",
                                                    "SIPDIS", "SENSITIVE", "C O N", "S E C", "U N C", "---", "===", "___",
                                                    "THIS IS AN ACTION", "NNNN", "PASS TO", "REFTEL", "REFERENCE", "UNCLAS ",
                                                    "INDEX:"]

    private static func isStopLine(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let s = line.lowerBound, e = line.upperBound
        for w in stopLineStarts where ByteText.matches(bytes, at: s, w, end: e) { return true }
        // REF labels (not `REFORM`).
        if ByteText.matches(bytes, at: s, "REF", end: e) {
            let j = s + 3
            if j == e { return true }
            let c = ByteText.upper(bytes[j])
            if c == 0x3A || c == 0x20 || c == 0x2E || c == 0x28 { return true }
            if c == 0x53, j + 1 == e || !isAlpha(bytes[j + 1]) { return true }
        }
        // Paragraphs: `1.`, `1.(C)`, `(C) text`.
        if isDigit(bytes[s]) {
            var j = s
            while j < e, j - s < 3, isDigit(bytes[j]) { j += 1 }
            if j < e, bytes[j] == 0x2E, j + 1 == e || bytes[j + 1] == 0x20 || bytes[j + 1] == 0x28 || isUpper(bytes[j + 1]) { return true }
        }
        if bytes[s] == 0x28, isMarking(bytes, s, e) { return true }
        if e - s == 2, ByteText.matches(bytes, at: s, "BT", end: e) { return true }
        // `PAGE 02 HARARE ...`
        if ByteText.matches(bytes, at: s, "PAGE ", end: e) {
            let d = ByteText.skipSpaces(bytes, s + 5, e)
            if d < e, isDigit(bytes[d]) { return true }
        }
        return References.isSpacedBanner(bytes, line)
    }

    // MARK: - Cleaning

    /// Joins the lines, collapses spaces, decodes `&#8217;`, and drops a leading marking such as `(S)`.
    static func clean(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var lineStart = range.lowerBound
        var first = true
        while lineStart <= range.upperBound {
            var e = lineStart
            while e < range.upperBound, bytes[e] != 0x0A { e += 1 }
            let piece = ByteText.trim(bytes, lineStart..<e)
            if !piece.isEmpty {
                if !first {
                    // `US- \nLATIN` joins as `US-LATIN`.
                    let n = out.count
                    let hyphenJoin = n >= 2 && out[n - 1] == 0x2D && isAlnum(out[n - 2])
                    if !hyphenJoin { out.append(0x20) }
                }
                out.append(contentsOf: bytes[piece])
                first = false
            }
            lineStart = e + 1
        }
        var text = ByteText.decodeNumericEntities(ByteText.collapse(out))
        text = dropMarking(text)
        return ByteText.string(text)
    }

    /// `(S) GERMANY ...` -> `GERMANY ...`; `(C/NF) WHO ...` -> `WHO ...`.
    static func dropMarking(_ text: [UInt8]) -> [UInt8] {
        guard text.first == 0x28, isMarking(text, 0, text.count), let close = text.firstIndex(of: 0x29) else { return text }
        var k = close + 1
        while k < text.count, text[k] == 0x20 { k += 1 }
        guard k < text.count else { return text }
        return Array(text[k...])
    }

    // MARK: - E-mail forward headers

    /// `Subject: TRIPOLI 00000063 P CO 28-JAN-09 RISKY BUSINESS? ... WITH GOL [8466936]`: the subject
    /// of a forwarded cable, without the leading cable number, precedence, classification and date
    /// and the trailing message number.
    static func fromEmailHeader(_ head: HeadText, line l: Int) -> String? {
        let bytes = head.bytes
        let s = head.firstNonSpace(l)
        guard ByteText.matches(bytes, at: s, "SUBJECT:", end: head.ends[l]) else { return nil }
        var end = head.ends[l]
        var next = l + 1
        while next < head.lineCount, !head.isBlank(next), next - l < 4, !head.lineStarts(next, with: "FROM:") {
            end = head.ends[next]
            next += 1
        }
        var text = ByteText.collapse(bytes[(s + 8)..<end])
        // Leading `STATION 00000063 P CO 28-JAN-09`.
        let words = ByteText.words(text, 0..<text.count)
        if let serialIndex = words.prefix(4).firstIndex(where: { text[$0].count == 8 && text[$0].allSatisfy(isDigit) }) {
            for (k, w) in words.enumerated().dropFirst(serialIndex + 1).prefix(4) where isDashedDate(text[w]) {
                text = Array(text[min(text.count, w.upperBound)...])
                _ = k
                break
            }
        }
        // Trailing `[8466936]`.
        if text.last == 0x5D, let open = text.lastIndex(of: 0x5B), text[(open + 1)..<(text.count - 1)].allSatisfy(isDigit) {
            text = Array(text[..<open])
        }
        let cleaned = ByteText.collapse(text)
        return cleaned.isEmpty ? nil : ByteText.string(cleaned)
    }

    /// `28-JAN-09`.
    private static func isDashedDate(_ w: ArraySlice<UInt8>) -> Bool {
        let a = Array(w)
        guard a.count == 9, a[2] == 0x2D, a[6] == 0x2D else { return false }
        return isDigit(a[0]) && isDigit(a[1]) && isAlpha(a[3]) && isDigit(a[7]) && isDigit(a[8])
    }
}
