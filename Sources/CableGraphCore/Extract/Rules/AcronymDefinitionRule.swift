/// An acronym defined in the text: `Ministry of Public Security (MPS)` or `MPS (Ministry of Public Security)`.
public struct AcronymDefinition: Sendable, Hashable {
    /// As written (`MPS`, `BLOs`).
    public var short: String
    /// Token index of the short form.
    public var shortToken: Int
    /// Token range of the long form.
    public var long: Range<Int>
    public var sentence: Int
    /// Letters matched one by one (Schwartz–Hearst); false for a name whose acronym comes from
    /// another language (`National Coalition against Trafficking (CONATT)`), accepted by position only.
    public var lettersMatch: Bool
}

/// Finds acronym definitions in the manner of Schwartz & Hearst (2003): the short form in parentheses,
/// the long form before it, matched letter by letter from the end, with the first letter of the
/// short form at the start of a word of the long form.
public enum AcronymDefinitionRule {
    static let name = "acronym-definition"

    /// Classification markings and other parenthesized capitals that are not acronyms of a name before them.
    static let notAcronyms: WordSet = ["SBU", "S", "C", "U", "TS", "NF", "FOUO", "LOU", "REL", "NOFORN", "SBU/NF",
                                           "AM", "PM", "GMT", "USD", "EUR", "RMB", "ID", "OK", "TV", "II", "III", "IV"]

    public static func definitions(in doc: DocumentTokens, sentence: Int) -> [AcronymDefinition] {
        let range = doc.sentences[sentence]
        var found: [AcronymDefinition] = []
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            defer { i += 1 }
            guard doc.isPunctuation(i, 0x28) else { continue }
            // `(ABBR)` or `(ABBR;` / `(ABBR,`
            let candidate = i + 1
            if isShortForm(doc, candidate), doc.isPunctuation(candidate + 1, 0x29) || doc.isPunctuation(candidate + 1, 0x3B)
                || doc.isPunctuation(candidate + 1, 0x2C) {
                if let def = longFormBefore(doc, open: i, short: candidate, sentence: sentence, sentenceStart: range.lowerBound) {
                    found.append(def)
                }
                continue
            }
            // `ABBR (Long Form)`
            if i > range.lowerBound, isShortForm(doc, i - 1), let close = closingParen(doc, after: i, limit: range.upperBound),
               close - i - 1 >= 2, doc.tokens[i + 1].isCapitalized {
                let long = (i + 1)..<close
                if letterMatch(doc, short: i - 1, long: long) == long.lowerBound {
                    found.append(AcronymDefinition(short: doc.text(doc.tokens[i - 1]), shortToken: i - 1, long: long,
                                                   sentence: sentence, lettersMatch: true))
                }
            }
        }
        return found
    }

    /// 2–10 characters, a letter first, at least two capitals, more capitals than lower-case letters
    /// apart from a plural `s` (`MPS`, `BLOs`, `MoFA`, `G/TIP` excluded).
    static func isShortForm(_ doc: DocumentTokens, _ index: Int) -> Bool {
        guard index < doc.tokens.count else { return false }
        let t = doc.tokens[index]
        guard t.kind == .word, (2...10).contains(t.length), isAlpha(doc.bytes[t.start]) else { return false }
        var upper = 0, lower = 0
        for k in t.range {
            let b = doc.bytes[k]
            if isUpper(b) { upper += 1 } else if isLower(b) { lower += 1 } else if !isDigit(b) && b != 0x2D && b != 0x26 { return false }
        }
        let pluralS = doc.bytes[t.end - 1] == 0x73 ? 1 : 0
        guard upper >= 2, lower - pluralS <= upper / 2 else { return false }
        return !notAcronyms.contains(doc.text(t))
    }

    private static func closingParen(_ doc: DocumentTokens, after open: Int, limit: Int) -> Int? {
        var k = open + 1
        while k < limit, k - open <= 14 {
            if doc.isPunctuation(k, 0x29) { return k }
            if doc.isPunctuation(k, 0x28) { return nil }
            k += 1
        }
        return nil
    }

    private static func longFormBefore(_ doc: DocumentTokens, open: Int, short: Int, sentence: Int, sentenceStart: Int) -> AcronymDefinition? {
        let letters = doc.tokens[short].length
        let maxWords = min(letters + 5, letters * 2)
        var start = open
        var words = 0
        // Walk back over words (and `&`, commas inside names: `Nationality, Passports, and Residence`)
        // until other punctuation or the word budget stops us.
        while start > sentenceStart, words < maxWords {
            let t = doc.tokens[start - 1]
            let joiner = t.length == 1 && (doc.bytes[t.start] == 0x26 || doc.bytes[t.start] == 0x2C)
            if t.kind == .punctuation && !joiner { break }
            start -= 1
            if !joiner { words += 1 }
        }
        guard start < open else { return nil }
        if let first = letterMatch(doc, short: short, long: start..<open) {
            var first = first
            // Leading determiners and possessive owners are not part of the name (`China's Ministry ...`).
            while first < open - 1, doc.word(first, in: .leadingDeterminers) { first += 1 }
            // `Chinese Institute of Contemporary International Relations, (CICIR)`: no trailing comma.
            var end = open
            while end > first + 1, doc.tokens[end - 1].kind == .punctuation { end -= 1 }
            return AcronymDefinition(short: doc.text(doc.tokens[short]), shortToken: short, long: first..<end,
                                     sentence: sentence, lettersMatch: true)
        }
        return AcronymDefinition(short: doc.text(doc.tokens[short]), shortToken: short, long: open..<open,
                                 sentence: sentence, lettersMatch: false)
    }

    /// Schwartz–Hearst: the token where the long form starts, or nil when the letters do not match.
    static func letterMatch(_ doc: DocumentTokens, short: Int, long: Range<Int>) -> Int? {
        let st = doc.tokens[short]
        var shortChars = doc.bytes[st.range].filter(isAlnum).map { $0 | (isAlpha($0) ? 0x20 : 0) }
        // A plural `s` on the short form has no letter in the long form (`BLOs` for `Border Liaison Offices`).
        if shortChars.count > 2, doc.bytes[st.end - 1] == 0x73, isUpper(doc.bytes[st.end - 2]) { shortChars.removeLast() }
        guard let firstLong = long.first else { return nil }
        let text = Array(doc.bytes[doc.tokens[firstLong].start..<doc.tokens[long.upperBound - 1].end])
        let base = doc.tokens[firstLong].start
        var s = shortChars.count - 1
        var l = text.count - 1
        while s >= 0 {
            let c = shortChars[s]
            while l >= 0 {
                let b = text[l] | (isAlpha(text[l]) ? 0x20 : 0)
                let atWordStart = l == 0 || !isAlnum(text[l - 1])
                if b == c && (s > 0 || atWordStart) { break }
                l -= 1
            }
            if l < 0 { return nil }
            l -= 1
            s -= 1
        }
        let matchedAt = base + l + 1
        // The long form starts at the token that holds the first matched letter.
        for k in long where doc.tokens[k].range.contains(matchedAt) { return k }
        return nil
    }
}

private extension WordSet {
    static let leadingDeterminers: WordSet = ["the", "a", "an", "its", "their", "our"]
}
