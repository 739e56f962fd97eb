/// Finds dictionary phrases in tokenized text: a trie over words, walked from every token, longest match wins.
///
/// Words are folded to lower case, so matching is case-insensitive here; callers check case with
/// `PhraseMatcher.Phrase.caseRules`. A possessive last word (`China's`) also matches its stem.
/// Lookups hash the token's bytes in place, so the hot path allocates nothing.
public struct PhraseMatcher: Sendable {
    /// How a phrase word must be written in mixed-case text.
    public enum CaseRule: UInt8, Sendable {
        /// Any case (`the`, `of`).
        case any
        /// Upper-case first letter, or the whole sentence in capitals (`Burma`, `BURMA`).
        case capitalized
        /// Exactly as in the dictionary (`IOM`, `DPRK`, `UNHCR`).
        case exact
    }

    public struct Phrase: Sendable {
        public var words: [[UInt8]]
        public var caseRules: [CaseRule]
        /// The words as written, kept for `.exact` comparison.
        public var written: [[UInt8]]
        /// Index of what the phrase stands for, in the caller's table.
        public var payload: Int32
    }

    public struct Match: Sendable {
        /// Token indexes of the match.
        public var tokens: Range<Int>
        /// Payloads of every phrase with these words (several when a name is ambiguous).
        public var phrases: [Int32]
    }

    private var vocabulary = HashIndex()
    private var vocabularyWords: [[UInt8]] = []
    private var transitions = HashIndex()
    /// Phrases that end in each state (empty for most).
    private var accepting: [[Int32]] = [[]]
    public private(set) var phrases: [Phrase] = []
    private var stateCount: Int32 = 1

    public init() {}

    public var count: Int { phrases.count }

    /// Adds a phrase; `text` is split on spaces and the tokenizer's rules (`U.S.` stays one word).
    public mutating func add(_ text: String, payload: Int32, caseRule: (String) -> CaseRule = PhraseMatcher.defaultCaseRule) {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        Tokenizer.tokenize(bytes, range: 0..<bytes.count, into: &tokens)
        guard !tokens.isEmpty else { return }
        var words: [[UInt8]] = []
        var written: [[UInt8]] = []
        var rules: [CaseRule] = []
        var state: Int32 = 0
        for token in tokens {
            let word = PhraseMatcher.fold(bytes, token.range)
            let id = wordID(word, create: true)
            let key = UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: id))
            if let next = transitions[key] {
                state = next
            } else {
                transitions.set(key, stateCount)
                accepting.append([])
                state = stateCount
                stateCount += 1
            }
            words.append(word)
            written.append(Array(bytes[token.range]))
            rules.append(caseRule(String(decoding: bytes[token.range], as: UTF8.self)))
        }
        accepting[Int(state)].append(Int32(phrases.count))
        phrases.append(Phrase(words: words, caseRules: rules, written: written, payload: payload))
    }

    /// Acronyms (2+ capitals, or short mixed-case ones: `LeT`, `JeM`) must match exactly, capitalized words need a
    /// capital, the rest is free.
    public static func defaultCaseRule(_ word: String) -> CaseRule {
        let letters = word.utf8.filter(isAlpha)
        if letters.count >= 2, letters.allSatisfy(isUpper) { return .exact }
        if letters.count <= 4, letters.count >= 3, letters.dropFirst().contains(where: isUpper) { return .exact }
        if let first = word.utf8.first, isUpper(first) || first >= 0xC0 { return .capitalized }
        return .any
    }

    /// Every phrase that starts at token `start`, longest first. `hashes` are the tokens' folded
    /// hashes (`DocumentTokens.hashes`), when the caller has them.
    public func candidates(_ bytes: [UInt8], tokens: ArraySlice<Token>, at start: Int, hashes: [UInt64]? = nil) -> [Match] {
        var found: [Match] = []
        var state: Int32 = 0
        var j = start
        while j < tokens.endIndex {
            let token = tokens[j]
            guard token.kind != .punctuation || tokenIsJoiner(bytes, token) else { break }
            var next: Int32?
            let h = hashes?[j] ?? WordSet.hash(bytes: bytes[token.range])
            if let id = lookup(bytes, token.range, hash: h) { next = transitions[key(state, id)] }
            if next == nil, token.isPossessive {
                let stem = stemRange(bytes, token)
                // `China's`: the stem may end a phrase, nothing may follow it.
                if let id = lookup(bytes, stem, hash: WordSet.hash(bytes: bytes[stem])), let s = transitions[key(state, id)],
                   !accepting[Int(s)].isEmpty {
                    found.append(Match(tokens: start..<(j + 1), phrases: accepting[Int(s)]))
                }
                break
            }
            guard let s = next else { break }
            state = s
            j += 1
            if !accepting[Int(s)].isEmpty { found.append(Match(tokens: start..<j, phrases: accepting[Int(s)])) }
        }
        return found.reversed()
    }

    /// Whether matched tokens satisfy a phrase's case rules. Capitalized words pass in capitals too
    /// (old all-capitals cables); exact words must be written as in the dictionary.
    public func caseMatches(_ phrase: Phrase, bytes: [UInt8], tokens: ArraySlice<Token>, allCaps: Bool = false) -> Bool {
        for (offset, token) in tokens.enumerated() where offset < phrase.caseRules.count {
            switch phrase.caseRules[offset] {
            case .any: continue
            case .capitalized:
                if !token.isCapitalized && !PhraseMatcher.lowerPrefixed(bytes, token, phrase.written[offset]) { return false }
                // In mixed-case text, capitals where the name has none make another word (`GOA`, `GoA` are not Goa).
                if !allCaps && PhraseMatcher.extraCapitals(bytes, token, phrase.written[offset]) { return false }
            case .exact:
                let written = phrase.written[offset]
                // A possessive last word (`IOM's`) is compared without its `'s`.
                let end = min(token.end, token.start + written.count)
                if !bytes[token.start..<end].elementsEqual(written) || end - token.start != written.count { return false }
            }
        }
        return true
    }

    /// `sub-Saharan` for `Sub-Saharan`: a lower-case prefix before a hyphen and a capitalized stem.
    static func lowerPrefixed(_ bytes: [UInt8], _ token: Token, _ written: [UInt8]) -> Bool {
        guard let hyphen = written.firstIndex(of: 0x2D), hyphen > 0, hyphen + 1 < written.count, token.length == written.count,
              bytes[token.start + hyphen] == 0x2D else { return false }
        return isUpper(bytes[token.start + hyphen + 1])
    }

    /// Whether a token has an upper-case letter where the written word has a lower-case one.
    static func extraCapitals(_ bytes: [UInt8], _ token: Token, _ written: [UInt8]) -> Bool {
        var k = 1
        while k < written.count, token.start + k < token.end {
            if isUpper(bytes[token.start + k]) && isLower(written[k]) { return true }
            k += 1
        }
        return false
    }

    // MARK: - Folding and hashing

    static func fold(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        bytes[range].map { isUpper($0) ? $0 | 0x20 : $0 }
    }

    private func tokenIsJoiner(_ bytes: [UInt8], _ token: Token) -> Bool {
        // `&` and `'` may sit inside names (`Trinidad & Tobago`); other punctuation ends a phrase.
        token.length == 1 && (bytes[token.start] == 0x26)
    }

    private func stemRange(_ bytes: [UInt8], _ token: Token) -> Range<Int> {
        bytes[token.end - 1] == 0x27 ? token.start..<(token.end - 1) : token.start..<(token.end - 2)
    }

    @inline(__always) private func key(_ state: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    private func lookup(_ bytes: [UInt8], _ range: Range<Int>, hash: UInt64) -> Int32? {
        var h = hash
        // A 64-bit hash of a word of the same length is taken as that word: a false match needs a
        // collision among a few hundred thousand words, about one chance in 10^8 per corpus.
        while let id = vocabulary[h] {
            if vocabularyWords[Int(id)].count == range.count { return id }
            h &+= 0x9E3779B97F4A7C15
        }
        return nil
    }

    @inline(__always) private func equalsFolded(_ bytes: [UInt8], _ range: Range<Int>, _ word: [UInt8]) -> Bool {
        guard word.count == range.count else { return false }
        var k = 0
        for i in range {
            let b = bytes[i]
            if (isUpper(b) ? b | 0x20 : b) != word[k] { return false }
            k += 1
        }
        return true
    }

    private mutating func wordID(_ word: [UInt8], create: Bool) -> Int32 {
        var h = WordSet.hash(bytes: word)
        while let id = vocabulary[h] {
            if vocabularyWords[Int(id)] == word { return id }
            h &+= 0x9E3779B97F4A7C15   // collision: probe the next slot
        }
        let id = Int32(vocabularyWords.count)
        vocabularyWords.append(word)
        vocabulary.set(h, id)
        return id
    }
}

extension PhraseMatcher {
    /// What a scan does with one candidate.
    enum ScanChoice {
        /// This mention; the scan goes on after it.
        case take(Mention)
        /// Try the next, shorter candidate at this position.
        case next
        /// Give this position up.
        case stop
    }

    /// Non-overlapping matches in one sentence, leftmost first and longest first at each position. `choose`
    /// sees each candidate with those of its phrases whose case fits the text. `wordsOnly` skips positions
    /// that are not words.
    typealias Fitting = LazyFilterSequence<LazyMapSequence<[Int32], Phrase>>

    func scan(_ doc: DocumentTokens, sentence: Int, wordsOnly: Bool, choose: (Match, Fitting) -> ScanChoice) -> [Mention] {
        let range = doc.sentences[sentence]
        let slice = doc.tokens[range]
        let allCaps = doc.allCaps[sentence]
        var found: [Mention] = []
        var i = range.lowerBound
        positions: while i < range.upperBound {
            if wordsOnly && doc.tokens[i].kind != .word { i += 1; continue }
            tries: for candidate in candidates(doc.bytes, tokens: slice, at: i, hashes: doc.hashes) {
                let fitting = candidate.phrases.lazy.map { phrases[Int($0)] }
                    .filter { caseMatches($0, bytes: doc.bytes, tokens: doc.tokens[candidate.tokens], allCaps: allCaps) }
                switch choose(candidate, fitting) {
                case .take(let m):
                    found.append(m)
                    i = m.tokens.upperBound
                    continue positions
                case .next: continue tries
                case .stop: break tries
                }
            }
            i += 1
        }
        return found
    }
}
