/// The tokens of every sentence of a document, in one array.
public struct DocumentTokens: Sendable {
    public let bytes: [UInt8]
    public let tokens: [Token]
    /// `sentences[i]` is the token range of sentence `i`.
    public let sentences: [Range<Int>]
    /// Sentences written in capitals only (old cables): case cannot tell names from words there.
    public let allCaps: [Bool]
    /// Folded hash of every token (`WordSet.hash`), for string-free word lookups.
    public let hashes: [UInt64]

    public init(_ document: CableDocument) {
        bytes = document.body.bytes
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var sentences: [Range<Int>] = []
        var allCaps: [Bool] = []
        sentences.reserveCapacity(document.sentences.count)
        for sentence in document.sentences {
            let start = tokens.count
            Tokenizer.tokenize(bytes, range: sentence.clean, into: &tokens)
            sentences.append(start..<tokens.count)
            var lower = 0, upper = 0
            for t in tokens[start..<tokens.count] where t.kind == .word {
                if t.isAllCaps { upper += 1 } else { lower += 1 }
            }
            allCaps.append(upper >= 3 && lower <= upper / 10)
        }
        self.tokens = tokens
        self.sentences = sentences
        self.allCaps = allCaps
        let bytes = self.bytes
        hashes = tokens.map { WordSet.hash(bytes: bytes[$0.range]) }
    }

    public func text(_ token: Token) -> String { String(decoding: bytes[token.range], as: UTF8.self) }

    /// The text of a token range, white space folded to single spaces.
    public func text(_ range: Range<Int>) -> String {
        guard let first = range.first, range.upperBound <= tokens.count else { return "" }
        return String(decoding: bytes[tokens[first].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
    }

    public func cleanRange(_ range: Range<Int>) -> Range<Int> {
        guard let first = range.first else { return 0..<0 }
        return tokens[first].start..<tokens[range.upperBound - 1].end
    }

    /// Case-insensitive comparison of a token with an ASCII word.
    public func word(_ index: Int, is word: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let t = tokens[index]
        guard t.length == word.utf8CodeUnitCount else { return false }
        let p = word.utf8Start
        for k in 0..<t.length {
            let b = bytes[t.start + k]
            if (isUpper(b) ? b | 0x20 : b) != (p + k).pointee | (isUpper((p + k).pointee) ? 0x20 : 0) { return false }
        }
        return true
    }

    /// Whether a token is one of a set of lower-case words.
    @inline(__always) public func word(_ index: Int, in set: WordSet) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return set.contains(hash: hashes[index])
    }

    /// Whether a token, less a trailing `'s`, `s` or `ies`/`y` plural, is in a set (`Council's`, `Offices`, `Ministries`).
    public func stem(_ index: Int, in set: WordSet) -> (found: Bool, plural: Bool) {
        guard index >= 0, index < tokens.count else { return (false, false) }
        let t = tokens[index]
        if set.contains(hash: hashes[index]) { return (true, false) }
        if t.isPossessive {
            let cut = bytes[t.end - 1] == 0x27 ? 1 : 2
            if set.contains(hash: WordSet.hash(bytes: bytes[t.start..<(t.end - cut)])) { return (true, false) }
        }
        guard t.length > 3, (bytes[t.end - 1] | 0x20) == 0x73, (bytes[t.end - 2] | 0x20) != 0x73 else { return (false, false) }
        if set.contains(hash: WordSet.hash(bytes: bytes[t.start..<(t.end - 1)])) { return (true, true) }
        if t.length > 4, (bytes[t.end - 3] | 0x20) == 0x69, (bytes[t.end - 2] | 0x20) == 0x65 {
            let stem = Array(bytes[t.start..<(t.end - 3)]) + [0x79]
            if set.contains(hash: WordSet.hash(bytes: stem)) { return (true, true) }
        }
        return (false, false)
    }

    public func lowercased(_ index: Int) -> String {
        let t = tokens[index]
        return String(decoding: bytes[t.range].map { isUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    public func isPunctuation(_ index: Int, _ char: UInt8) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let t = tokens[index]
        return t.kind == .punctuation && t.length == 1 && bytes[t.start] == char
    }
}
