/// The REF block: cited cables (`REF: A. STATE 132759 B. 08 BEIJING 4412`) and other sources
/// (e-mails, telcons, reports), with years completed from the citing cable.
///
/// A citation is `[year] STATION SERIAL`; the year may also follow the serial (`ASUNCION 701 (08)`,
/// `QUITO 4525-91`, `PANAMA 00930/08`) or sit between station and serial (`STATE (01) 201265`).
/// One station can carry several serials (`BRASILIA 2799 AND 2764`, `Kabul 692/317/274`).
enum References {
    struct Result {
        var ids: [String] = []
        var typed: [TypedReference] = []
        /// Offset in the head where the REF label starts and where the block ends.
        var start: Int
        var end: Int
    }

    // MARK: - Locating the block

    /// Finds the REF label in `head.bytes[from..<to]` and reads the block after it. When the head
    /// repeats the header (a cut-off preview before the full copy), the block citing most cables wins.
    static func parse(_ head: HeadText, from: Int, to: Int, year: Int?, ownID: String?, copies: Int = 4) -> Result? {
        var best: Result?
        var searchFrom = from
        var blocks = 0
        // Another block is read when the header repeats, or when the first label cited nothing.
        while blocks < copies || (blocks < 4 && best?.ids.isEmpty == true), let label = findLabel(head, from: searchFrom, to: to) {
            let end = blockEnd(head, from: label.contentStart)
            let block = cleanBlock(head.bytes, label.contentStart..<end)
            var result = read(block, year: year, ownID: ownID)
            result.start = label.start
            result.end = end
            if result.ids.count > (best?.ids.count ?? -1) { best = result }
            searchFrom = max(end, label.contentStart + 1)
            blocks += 1
        }
        return best
    }

    struct Label {
        var start: Int
        var contentStart: Int
    }

    private static let ref: StaticString = "REF"

    /// `REF:`, `REF`, `REFS:`, `Refs:`, `Ref(s):`, `Reftel:`, `REF.`, `REFERENCE:`, `PROGRAM REF:`, or a
    /// colon form glued to the subject (`PRIMEREF:`).
    static func findLabel(_ head: HeadText, from: Int, to: Int) -> Label? {
        let bytes = head.bytes
        let end = min(to, bytes.count)
        var i = from
        while let at = ByteText.find(bytes, ref, from: i, to: end) {
            i = at + 1
            let lineStart = isAtLineStart(bytes, at) || precededByProgram(bytes, at)
            var j = at + 3
            var colon = false
            // Suffixes: S, (S), TEL, TELS, ERENCE, ERENCES.
            if j < end, ByteText.upper(bytes[j]) == 0x53 { j += 1 } else if ByteText.matches(bytes, at: j, "(S)") { j += 3 } else if ByteText.matches(bytes, at: j, "TELS") { j += 4 } else if ByteText.matches(bytes, at: j, "TEL") { j += 3 } else if ByteText.matches(bytes, at: j, "ERENCES") { j += 7 } else if ByteText.matches(bytes, at: j, "ERENCE") { j += 6 }
            guard j <= end else { break }
            var k = j
            while k < end, bytes[k] == 0x20 { k += 1 }
            if k < end, bytes[k] == 0x3A { colon = true; k += 1 }
            if lineStart {
                // The label is a word of its own: `REFORM` at a line start is not one.
                guard j == end || !isAlpha(bytes[j]) else { continue }
                if !colon, j < end, bytes[j] == 0x2E { k = j + 1 }
                guard colon || k > j || (j < end && (bytes[j] == 0x2E || bytes[j] == 0x0A)) else { continue }
            } else {
                guard colon else { continue }
                // `PREF:` inside a tag list is not a label; require the label to start a word or follow a subject.
                if at > 0, isAlpha(bytes[at - 1]), isLower(bytes[at - 1]) { continue }
            }
            return Label(start: at, contentStart: k)
        }
        return nil
    }

    private static func isAtLineStart(_ bytes: [UInt8], _ at: Int) -> Bool {
        var k = at - 1
        while k >= 0, bytes[k] == 0x20 { k -= 1 }
        return k < 0 || bytes[k] == 0x0A
    }

    private static func precededByProgram(_ bytes: [UInt8], _ at: Int) -> Bool {
        at >= 8 && ByteText.matches(bytes, at: at - 8, "PROGRAM ") && isAtLineStart(bytes, at - 8)
    }

    /// Where the REF block ends: "Classified By", a paragraph, a summary, a banner, or a blank line
    /// that no further item follows.
    static func blockEnd(_ head: HeadText, from start: Int) -> Int {
        let bytes = head.bytes
        let limit = min(bytes.count, start + 4000)
        var i = start
        var atLineStart = false
        while i < limit {
            let b = bytes[i]
            if b == 0x0A {
                // Blank lines: continue only when another REF item follows.
                var next = i + 1
                var sawBlank = false
                while next < limit {
                    var e = next
                    while e < limit, bytes[e] != 0x0A { e += 1 }
                    if ByteText.trim(bytes, next..<e).isEmpty { sawBlank = true; next = e + 1; continue }
                    break
                }
                guard next < limit else { return i }
                var e = next
                while e < limit, bytes[e] != 0x0A { e += 1 }
                let line = ByteText.trim(bytes, next..<e)
                if isStopLine(bytes, line) { return i }
                if sawBlank && !isItemLine(bytes, line) { return i }
                i = line.lowerBound
                atLineStart = true
                continue
            }
            if inlineStop(bytes, i, limit, atLineStart: atLineStart) { return i }
            atLineStart = false
            i += 1
        }
        return limit
    }

    private static let stopWords: [StaticString] = ["CLASSIFIED BY", "CLASSIFIED  BY", "SUMMARY", "THIS IS AN ACTION", "SENSITIVE BUT",
                                               "C O N F", "S E C R E T", "U N C L", "E.O. 1", "END SUMMARY"]

    private static func inlineStop(_ bytes: [UInt8], _ i: Int, _ end: Int, atLineStart: Bool) -> Bool {
        let b = ByteText.upper(bytes[i])
        switch b {
        case 0x43, 0x53, 0x54, 0x55, 0x45:
            guard i == 0 || !isAlpha(bytes[i - 1]) else { return false }
            for w in stopWords where w.firstByte == b && ByteText.matches(bytes, at: i, w, end: end) { return true }
        case 0x2D:
            if i + 4 < end, bytes[i + 1] == 0x2D, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D, bytes[i + 4] == 0x2D { return true }
        default:
            break
        }
        // An inline paragraph start: ` 1. (C)`, ` 2.(SBU)`.
        if isDigit(bytes[i]), i > 0, bytes[i - 1] == 0x20 || bytes[i - 1] == 0x0A, paragraphStart(bytes, i, end) { return true }
        return false
    }

    /// `1. (C)`, `1.(SBU)`, `2. Summary` at `i`.
    static func paragraphStart(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end, j - i < 2, isDigit(bytes[j]) { j += 1 }
        guard j < end, j > i, bytes[j] == 0x2E else { return false }
        j += 1
        guard j == end || bytes[j] == 0x20 || bytes[j] == 0x28 else { return false }
        j = ByteText.skipSpaces(bytes, j, end)
        guard j < end else { return true }
        if bytes[j] == 0x28 {
            var k = j + 1
            while k < end, k - j < 14, isUpper(bytes[k]) || bytes[k] == 0x2F || bytes[k] == 0x20 { k += 1 }
            return k < end && bytes[k] == 0x29 && k > j + 1
        }
        // `1. Following is ...` starts a paragraph; `5. 2005 ...` would not occur in a REF list.
        return isUpper(bytes[j]) && j + 1 < end && isAlpha(bytes[j + 1]) && !isStationAhead(bytes, j, end)
    }

    private static func isStationAhead(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end, isAlpha(bytes[j]) || bytes[j] == 0x20 { j += 1 }
        guard j < end, isDigit(bytes[j]) else { return false }
        return Stations.canonical(Stations.compact(bytes[i..<j])) != nil
    }

    private static let stopLineStarts: [StaticString] = ["CLASSIFIED", "CLASSIFED", "E.O.", "EO 12958", "TAGS", "SUBJECT", "SIPDIS",
                                                    "SENSITIVE", "C O N", "S E C", "U N C", "SUMMARY", "BEGIN SUMMARY",
                                                    "THIS IS", "(U)", "(SBU)", "---", "___", "==="]

    private static func isStopLine(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard !line.isEmpty else { return true }
        for w in stopLineStarts where ByteText.matches(bytes, at: line.lowerBound, w, end: line.upperBound) { return true }
        if paragraphStart(bytes, line.lowerBound, line.upperBound) { return true }
        return isSpacedBanner(bytes, line)
    }

    /// `S e c r e t nairobi`, `C O N F I D E N T I A L`: single letters separated by spaces.
    static func isSpacedBanner(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        var letters = 0
        while i + 1 < line.upperBound, isAlpha(bytes[i]), bytes[i + 1] == 0x20 {
            letters += 1
            i += 2
        }
        return letters >= 4
    }

    /// A line that continues a REF list after a blank line: a bullet, a serial, or `STATION 1234`.
    private static func isItemLine(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        let end = line.upperBound
        if i < end, bytes[i] == 0x2D { i = ByteText.skipSpaces(bytes, i + 1, end) }
        guard i < end else { return false }
        if bullet(bytes, i, end) != nil { return true }
        if isDigit(bytes[i]) { return true }
        if bytes[i] == 0x27, i + 1 < end, isDigit(bytes[i + 1]) { return true }
        // A short upper-case line with a number: `HANOI 2323 E. HANOI 336`, `DE JANEIRO 1291`.
        let words = ByteText.words(bytes, i..<end)
        guard let first = words.first, isUpper(bytes[first.lowerBound]) else { return false }
        if isStationAhead(bytes, i, end) { return true }
        return words.count <= 6 && bytes[line].contains(where: isDigit)
    }

    /// A bullet at `i`: `A.`, `A)`, `(A)`, `[A]`, `A:`; returns the letter and the offset after it.
    static func bullet(_ bytes: [UInt8], _ i: Int, _ end: Int) -> (letter: UInt8, next: Int)? {
        guard i < end else { return nil }
        if (bytes[i] == 0x28 || bytes[i] == 0x5B), i + 2 < end, isAlpha(bytes[i + 1]), bytes[i + 2] == 0x29 || bytes[i + 2] == 0x5D {
            return (ByteText.upper(bytes[i + 1]), i + 3)
        }
        if isAlpha(bytes[i]), i + 1 < end, bytes[i + 1] == 0x2E || bytes[i + 1] == 0x29 || bytes[i + 1] == 0x3A,
           i == 0 || !isAlpha(bytes[i - 1]) {
            var next = i + 2
            if bytes[i + 1] == 0x2E, next < end, bytes[next] == 0x29 { next += 1 }
            // `A.B.` is an abbreviation, not a bullet.
            if next + 1 < end, isAlpha(bytes[next]), bytes[next + 1] == 0x2E { return nil }
            return (ByteText.upper(bytes[i]), next)
        }
        return nil
    }

    /// The block's text with line breaks as spaces and page-break markers cut out.
    private static func cleanBlock(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        let flat = bytes[range].map { $0 == 0x0A ? 0x20 : $0 }
        var out: [UInt8] = []
        out.reserveCapacity(flat.count)
        var cursor = 0
        for cut in PageBreaks.find(in: flat, range: 0..<flat.count) {
            out.append(contentsOf: flat[cursor..<cut.lowerBound])
            out.append(0x20)
            cursor = cut.upperBound
        }
        out.append(contentsOf: flat[cursor...])
        return out
    }

    // MARK: - Tokens

    enum TokenKind: Equatable { case word, number, punct }

    struct Token {
        var kind: TokenKind
        var range: Range<Int>
        /// Normalised text: upper-case letters (0 read as O) for words, digits (O read as 0) for numbers.
        var text: ArraySlice<UInt8>
        /// No space between this token and the previous one.
        var glued: Bool
        /// First byte of the normalised text (the character of a punctuation token).
        var head: UInt8 { text.first ?? 0 }
    }

    private struct RawToken {
        var kind: TokenKind
        var range: Range<Int>
        var text: Range<Int>
        var glued: Bool
    }

    /// Splits the block into words, numbers and punctuation. The normalised texts share one buffer.
    static func tokenize(_ b: [UInt8]) -> [Token] {
        var raw: [RawToken] = []
        raw.reserveCapacity(b.count / 4)
        var norm: [UInt8] = []
        norm.reserveCapacity(b.count)
        var i = 0
        var glued = false
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 { glued = false; i += 1; continue }
            if isAlnum(c) {
                var j = i
                while j < b.count {
                    let d = b[j]
                    if isAlnum(d) { j += 1; continue }
                    // Apostrophes and hyphens inside words: N'DJAMENA, PORT-OF-SPAIN.
                    if (d == 0x27 || d == 0x2D), j + 1 < b.count, isAlpha(b[j + 1]), j > i, isAlpha(b[j - 1]) { j += 1; continue }
                    // Curly apostrophe inside a word.
                    if d == 0xE2, j + 2 < b.count, b[j + 1] == 0x80, b[j + 2] == 0x99, j + 3 < b.count, isAlpha(b[j + 3]) { j += 3; continue }
                    break
                }
                appendRun(b, i..<j, glued: glued, into: &raw, norm: &norm)
                glued = true
                i = j
                continue
            }
            if c >= 0x80 {
                // Other non-ASCII characters separate tokens.
                var j = i + 1
                while j < b.count, b[j] & 0xC0 == 0x80 { j += 1 }
                glued = false
                i = j
                continue
            }
            norm.append(c)
            raw.append(RawToken(kind: .punct, range: i..<(i + 1), text: (norm.count - 1)..<norm.count, glued: glued))
            glued = true
            i += 1
        }
        return raw.map { Token(kind: $0.kind, range: $0.range, text: norm[$0.text], glued: $0.glued) }
    }

    /// Splits an alphanumeric run into word and number tokens (`09CAIRO0561`, `2005PANAMA2342`),
    /// reading O for 0 in words (`0TTAWA`, `SANTIAG0`) and 0 for O in numbers (`O4`, `O1512`).
    private static func appendRun(_ b: [UInt8], _ run: Range<Int>, glued: Bool, into tokens: inout [RawToken], norm: inout [UInt8]) {
        var letters = 0, digits = 0, ohs = 0, zeros = 0
        for k in run {
            let c = b[k]
            if isDigit(c) { digits += 1; if c == 0x30 { zeros += 1 } } else { letters += 1; if c == 0x4F || c == 0x6F { ohs += 1 } }
        }
        func add(_ kind: TokenKind, _ range: Range<Int>, _ glued: Bool) {
            let start = norm.count
            for k in range {
                let c = b[k]
                if kind == .number {
                    norm.append(isDigit(c) ? c : 0x30)
                } else if isAlpha(c) {
                    norm.append(ByteText.upper(c))
                } else if c == 0x30 {
                    norm.append(0x4F)
                } else if c == 0x27 || c == 0x2D {
                    norm.append(c)
                }
            }
            tokens.append(RawToken(kind: kind, range: range, text: start..<norm.count, glued: glued))
        }
        if digits == 0 { add(.word, run, glued); return }
        if letters == 0 { add(.number, run, glued); return }
        // Only O's among digits: a number (`O4`, `O1512`).
        if ohs == letters, run.count <= 8 { add(.number, run, glued); return }
        // Only zeros among letters, touching letters: a word (`0TTAWA`, `SANTIAG0`).
        if zeros == digits, letters >= 3 {
            let zerosTouchLetters = run.allSatisfy { k in
                b[k] != 0x30 || (k > run.lowerBound && isAlpha(b[k - 1])) || (k + 1 < run.upperBound && isAlpha(b[k + 1]))
            }
            if zerosTouchLetters { add(.word, run, glued); return }
        }
        // Mixed: split at every change between letters and digits.
        var start = run.lowerBound
        var first = true
        while start < run.upperBound {
            let digit = isDigit(b[start])
            var end = start
            while end < run.upperBound, isDigit(b[end]) == digit { end += 1 }
            add(digit ? .number : .word, start..<end, first ? glued : true)
            first = false
            start = end
        }
    }

    // MARK: - Reading citations

    private static let noiseWords: Set<String> = ["REF", "REFS", "REFTEL", "REFTELS", "REFERENCE", "REFERENCES", "AND", "SEE",
                                                  "ALSO", "PARA", "PROGRAM", "TEL", "CABLE", "CABLES", "MSG"]
    private static let listWords: Set<String> = ["AND", "&"]

    static func read(_ b: [UInt8], year: Int?, ownID: String?) -> Result {
        let tokens = tokenize(b)
        var result = Result(start: 0, end: 0)
        var consumed = [Bool](repeating: false, count: tokens.count)
        var bullet: UInt8?
        var lastBullet: UInt8?
        var segmentStart = 0
        var segmentHasCable = false
        var last: (year: String, station: String, tokenEnd: Int)?
        var seen = Set<String>()
        let ownYearFallback = year.map { twoDigits($0) }

        func closeSegment(_ endToken: Int) {
            defer { segmentStart = endToken; segmentHasCable = false }
            guard !segmentHasCable, segmentStart < endToken else { return }
            let lo = tokens[segmentStart].range.lowerBound
            let hi = tokens[endToken - 1].range.upperBound
            var value = ByteText.collapse(b[lo..<hi])
            while let l = value.last, l == 0x3B || l == 0x2C || l == 0x20 { value.removeLast() }
            guard !value.isEmpty, let kind = classify(value) else { return }
            result.typed.append(TypedReference(kind: kind, value: ByteText.string(value), bullet: bullet.map { String(UnicodeScalar($0)) }))
        }

        func addCable(_ yy: String, _ station: String, _ serial: ArraySlice<UInt8>) {
            guard let number = Int(ByteText.string(serial)), number > 0 else { return }
            let id = "\(yy)\(station)\(number)"
            if let own = ownID, id == own { return }
            segmentHasCable = true
            result.typed.append(TypedReference(kind: .cable, value: id, bullet: bullet.map { String(UnicodeScalar($0)) }))
            if seen.insert(id).inserted { result.ids.append(id) }
        }

        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            // Bullets start a new item.
            if let (letter, width) = bulletAt(tokens, i, b), acceptBullet(letter, previous: lastBullet, atStart: i == 0 || isSeparator(tokens[i - 1])) {
                closeSegment(i)
                bullet = letter
                lastBullet = letter
                last = nil
                i += width
                segmentStart = i
                continue
            }
            if t.kind == .punct, t.head == 0x3B {
                closeSegment(i)
                segmentStart = i + 1
                last = nil
                i += 1
                continue
            }
            guard t.kind == .number, !consumed[i] else { i += 1; continue }
            // `SECSTATE 1...`: a short serial cut off by a preview is no citation.
            if t.text.count <= 2, i + 2 < tokens.count, tokens[i + 1].glued, tokens[i + 1].head == 0x2E, tokens[i + 2].head == 0x2E, tokens[i + 2].glued {
                i += 3
                continue
            }
            // A year in parentheses before a station, or a numbered bullet `(1)`.
            if i > 0, tokens[i - 1].kind == .punct, tokens[i - 1].head == 0x28, i + 1 < tokens.count,
               tokens[i + 1].kind == .punct, tokens[i + 1].head == 0x29, t.text.count <= 2 {
                i += 1
                continue
            }
            if let cite = citation(tokens, at: i, consumed: consumed, b: b) {
                var yy = cite.year.map { normalizeYear($0) } ?? ownYearFallback
                var end = i + 1
                if let suffix = yearSuffix(tokens, after: i) {
                    if cite.year == nil { yy = normalizeYear(tokens[suffix.token].text) }
                    for k in i..<suffix.next { consumed[k] = true }
                    end = suffix.next
                }
                if let yyValue = yy, cite.serialOK {
                    addCable(yyValue, cite.station, t.text)
                    last = (yyValue, cite.station, end)
                } else {
                    last = nil
                }
                for k in cite.consumed { consumed[k] = true }
                consumed[i] = true
                i = end
                continue
            }
            // `BRASILIA 2799 AND 2764`, `TRIPOLI 33, 53`, `Kabul 692/317`: more serials for the last station.
            if let previous = last, isListContinuation(tokens, from: previous.tokenEnd, to: i), !startsCitation(tokens, after: i),
               t.text.count <= 7 {
                var end = i + 1
                var yy = previous.year
                if let suffix = yearSuffix(tokens, after: i) {
                    yy = normalizeYear(tokens[suffix.token].text)
                    end = suffix.next
                }
                addCable(yy, previous.station, t.text)
                for k in i..<end { consumed[k] = true }
                last = (previous.year, previous.station, end)
                i = end
                continue
            }
            i += 1
        }
        closeSegment(tokens.count)
        return result
    }

    private static func isSeparator(_ t: Token) -> Bool {
        t.kind == .punct && (t.head == 0x3B || t.head == 0x2C || t.head == 0x29 || t.head == 0x2E || t.head == 0x3A)
    }

    /// A bullet beginning at token `i`: returns its letter and how many tokens it spans.
    private static func bulletAt(_ tokens: [Token], _ i: Int, _ b: [UInt8]) -> (UInt8, Int)? {
        let t = tokens[i]
        if t.kind == .punct, t.head == 0x28 || t.head == 0x5B, i + 2 < tokens.count,
           tokens[i + 1].kind == .word, tokens[i + 1].text.count == 1,
           tokens[i + 2].kind == .punct, tokens[i + 2].head == 0x29 || tokens[i + 2].head == 0x5D {
            return (tokens[i + 1].head, 3)
        }
        if t.kind == .word, t.text.count == 1, i + 1 < tokens.count, tokens[i + 1].glued, tokens[i + 1].kind == .punct {
            let p = tokens[i + 1].head
            guard p == 0x2E || p == 0x29 || p == 0x3A else { return nil }
            // `U.S.` is not a bullet.
            if p == 0x2E, i + 2 < tokens.count, tokens[i + 2].glued, tokens[i + 2].kind == .word, tokens[i + 2].text.count == 1 { return nil }
            var width = 2
            if p == 0x2E, i + 2 < tokens.count, tokens[i + 2].glued, tokens[i + 2].kind == .punct, tokens[i + 2].head == 0x29 { width = 3 }
            return (t.head, width)
        }
        return nil
    }

    private static func acceptBullet(_ letter: UInt8, previous: UInt8?, atStart: Bool) -> Bool {
        guard let previous else { return true }
        return letter == previous || (letter > previous && letter - previous <= 2) || atStart && letter == 0x41
    }

    struct Citation {
        var station: String
        var year: ArraySlice<UInt8>?
        var consumed: [Int]
        var serialOK: Bool
    }

    /// The station (and year) written before the serial at token `i`, or nil when there is none.
    private static func citation(_ tokens: [Token], at i: Int, consumed: [Bool], b: [UInt8]) -> Citation? {
        var k = i - 1
        var used: [Int] = []
        var year: ArraySlice<UInt8>?
        // Separators allowed between station and serial: `STATE: 73097`, `OTTAWA-57`, `STATE (01) 201265`.
        if k >= 0, tokens[k].kind == .punct, tokens[k].head == 0x3A || tokens[k].head == 0x2D { used.append(k); k -= 1 }
        if k >= 2, tokens[k].kind == .punct, tokens[k].head == 0x29, tokens[k - 1].kind == .number, tokens[k - 1].text.count == 2,
           tokens[k - 2].kind == .punct, tokens[k - 2].head == 0x28 {
            year = tokens[k - 1].text
            used += [k, k - 1, k - 2]
            k -= 3
        }
        // The run of words before the serial.
        var words: [Int] = []
        while k >= 0, tokens[k].kind == .word, words.count < 6 {
            words.insert(k, at: 0)
            k -= 1
        }
        // Drop leading noise (`REF A`, `AND`, bullet letters).
        while let first = words.first, words.count > 1,
              noiseWords.contains(ByteText.string(tokens[first].text)) || tokens[first].text.count == 1 {
            words.removeFirst()
        }
        guard let firstWord = words.first else { return nil }
        var name: [UInt8] = []
        for w in words { name += tokens[w].text.filter(isUpper) }
        guard let station = Stations.canonical(ByteText.string(name)) else { return nil }
        used += words
        // A year before the station: `06 TBILISI`, `2005 BRASILIA`, `'08 BUENOS AIRES`, `(99) ROME`, `09CAIRO0561`, `10-OTTAWA-57`.
        if year == nil {
            var y = firstWord - 1
            if y >= 0, tokens[y].kind == .punct, tokens[y].head == 0x2D, tokens[y].glued || tokens[firstWord].glued { y -= 1 }
            if y >= 0, tokens[y].kind == .punct, tokens[y].head == 0x29, y >= 2, tokens[y - 1].kind == .number,
               tokens[y - 1].text.count == 2, tokens[y - 2].kind == .punct, tokens[y - 2].head == 0x28 {
                year = tokens[y - 1].text
                used += [y, y - 1, y - 2]
            } else if y >= 0, tokens[y].kind == .number, !consumed[y], isYear(tokens[y].text) {
                year = tokens[y].text
                used.append(y)
            }
        }
        // Serials are 1 to 7 digits; 8 digits are page-break markers (`TRIPOLI 00000402`).
        let serialOK = tokens[i].text.count <= 7
        return Citation(station: station, year: year, consumed: used, serialOK: serialOK)
    }

    private static func isYear(_ digits: ArraySlice<UInt8>) -> Bool {
        switch digits.count {
        case 2: return true
        case 3: return digits.first == 0x30
        case 4:
            guard let v = Int(ByteText.string(digits)) else { return false }
            return (1945...2030).contains(v)
        default: return false
        }
    }

    /// A year written after the serial: `701 (08)`, `4525-91`, `00930/08`.
    private static func yearSuffix(_ tokens: [Token], after i: Int) -> (token: Int, next: Int)? {
        let n = tokens.count
        if i + 3 < n, tokens[i + 1].kind == .punct, tokens[i + 1].head == 0x28, tokens[i + 2].kind == .number,
           tokens[i + 2].text.count == 2, tokens[i + 3].kind == .punct, tokens[i + 3].head == 0x29 {
            return (i + 2, i + 4)
        }
        if i + 2 < n, tokens[i + 1].kind == .punct, tokens[i + 1].glued, tokens[i + 2].glued, tokens[i + 2].kind == .number,
           tokens[i + 2].text.count == 2, tokens[i + 1].head == 0x2D || tokens[i + 1].head == 0x2F {
            // `692/317/274` is a list, `00930/08` a year.
            if tokens[i + 1].head == 0x2F, i + 3 < n, tokens[i + 3].kind == .punct, tokens[i + 3].head == 0x2F { return nil }
            return (i + 2, i + 3)
        }
        return nil
    }

    /// Only list connectors (`AND`, `,`, `/`, `&`) between the previous serial and token `i`.
    private static func isListContinuation(_ tokens: [Token], from start: Int, to i: Int) -> Bool {
        guard start < i else { return false }
        var sawConnector = false
        for k in start..<i {
            let t = tokens[k]
            if t.kind == .punct, t.head == 0x2C || t.head == 0x2F || t.head == 0x26 { sawConnector = true; continue }
            if t.kind == .word, listWords.contains(ByteText.string(t.text)) { sawConnector = true; continue }
            return false
        }
        return sawConnector
    }

    /// The number at `i` is the year of a citation that follows (`230, 07 BsAs 1892`).
    private static func startsCitation(_ tokens: [Token], after i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        if next.kind == .word { return !(next.text.count == 1 && i + 2 < tokens.count && tokens[i + 2].kind == .punct) }
        return false
    }

    static func twoDigits(_ year: Int) -> String {
        let y = ((year % 100) + 100) % 100
        return y < 10 ? "0\(y)" : "\(y)"
    }

    private static func normalizeYear(_ digits: ArraySlice<UInt8>) -> String {
        ByteText.string(digits.suffix(2))
    }

    // MARK: - Non-cable items

    private static let emailWords: [[UInt8]] = ["E-MAIL", "EMAIL", "E MAIL"].map { Array($0.utf8) }
    private static let telWords: [[UInt8]] = ["TELCON", "TELECON", "TELEPHONE", "PHONE CALL", "PHONECALL", "TELCONS"].map { Array($0.utf8) }
    private static let bookWords: [[UInt8]] = ["FAM", "FAH", "CFR", "U.S.C", "USC"].map { Array($0.utf8) }
    private static let reportWords: [[UInt8]] = ["REPORT", "IIR", "TD-", "OSC", "FBIS", "DTG", "MEMO", "NOTICE", "UNSCR",
                                                 "DAILY", "POINTS", "BRIEFING", "STUDY"].map { Array($0.utf8) }

    private static func classify(_ value: [UInt8]) -> TypedReference.Kind? {
        let end = value.count
        func has(_ words: [[UInt8]]) -> Bool {
            words.contains { ByteText.findWord(value, $0, from: 0, to: end) != nil || ($0.last == 0x2D && ByteText.find(value, $0, from: 0, to: end) != nil) }
        }
        if has(emailWords) { return .email }
        if has(telWords) { return .tel }
        if has(bookWords) { return .book }
        if has(reportWords) { return .report }
        return nil
    }
}
