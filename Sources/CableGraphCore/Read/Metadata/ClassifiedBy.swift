/// The officer named on the "Classified By" line, as written, with rank and office removed:
/// `Classified By: Acting Deputy Chief of Mission Marc Wall for Reasons 1.4 (b) and (d)` -> `Marc Wall`.
enum ClassifiedBy {
    struct Found {
        var names: [String]
        var start: Int
        var end: Int
    }

    /// Reads the first "Classified By" statement in `head.bytes[from..<to]` that names someone.
    /// A statement that names nobody (`CLASSIFIED BY SECTION 1.5 (B)`) gives an empty list.
    static func find(_ head: HeadText, from: Int, to: Int) -> Found? {
        let bytes = head.bytes
        var i = from
        var firstEmpty: Found?
        var firstTruncated: Found?
        while let label = nextLabel(bytes, from: i, to: min(to, bytes.count)) {
            i = label.end
            if isLineMention(bytes, label.end) { continue }
            let statement = self.statement(head, from: label.end)
            let (names, truncated) = self.read(statement.text)
            let found = Found(names: names, start: label.start, end: statement.end)
            // A preview cut off with `...` may be followed by the full header.
            if truncated {
                if firstTruncated == nil, !names.isEmpty { firstTruncated = found }
                continue
            }
            if !names.isEmpty { return found }
            if firstEmpty == nil { firstEmpty = found }
        }
        return firstTruncated ?? firstEmpty
    }

    // MARK: - Label

    /// `CLASSIFIED BY`, `Classified by:`, and misspellings (`Classfied By`, `Classiied By`).
    static func nextLabel(_ bytes: [UInt8], from: Int, to: Int) -> (start: Int, end: Int)? {
        var i = from
        while i + 12 <= to, let c = ByteText.nextLetter(bytes, 0x63, from: i, to: to - 11) {
            if ByteText.upper(bytes[c + 1]) == 0x4C, ByteText.upper(bytes[c + 2]) == 0x41, let end = labelEnd(bytes, at: c, to: to) {
                return (c, end)
            }
            i = c + 1
        }
        return nil
    }

    private static let classified = ByteText.bytes("CLASSIFIED")

    private static func labelEnd(_ bytes: [UInt8], at i: Int, to: Int) -> Int? {
        var j = i
        while j < to, isAlpha(bytes[j]) { j += 1 }
        let word = bytes[i..<j].map(ByteText.upper)
        guard word.count >= 8, word.count <= 12, ByteText.editDistance(word, classified, limit: 2) <= 2 else { return nil }
        var k = ByteText.skipWhitespace(bytes, j, to)
        guard k + 2 <= to, ByteText.upper(bytes[k]) == 0x42, ByteText.upper(bytes[k + 1]) == 0x59 else { return nil }
        k += 2
        guard k >= to || !isAlpha(bytes[k]) else { return nil }
        while k < to, bytes[k] == 0x3A || bytes[k] == 0x20 { k += 1 }
        return k
    }

    /// `(CLASSIFIED BY LINE)`, `CLASSIFIED BY LINE ADDED`: a correction notice, not the statement.
    private static func isLineMention(_ bytes: [UInt8], _ at: Int) -> Bool {
        var k = at
        while k < bytes.count, bytes[k] == 0x22 || bytes[k] == 0x20 || bytes[k] == 0x29 || bytes[k] == 0x27 { k += 1 }
        return ByteText.matches(bytes, at: k, "LINE")
    }

    // MARK: - Statement text

    struct Statement {
        var text: [UInt8]
        var end: Int
    }

    /// The statement from `start`, over as many lines as it takes. Lines wrapped hard at the
    /// telegram width (71 columns) are joined without a space (`Hoyt Y` + `ee` -> `Hoyt Yee`).
    static func statement(_ head: HeadText, from start: Int) -> Statement {
        let bytes = head.bytes
        var l = head.lineIndex(containing: start)
        var out: [UInt8] = []
        var piece = start..<head.ends[l]
        var end = piece.upperBound
        var lines = 0
        while true {
            let trimmed = ByteText.trim(bytes, piece)
            out.append(contentsOf: bytes[trimmed].filter { $0 != 0x5C })
            end = piece.upperBound
            lines += 1
            if lines >= 4 || hasReason(out) { break }
            let next = l + 1
            guard next < head.lineCount, !head.isBlank(next), !stopsStatement(head, next) else { break }
            let width = ByteText.trim(bytes, head.line(l)).upperBound - head.starts[l]
            let hardWrap = width >= 71 && width <= 72 && !endsWord(bytes, head.line(l), next: head.trimmed(next))
            if !hardWrap { out.append(0x20) }
            l = next
            piece = head.starts[l]..<head.ends[l]
            // Keep a leading space of a hard-wrapped line: it separates words.
            if hardWrap, bytes[piece].first == 0x20 { out.append(0x20) }
        }
        // The reason clause may run on (`for reasons 1.4` / `(b,d).`); the statement ends at its paragraph's end.
        var extra = 0
        while extra < 3, l + 1 < head.lineCount, !head.isBlank(l + 1), !stopsStatement(head, l + 1) {
            l += 1
            extra += 1
            end = head.ends[l]
        }
        return Statement(text: out, end: end)
    }

    /// At the wrap column a word may be cut (`Hoyt Y` / `ee`); it is not when the line ends with a
    /// whole function word or the next line starts the reason (`for` / `reasons 1.4`).
    private static func endsWord(_ bytes: [UInt8], _ line: Range<Int>, next: Range<Int>) -> Bool {
        let t = ByteText.trim(bytes, line)
        var k = t.upperBound
        while k > t.lowerBound, bytes[k - 1] != 0x20 { k -= 1 }
        let last = ByteText.upperString(bytes[k..<t.upperBound])
        if ["FOR", "AND", "OF", "BY", "THE", "TO", "IN", "PER", "UNDER"].contains(last) { return true }
        guard !next.isEmpty else { return true }
        let n = bytes[next.lowerBound]
        return isDigit(n) || n == 0x28 || ByteText.matches(bytes, at: next.lowerBound, "REASON", end: next.upperBound)
    }

    /// A line that cannot continue the statement: a paragraph, a banner, a heading, a summary.
    private static func stopsStatement(_ head: HeadText, _ l: Int) -> Bool {
        let bytes = head.bytes
        let line = head.trimmed(l)
        if line.isEmpty { return true }
        let s = line.lowerBound
        if isDigit(bytes[s]) {
            var j = s
            while j < line.upperBound, isDigit(bytes[j]) { j += 1 }
            if j < line.upperBound, bytes[j] == 0x2E, j - s <= 2, j + 1 == line.upperBound || !isDigit(bytes[j + 1]) { return true }
        }
        if bytes[s] == 0x28, Subject.isMarking(bytes, s, line.upperBound) { return true }
        for w in stopLines where ByteText.matches(bytes, at: s, w, end: line.upperBound) { return true }
        // A heading underlined by a rule on the next line.
        if l + 1 < head.lineCount {
            let n = head.trimmed(l + 1)
            if n.count >= 3, bytes[n].allSatisfy({ $0 == 0x2D || $0 == 0x3D || $0 == 0x20 }) { return true }
        }
        return References.isSpacedBanner(bytes, line)
    }

    private static let stopLines: [StaticString] = ["SUMMARY", "CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "PAGE ", "---", "===",
                                               "REF", "TAGS", "SUBJECT", "E.O.", "SIPDIS", "SENSITIVE"]

    private static func hasReason(_ text: [UInt8]) -> Bool {
        ByteText.find(text, "REASON", from: 0, to: text.count) != nil
            || ByteText.find(text, "1.4", from: 0, to: text.count) != nil
            || ByteText.find(text, "1.5", from: 0, to: text.count) != nil
    }

    // MARK: - Names

    /// The names in a statement: the text before the reason, split into comma chunks; the first
    /// chunk that ends in a name gives it (with a `, JR.` / `, III` chunk after it), and later
    /// chunks add names joined by AND (`AF KARL WYCOFF, ACTING AND S/CT DAS SHARI VILLAROSA`).
    static func names(_ statement: [UInt8]) -> [String] { read(statement).names }

    /// The names, and whether the statement was cut off with `...` (`Classified By: Pol/Econ Counselor
    /// Bill Mozdz...`): then a cut title word (`Ambass...`) is dropped and the name may be partial.
    static func read(_ statement: [UInt8]) -> (names: [String], truncated: Bool) {
        var text = stripLead(statement)
        text = Array(text[..<reasonStart(text)])
        var truncated = false
        if let dots = ByteText.find(text, "...", from: 0, to: text.count) {
            truncated = true
            text = Array(text[..<dots])
            var w = text.count
            while w > 0, text[w - 1] != 0x20 { w -= 1 }
            if isTitlePrefix(Array(text[w...])) { text = Array(text[..<w]) }
        }
        // `O,Grady`, `d,Affaires`: a comma typed for an apostrophe after a one-letter word.
        for k in 1..<max(1, text.count - 1) where text[k] == 0x2C && isAlpha(text[k - 1]) && isAlpha(text[k + 1])
            && (k == 1 || text[k - 2] == 0x20) {
            text[k] = 0x27
        }
        let chunks = splitChunks(text)
        var names: [String] = []
        var k = 0
        while k < chunks.count {
            if names.isEmpty {
                if chunks[k].count >= 4, ByteText.find(chunks[k], "XXXX", from: 0, to: chunks[k].count) != nil {
                    // A redacted name: the later chunks hold only offices.
                    return ([], truncated)
                }
                if var name = name(in: chunks[k]) {
                    if k + 1 < chunks.count, let suffix = suffixChunk(chunks[k + 1]) {
                        name += ", " + suffix
                        k += 1
                    }
                    names.append(name)
                }
            } else if let and = andSplit(chunks[k]) {
                // Only a full name (`SHARI VILLAROSA`), not a word of an office (`... and Agreements`).
                if let extra = name(in: and), extra.contains(" ") { names.append(extra) }
            }
            k += 1
        }
        return (names, truncated)
    }

    /// `AMBASS`, `Politi`, `Classifi`, `Char`: the start of a title word cut off by a preview.
    private static func isTitlePrefix(_ word: [UInt8]) -> Bool {
        let up = word.filter(isAlpha).map(ByteText.upper)
        guard up.count >= 3 else { return !up.isEmpty }
        let candidates = NameTables.fuzzyTitles + [ByteText.bytes("CLASSIFIED")]
        return candidates.contains { $0.count > up.count && $0.starts(with: up) }
    }

    /// Drops markings, paragraph numbers and repeated labels before the name
    /// (`Classified By: (C) CLASSIFIED BY MINISTER ...`, `This message classified by ...`).
    private static func stripLead(_ text: [UInt8]) -> [UInt8] {
        var t = text
        var changed = true
        var rounds = 0
        while changed, rounds < 6 {
            changed = false
            rounds += 1
            var i = 0
            while i < t.count, t[i] == 0x20 || t[i] == 0x3A { i += 1 }
            if i < t.count, t[i] == 0x28, Subject.isMarking(t, i, t.count), let close = t[i...].firstIndex(of: 0x29) {
                i = close + 1
                changed = true
            } else if i < t.count, isDigit(t[i]) {
                var j = i
                while j < t.count, isDigit(t[j]) { j += 1 }
                if j < t.count, t[j] == 0x2E, j + 1 == t.count || !isDigit(t[j + 1]) { i = j + 1; changed = true }
            }
            if let label = nextLabel(t, from: i, to: min(t.count, i + 40)) {
                i = label.end
                changed = true
            }
            if i > 0 { t = Array(t[min(i, t.count)...]) }
        }
        return t
    }

    /// Offset where the reason clause begins (`for reasons 1.4 (b)`, `Reason: 1.5`, `E.O. 12958`, `;`).
    static func reasonStart(_ t: [UInt8]) -> Int {
        let words = ByteText.words(t, 0..<t.count)
        for (n, w) in words.enumerated() {
            let s = w.lowerBound
            // Reason numbers: `1.4`, `1.5(b)`, `1,4`, `12958`; not stray serials (`ADANA 222`).
            if t[s] == 0x31 { return s }
            if isReasonWord(t, w) { return s }
            if let dash = t[w].firstIndex(of: 0x2D), dash > s, isReasonWord(t, (dash + 1)..<w.upperBound) { return dash }
            if wordIs(t, w, "EO") || ByteText.matches(t, at: s, "E.O", end: w.upperBound) { return s }
            if wordIs(t, w, "BASED") || wordIs(t, w, "PER") || wordIs(t, w, "UNDER") || wordIs(t, w, "DUE")
                || wordIs(t, w, "CONFIDENTIAL") || wordIs(t, w, "SECRET") || wordIs(t, w, "UNCLASSIFIED") || wordIs(t, w, "SUMMARY") {
                return s
            }
            guard n + 1 < words.count else { continue }
            let next = words[n + 1]
            if wordIs(t, w, "SECTION"), isDigit(t[next.lowerBound]) { return s }
            if wordIs(t, w, "FOR") || wordIs(t, w, "FR") {
                if isReasonWord(t, next) || isDigit(t[next.lowerBound]) || wordIs(t, next, "FOR") || wordIs(t, next, "EO")
                    || ByteText.matches(t, at: next.lowerBound, "E.O", end: next.upperBound) || t[next.lowerBound] == 0x72 {
                    return s
                }
            }
        }
        return t.count
    }

    /// The word's letters (0 read as O, other characters ignored) are `literal`, ignoring case.
    private static func wordIs(_ t: [UInt8], _ w: Range<Int>, _ literal: StaticString) -> Bool {
        let p = literal.utf8Start
        let n = literal.utf8CodeUnitCount
        var k = 0
        for i in w {
            var c = t[i]
            if c == 0x30 { c = 0x4F }
            guard isAlpha(c) else { continue }
            guard k < n, ByteText.upper(c) == p[k] else { return false }
            k += 1
        }
        return k == n
    }

    private static let reasons = ByteText.bytes("REASONS")
    private static let reasonsSingular = ByteText.bytes("REASON")

    /// `REASON`, `Reasons`, `REAS0N`, and the misspellings `reaons`, `Resons`, `RASONS`, or a wrapped `REA`.
    private static func isReasonWord(_ t: [UInt8], _ w: Range<Int>) -> Bool {
        guard !w.isEmpty, ByteText.upper(t[w.lowerBound]) == 0x52 else { return false }
        var letters: [UInt8] = []
        for i in w {
            var c = t[i]
            if c == 0x30 { c = 0x4F }
            guard isAlpha(c) || c == 0x27 else { break }
            if isAlpha(c) { letters.append(ByteText.upper(c)) }
        }
        guard letters.count >= 3 else { return false }
        if letters.count <= 7, reasons.starts(with: letters) { return true }
        if letters.starts(with: reasonsSingular) { return true }
        return letters.count >= 5 && min(ByteText.editDistance(letters, reasons, limit: 1),
                                         ByteText.editDistance(letters, reasonsSingular, limit: 1)) <= 1
    }

    /// Splits at commas, colons, ` - ` and ` ? `.
    private static func splitChunks(_ t: [UInt8]) -> [[UInt8]] {
        var chunks: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < t.count {
            let c = t[i]
            let spacedDash = (c == 0x2D || c == 0x3F) && (i == 0 || t[i - 1] == 0x20) && (i + 1 == t.count || t[i + 1] == 0x20)
            if c == 0x2C || c == 0x3A || c == 0x3B || spacedDash {
                chunks.append(current)
                current = []
            } else {
                current.append(c)
            }
            i += 1
        }
        chunks.append(current)
        return chunks.map { ByteText.collapse($0) }.filter { !$0.isEmpty }
    }

    /// `JR.`, `Jr.`, `III.` after a comma: returned as written (roman numerals without the period).
    private static func suffixChunk(_ chunk: [UInt8]) -> String? {
        let word = ByteText.string(chunk)
        let up = word.uppercased()
        if up == "JR." || up == "JR" || up == "SR." || up == "SR" { return word }
        let roman = up.hasSuffix(".") ? String(up.dropLast()) : up
        if ["II", "III", "IV"].contains(roman) { return String(word.prefix(roman.count)) }
        return nil
    }

    /// The part of a later chunk after AND: `ACTING AND S/CT DAS SHARI VILLAROSA` -> `S/CT DAS SHARI VILLAROSA`.
    private static func andSplit(_ chunk: [UInt8]) -> [UInt8]? {
        let words = ByteText.words(chunk, 0..<chunk.count)
        guard let n = words.lastIndex(where: { ByteText.string(chunk[$0]).uppercased() == "AND" }), n + 1 < words.count else { return nil }
        return Array(chunk[words[n + 1].lowerBound...])
    }

    private static let trailingConnectors: Set<String> = ["FOR", "FR", "F0R", "PER", "UNDER", "BY", "AND", "-", "--"]
    private static let suffixes: Set<String> = ["JR", "JR.", "SR", "SR.", "II", "III", "IV"]
    private static let notNames: Set<String> = ["FOR", "OF", "THE", "AND", "BY", "TO", "IN", "AT", "ON", "A.I.", "AI", "AI.",
                                                "CLASSIFIED", "REASON", "REASONS", "PER", "UNDER", "BASED", "DUE"]

    /// The name at the end of a chunk, read right to left: surname, initials, at most one more
    /// word, and a third only when it is a known given name.
    static func name(in chunk: [UInt8]) -> String? {
        var words = ByteText.words(chunk, 0..<chunk.count).map { Array(chunk[$0]) }
        // `DCM/Ted Osius`: a name glued to an office code.
        if let last = words.indices.last(where: { words[$0].contains(0x2F) }) {
            let w = words[last]
            if let slash = w.lastIndex(of: 0x2F), slash + 2 < w.count, isUpper(w[slash + 1]), w[(slash + 1)...].contains(where: isLower) {
                words[last] = Array(w[..<(slash + 1)])
                words.insert(Array(w[(slash + 1)...]), at: last + 1)
            }
        }
        let mixed = chunk.contains(where: isLower)
        // Trailing `(acting)`, `a.i.`, `a.y.`, and connectors left before the reason (`for`, `per`).
        while let last = words.last, last.first == 0x28 || (last.contains(0x2E) && last.filter(isAlpha).allSatisfy(isLower))
                || trailingConnectors.contains(ByteText.upperString(last)) {
            words.removeLast()
        }
        var picked: [[UInt8]] = []
        var haveSurname = false
        var fullWords = 0
        var k = words.count - 1
        while k >= 0 {
            let w = words[k]
            if !haveSurname && picked.isEmpty && w.count <= 4 && k > 0 && suffixes.contains(ByteText.upperString(w)) {
                picked.insert(w, at: 0)
                k -= 1
                continue
            }
            if !haveSurname {
                guard isNameWord(w, mixed: mixed) else { break }
                picked.insert(w, at: 0)
                haveSurname = true
            } else if isInitial(w) {
                // `A. I.` / `A.I.` after `Charge d'Affaires` is ad interim, not initials.
                if w.first == 0x49, k > 0, words[k - 1] == [0x41, 0x2E] { break }
                if w == [0x41, 0x2E, 0x49, 0x2E] { break }
                picked.insert(w, at: 0)
            } else if mixed, fullWords == 0, k > 0, particles.contains(ByteText.string(w)) {
                picked.insert(w, at: 0)
            } else if isNameWord(w, mixed: mixed) {
                let bare = ByteText.string(w.filter { isAlpha($0) || $0 == 0x2D }.map(ByteText.upper))
                if fullWords == 0 || (fullWords == 1 && NameTables.givenNames.contains(bare)) {
                    picked.insert(w, at: 0)
                    fullWords += 1
                } else {
                    break
                }
            } else {
                break
            }
            k -= 1
        }
        guard haveSurname else { return nil }
        // Redacted names (`XXXXXXXXXXXX`).
        if picked.contains(where: { $0.count >= 4 && $0.allSatisfy { $0 == 0x58 || $0 == 0x78 } }) { return nil }
        // An initial in front of the surname only (`d` in `Charge, d,Affaires`) is no name.
        guard picked.contains(where: { !isInitial($0) && $0.filter(isAlpha).count >= 2 }) else { return nil }
        // A lone word must look like a surname, not an office code (`ISN`, `NEA`).
        if picked.count == 1, picked[0].filter(isAlpha).count < 4 { return nil }
        if var last = picked.last, !isInitial(last), !["JR.", "SR."].contains(ByteText.upperString(last)) {
            while let c = last.last, c == 0x2E || c == 0x2C { last.removeLast() }
            picked[picked.count - 1] = last
        }
        return ByteText.string(ByteText.collapse(Array(picked.joined(separator: [0x20]))))
    }

    /// `F.`, `W.S.`, `D.C.`, `A`, `0.`: upper-case initials, each followed by a period (not `AMB.`).
    private static func isInitial(_ w: [UInt8]) -> Bool {
        guard !w.isEmpty, w.count <= 6 else { return false }
        if w.count == 1 { return isUpper(w[0]) }
        var k = 0
        while k < w.count {
            guard isUpper(w[k]) || w[k] == 0x30, k + 1 < w.count, w[k + 1] == 0x2E else { return false }
            k += 2
        }
        return true
    }

    /// Lower-case name particles: `Carol van Voorst`, `Luis de Leon`.
    private static let particles: Set<String> = ["van", "von", "de", "da", "del", "della", "der", "di", "du", "le", "la", "al", "bin", "ben", "el", "dos", "das"]

    private static func isNameWord(_ w: [UInt8], mixed: Bool) -> Bool {
        var end = w.count
        while end > 0, w[end - 1] == 0x2E || w[end - 1] == 0x2C { end -= 1 }
        guard end > 0, isAlpha(w[0]) else { return false }
        let word = w[0..<end]
        guard word.allSatisfy({ isAlpha($0) || $0 == 0x27 || $0 == 0x2D || $0 == 0x2E || $0 == 0x30 }) else { return false }
        if mixed {
            // Names are capitalized; upper-case words in mixed text are office codes (`DCM`, `AIT`).
            guard isUpper(w[0]) else { return false }
            if word.count >= 2, !word.contains(where: isLower), !(word.count > 5 && !word.contains(0x2E)) { return false }
        }
        guard word.filter(isAlpha).count >= 2 else { return false }
        let up = word.map { $0 == 0x30 ? 0x4F : ByteText.upper($0) }
        let upString = ByteText.string(up)
        return !notNames.contains(upString) && !NameTables.isTitle(up, upString)
    }
}
