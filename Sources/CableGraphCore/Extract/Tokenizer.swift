/// A word, number or punctuation mark of the clean body.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable { case word, number, punctuation }

    public var start: Int
    public var end: Int
    public var kind: Kind
    /// First character is an upper-case letter (`Ministry`, `MPS`, `U.S.`).
    public var isCapitalized: Bool
    /// Has letters and all of them are upper case (`MPS`, `IOM`, `U.S.`).
    public var isAllCaps: Bool
    /// Ends in `'s` or `s'` (`Council's`).
    public var isPossessive: Bool

    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }
}

/// Splits clean text into tokens. Words keep inner apostrophes, hyphens and dots
/// (`Women's`, `Inter-Ministerial`, `U.S.`); numbers keep inner commas and dots (`2,566`).
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8], range: Range<Int>, into tokens: inout [Token]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 { i += 1; continue }
            let start = i
            if isDigit(b) {
                i += 1
                while i < end {
                    let c = bytes[i]
                    if isDigit(c) { i += 1; continue }
                    if (c == 0x2C || c == 0x2E), i + 1 < end, isDigit(bytes[i + 1]) { i += 2; continue }
                    break
                }
                // `23A`, `1990s`: letters glued to digits stay in the token.
                var isWord = false
                while i < end, isAlpha(bytes[i]) { i += 1; isWord = true }
                tokens.append(makeToken(bytes, start, i, isWord ? .word : .number))
                continue
            }
            if isAlpha(b) || b >= 0xC0 {
                i = wordEnd(bytes, from: i, end: end)
                tokens.append(makeToken(bytes, start, i, .word))
                continue
            }
            // Punctuation: one character (a whole UTF-8 sequence for non-ASCII symbols).
            i += 1
            while i < end, bytes[i] & 0xC0 == 0x80 { i += 1 }
            tokens.append(Token(start: start, end: i, kind: .punctuation, isCapitalized: false, isAllCaps: false, isPossessive: false))
        }
    }

    private static func wordEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var i = start
        var segment = start
        var dotted = false
        while i < end {
            let c = bytes[i]
            if isAlnum(c) || c >= 0x80 { i += 1; continue }
            let nextIsWordChar = i + 1 < end && (isAlnum(bytes[i + 1]) || bytes[i + 1] >= 0xC0)
            // `Amsterdam-based`, `World Vision-funded`: a name before a participle of support or place ends there.
            if c == 0x2D, nextIsWordChar, isUpper(bytes[start]), participleFollows(bytes, i + 1, end: end) { break }
            // Inner apostrophe or hyphen: `Women's`, `Inter-Ministerial`.
            if (c == 0x27 || c == 0x2D) && nextIsWordChar && !dotted {
                i += 2
                continue
            }
            // Dotted acronyms: one or two letters between dots, `U.S`, `P.R.C`, `E.O`.
            if c == 0x2E, nextIsWordChar, isAlpha(bytes[i + 1]), i - segment <= 2 {
                dotted = true
                i += 1
                segment = i
                continue
            }
            // Possessive plural: `States'`.
            if c == 0x27, i > start, bytes[i - 1] == 0x73, !nextIsWordChar, !dotted { i += 1 }
            break
        }
        // A dotted acronym keeps its final dot: `U.S.`, `P.R.C.`.
        if dotted, i < end, bytes[i] == 0x2E, i - segment <= 2 { i += 1 }
        return i
    }

    static let participles: [[UInt8]] = ["based", "funded", "led", "backed", "sponsored", "run", "owned", "linked", "affiliated",
                                         "controlled", "supported", "financed", "trained", "born", "registered", "headquartered",
                                         "operated", "allied", "inspired", "dominated", "administered"].map { Array($0.utf8) }

    /// A lower-case participle from `participles` starts at `i` and ends the word there.
    private static func participleFollows(_ bytes: [UInt8], _ i: Int, end: Int) -> Bool {
        var j = i
        while j < end, isLower(bytes[j]) { j += 1 }
        guard j > i, j == end || !(isAlnum(bytes[j]) || bytes[j] >= 0x80) else { return false }
        return participles.contains { $0.count == j - i && $0.elementsEqual(bytes[i..<j]) }
    }

    private static func makeToken(_ bytes: [UInt8], _ start: Int, _ end: Int, _ kind: Token.Kind) -> Token {
        var letters = 0, uppers = 0
        for k in start..<end {
            let c = bytes[k]
            if isUpper(c) { uppers += 1; letters += 1 } else if isLower(c) { letters += 1 }
        }
        let first = bytes[start]
        let possessive = end - start > 2 && ((bytes[end - 2] == 0x27 && (bytes[end - 1] | 0x20) == 0x73) || bytes[end - 1] == 0x27)
        return Token(start: start, end: end, kind: kind, isCapitalized: isUpper(first) || (first >= 0xC0 && kind == .word),
                     isAllCaps: letters > 0 && letters == uppers, isPossessive: possessive)
    }
}
