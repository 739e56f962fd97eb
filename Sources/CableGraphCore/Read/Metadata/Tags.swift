/// The TAGS line: `TAGS: PGOV PHUM SMIG KTIP KCRM KWMN CH`.
///
/// Tags are upper-cased and deduplicated in order. The line may wrap; it ends at SUBJECT, at a
/// blank line, or at a page-break header that the release glued into it. With `canonicalize`
/// (the default), codes glued together are split (`PHUMBA` -> `PHUM`, `BA`), typos are fixed,
/// multi-word tags are kept whole and person tags take the `SURNAME, GIVEN` form.
enum Tags {
    struct Found {
        var tags: [String]
        var start: Int
        var end: Int
    }

    /// `copies` > 1 compares repeated TAGS lines (a preview and the full header) and keeps the longest.
    static func find(_ head: HeadText, from: Int, to: Int, canonicalize: Bool = true, copies maxCopies: Int = 3) -> Found? {
        let bytes = head.bytes
        let end = min(to, bytes.count)
        var i = from
        var best: Found?
        var copies = 0
        while i < end, copies < maxCopies {
            let b = ByteText.upper(bytes[i])
            if b == 0x54 || b == 0x41, let content = labelEnd(bytes, at: i, end: bytes.count) {
                let text = collect(head, from: content)
                let tags = parse(text.bytes, canonicalize: canonicalize)
                // A repeated header (preview, then the full copy): the longer tag list wins.
                if tags.count > (best?.tags.count ?? -1) { best = Found(tags: tags, start: i, end: text.end) }
                copies += 1
                i = max(text.end, i + 1)
                continue
            }
            i += 1
        }
        return best ?? unlabelled(head, from: from, to: end, canonicalize: canonicalize)
    }

    // MARK: - Label

    private static let labels: [(word: [UInt8], colonOnly: Bool)] = [
        (ByteText.bytes("TAGES"), true), (ByteText.bytes("TAGS"), false), (ByteText.bytes("TABS"), true),
        (ByteText.bytes("TAG"), false), (ByteText.bytes("TAS"), true), (ByteText.bytes("TGS"), true), (ByteText.bytes("AGS"), true),
    ]

    /// Where the tags start when a label begins at `i`, or nil.
    static func labelEnd(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        if i > 0, isAlpha(bytes[i - 1]) || bytes[i - 1] == 0x2F || bytes[i - 1] == 0x28 { return nil }
        guard i + 3 < end else { return nil }
        let second = ByteText.upper(bytes[i + 1])
        guard second == 0x41 || second == 0x47 else { return nil }
        for (word, colonOnly) in labels where ByteText.matches(bytes, at: i, word, end: end) {
            let j = i + word.count
            guard j < end else { return nil }
            let c = bytes[j]
            if colonOnly {
                guard c == 0x3A else { continue }
            } else {
                guard c == 0x3A || c == 0x3B || c == 0x2C || c == 0x20 else { continue }
            }
            var k = j
            while k < end, bytes[k] == 0x3A || bytes[k] == 0x3B || bytes[k] == 0x2C || bytes[k] == 0x20 { k += 1 }
            // Something must follow on the line.
            guard k < end, bytes[k] != 0x0A else { return nil }
            // A label without a colon is followed by a code or a tag-like word, not by a sentence.
            if c == 0x20, !isAlpha(bytes[k]) && bytes[k] != 0x28 { return nil }
            return k
        }
        return nil
    }

    // MARK: - Collecting the tag text

    private struct Collected {
        var bytes: [UInt8]
        var end: Int
    }

    /// The tag text from `start`: the rest of the line and its continuation lines, cut at SUBJECT
    /// and at a page-break header.
    private static func collect(_ head: HeadText, from start: Int) -> Collected {
        let bytes = head.bytes
        var out: [UInt8] = []
        var l = head.lineIndex(containing: start)
        var segment = start..<head.ends[l]
        var end = segment.upperBound
        var lines = 0
        while true {
            var cut = false
            if let s = subjectStart(bytes, segment) {
                segment = segment.lowerBound..<s
                cut = true
            }
            if let p = PageBreaks.find(in: bytes, range: segment).first {
                segment = segment.lowerBound..<classificationBefore(bytes, p.lowerBound, floor: segment.lowerBound)
                cut = true
            }
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: bytes[segment])
            end = segment.upperBound
            lines += 1
            if cut || lines > 4 { break }
            let next = l + 1
            guard next < head.lineCount, !head.isBlank(next), continues(head, line: l, next: next, text: out) else { break }
            l = next
            segment = head.firstNonSpace(l)..<head.ends[l]
        }
        return Collected(bytes: out, end: end)
    }

    /// Whether line `next` continues the tag line `line`.
    private static func continues(_ head: HeadText, line: Int, next: Int, text: [UInt8]) -> Bool {
        let bytes = head.bytes
        let n = head.trimmed(next)
        if isHeaderLine(head, next) { return false }
        // The tag line ends with a comma.
        var k = text.count - 1
        while k >= 0, text[k] == 0x20 { k -= 1 }
        if k >= 0, text[k] == 0x2C { return true }
        // The next line starts with a code followed by a comma: `NATO, UK, CN`.
        var j = n.lowerBound
        while j < n.upperBound, isAlpha(bytes[j]) || bytes[j] == 0x2D || bytes[j] == 0x5F { j += 1 }
        if j > n.lowerBound, ByteText.skipSpaces(bytes, j, n.upperBound) < n.upperBound, bytes[ByteText.skipSpaces(bytes, j, n.upperBound)] == 0x2C,
           isUpper(bytes[n.lowerBound]) {
            return true
        }
        // A short line of codes between the tags and the SUBJECT line.
        if subjectStart(bytes, n) != nil { return isCodeLine(bytes, n.lowerBound..<subjectStart(bytes, n)!) }
        let after = next + 1
        if after < head.lineCount, head.lineStarts(after, with: "SUBJ") || head.lineStarts(after, with: "UBJECT") {
            return isCodeLine(bytes, n)
        }
        return false
    }

    private static let headerStarts: [StaticString] = ["E.O", "EO 1", "REF", "CLASSIFIED", "SUBJ", "SIPDIS", "C O N", "S E C", "U N C",
                                                  "SENSITIVE", "UNCLAS", "CONFIDENTIAL", "SECRET", "DEPT ", "FOR "]

    private static func isHeaderLine(_ head: HeadText, _ l: Int) -> Bool {
        for w in headerStarts where head.lineStarts(l, with: w) { return true }
        let s = head.firstNonSpace(l)
        if s < head.ends[l], isDigit(head.bytes[s]) || head.bytes[s] == 0x28 { return true }
        return false
    }

    /// Upper-case words only: a continuation of the tag list.
    private static func isCodeLine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let words = ByteText.words(bytes, range)
        guard !words.isEmpty, words.count <= 12 else { return words.isEmpty }
        return words.allSatisfy { w in bytes[w].allSatisfy { isUpper($0) || $0 == 0x2C || $0 == 0x2D || $0 == 0x2F || $0 == 0x5F } }
    }

    /// Offset of a SUBJECT label inside the tag text (`... UK SUBJECT: MILIBAND'S`).
    private static func subjectStart(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while let at = ByteText.find(bytes, "SUBJ", from: i, to: range.upperBound) {
            if at == range.lowerBound || !isAlpha(bytes[at - 1]) { return at }
            i = at + 1
        }
        return nil
    }

    /// Backs up over a classification word before a page header (`UNCLASSIFIED    PAGE 02`).
    private static func classificationBefore(_ bytes: [UInt8], _ at: Int, floor: Int) -> Int {
        var k = at
        while k > floor, bytes[k - 1] == 0x20 { k -= 1 }
        var w = k
        while w > floor, isUpper(bytes[w - 1]) { w -= 1 }
        let word = ByteText.string(bytes[w..<k])
        return ["UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "UNCLAS", "NOFORN"].contains(word) ? w : at
    }

    // MARK: - A tag line without a label

    /// `E.O. 12958: N/A` followed by a line of codes (`EFIN, ECON, EINV, PGOV, CH`) and SUBJECT.
    private static func unlabelled(_ head: HeadText, from: Int, to: Int, canonicalize: Bool) -> Found? {
        var l = head.lineIndex(containing: from)
        while l + 1 < head.lineCount, head.starts[l] < to {
            if head.lineStarts(l, with: "E.O") || head.lineStarts(l, with: "EO 1") {
                let n = head.trimmed(l + 1)
                if !n.isEmpty, isCodeLine(head.bytes, n) {
                    let tags = parse(Array(head.bytes[n]), canonicalize: canonicalize)
                    if tags.count >= 2, tags.allSatisfy(TagTables.isKnown) { return Found(tags: tags, start: n.lowerBound, end: n.upperBound) }
                }
                return nil
            }
            l += 1
        }
        return nil
    }

    // MARK: - Parsing the tag text

    /// Banner words and SIPDIS inside the tag line.
    private static func isDropped(_ text: [UInt8], _ r: Range<Int>) -> Bool {
        let s = r.lowerBound, e = r.upperBound
        switch r.count {
        case 6: return ByteText.matches(text, at: s, "SIPDIS", end: e) || ByteText.matches(text, at: s, "UNCLAS", end: e)
                    || ByteText.matches(text, at: s, "SECRET", end: e) || ByteText.matches(text, at: s, "NOFORN", end: e)
        case 9: return ByteText.matches(text, at: s, "SENSITIVE", end: e)
        case 12: return ByteText.matches(text, at: s, "UNCLASSIFIED", end: e) || ByteText.matches(text, at: s, "CONFIDENTIAL", end: e)
        default: return false
        }
    }

    /// Splits the tag text into tags.
    static func parse(_ text: [UInt8], canonicalize: Bool = true) -> [String] {
        var raw: [(String, grouped: Bool)] = []
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == 0x20 || c == 0x2C || c == 0x3B || c == 0x0A { i += 1; continue }
            if c == 0x28 {
                // `OVIP (STEINBERG, JAMES B.)`: the group is one tag.
                var j = i + 1
                while j < text.count, text[j] != 0x29 { j += 1 }
                let inner = ByteText.collapse(text[(i + 1)..<j])
                if !inner.isEmpty { raw.append((ByteText.upperString(inner), true)) }
                i = j + 1
                continue
            }
            var j = i
            while j < text.count, text[j] != 0x20, text[j] != 0x2C, text[j] != 0x3B, text[j] != 0x28, text[j] != 0x0A { j += 1 }
            var e = j
            while e > i, text[e - 1] == 0x3A || text[e - 1] == 0x2E || text[e - 1] == 0x29 { e -= 1 }
            // Words with letters only; banners and SIPDIS are not tags.
            if text[i..<e].contains(where: isAlpha), !isDropped(text, i..<e) {
                raw.append((ByteText.upperString(text[i..<e]), false))
            }
            i = j
        }
        var words = raw
        var names = raw.map(\.0)
        // One table lookup per word tells which rules can apply to it.
        let info = canonicalize ? names.map { TagTables.info[$0] ?? [] } : []
        var out: [String] = []
        // A set, not `out.contains`: a damaged cable can hold a TAGS line of megabytes.
        var seen = Set<String>()
        func emit(_ tag: String) { if seen.insert(tag).inserted { out.append(tag) } }
        var k = 0
        while k < words.count {
            let (word, grouped) = words[k]
            if grouped { emit(word); k += 1; continue }
            if canonicalize, info[k].contains(.startsPhrase), let (phrase, width, rest) = multiWord(names, at: k) {
                emit(TagTables.typos[phrase] ?? phrase)
                if let rest {
                    words[k + width - 1] = (rest, false)
                    names[k + width - 1] = rest
                    k += width - 1
                } else {
                    k += width
                }
                continue
            }
            if canonicalize, k + 1 < words.count, info[k + 1].contains(.givenName), !words[k + 1].grouped, let person = person(word, words[k + 1].0) {
                emit(person)
                k += 2
                continue
            }
            if canonicalize {
                let fixed = info[k].contains(.typo) ? (TagTables.typos[word] ?? word) : word
                if fixed.utf8.count >= 5, !info[k].contains(.known), let pieces = splitGlued(fixed) { pieces.forEach(emit) } else { emit(fixed) }
            } else {
                emit(word)
            }
            k += 1
        }
        return out
    }

    /// A multi-word tag at `k`; the last word may run on into glued codes (`HUMAN RIGHTSPOLMIL`).
    private static func multiWord(_ words: [String], at k: Int) -> (String, Int, String?)? {
        guard let phrases = TagTables.multiWordByFirst[words[k]] else { return nil }
        for phrase in phrases where k + phrase.count <= words.count {
            var ok = true
            for (n, w) in phrase.enumerated().dropLast() where words[k + n] != w { ok = false; break }
            guard ok, let lastWord = phrase.last else { continue }
            let candidate = words[k + phrase.count - 1]
            if candidate == lastWord { return (phrase.joined(separator: " "), phrase.count, nil) }
            if candidate.hasPrefix(lastWord), let _ = splitGlued(String(candidate.dropFirst(lastWord.count)), minimumPieces: 1) {
                return (phrase.joined(separator: " "), phrase.count, String(candidate.dropFirst(lastWord.count)))
            }
        }
        return nil
    }

    /// `CLINTON HILLARY` -> `CLINTON, HILLARY`: a surname followed by a known given name.
    private static func person(_ surname: String, _ given: String) -> String? {
        guard surname.utf8.count >= 3, NameTables.givenNames.contains(given), !NameTables.givenNames.contains(surname),
              surname.utf8.allSatisfy({ isAlpha($0) || $0 == 0x2D || $0 == 0x27 }),
              !TagTables.isKnown(surname), !TagTables.isKnown(given) else { return nil }
        let form = "\(surname), \(given)"
        return TagTables.personForms[form] ?? form
    }

    /// `KFRDKIRFCVIS...EG` -> `KFRD`, `KIRF`, `CVIS`, ...: a token made of known codes, at least one of
    /// them three or four letters long. Known tags and unknown words are left alone.
    static func splitGlued(_ token: String, minimumPieces: Int = 2) -> [String]? {
        let bytes = Array(token.utf8)
        guard bytes.count >= (minimumPieces == 1 ? 2 : 5), bytes.allSatisfy(isUpper) else { return nil }
        if minimumPieces > 1, TagTables.isKnown(token) { return nil }
        // Segmentation by dynamic programming over piece lengths 4, 3, 2.
        let n = bytes.count
        var best = [[String]?](repeating: nil, count: n + 1)
        best[n] = []
        for start in stride(from: n - 1, through: 0, by: -1) {
            for length in [4, 3, 2] where start + length <= n {
                let piece = ByteText.string(bytes[start..<(start + length)])
                guard TagTables.isGluePiece(piece), let rest = best[start + length] else { continue }
                best[start] = [piece] + rest
                break
            }
        }
        guard let pieces = best[0], pieces.count >= minimumPieces, pieces.contains(where: { $0.count >= 3 }) else { return nil }
        return pieces
    }
}
