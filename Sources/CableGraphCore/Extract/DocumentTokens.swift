/// The tokens of every sentence of a document, in one array.
public struct DocumentTokens: Sendable {
    public let bytes: [UInt8]
    public let tokens: [Token]
    /// `sentences[i]` is the token range of sentence `i`.
    public let sentences: [Range<Int>]
    /// Sentences written in capitals only (old cables): case cannot tell names from words there.
    public let allCaps: [Bool]

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
    public func word(_ index: Int, in set: Set<String>) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return set.contains(lowercased(index))
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
