/// Legal articles: `Article 240`, `Articles 134, 135, 244, 262 and 333`, `Art. 66 of the Law on ...`,
/// `Criminal Code Article 240`: one mention per number, each attached (PART_OF) to its law — the law named
/// in the sentence, else the law the text is discussing, else the country's criminal code.
public enum LegalArticleRule {
    static let name = "legal-article"

    public struct Output {
        public var articles: [Mention] = []
        public var partOf: [RelationMention] = []
    }

    /// `laws` are the law mentions of this sentence; `current` is the law under discussion, updated here.
    public static func apply(_ doc: DocumentTokens, sentence: Int, laws: [Mention], current: inout Mention?,
                             fallback: (Int, Range<Int>) -> Mention) -> Output {
        var out = Output()
        let range = doc.sentences[sentence]
        var i = range.lowerBound
        while i < range.upperBound {
            guard isArticleWord(doc, i) else { i += 1; continue }
            var k = i + 1
            if doc.isPunctuation(k, 0x2E) { k += 1 }   // `Art.` split by the tokenizer
            let (numbers, end) = numberList(doc, from: k, limit: range.upperBound)
            guard !numbers.isEmpty else { i += 1; continue }
            // The law: named right after (`of the X Law`), or right before (`Criminal Code Article 240`).
            var law: Mention?
            var explicitOther = false
            // `Article 98 provisions to the Rome Statute`: the law comes after the provisions.
            let lawWord = doc.word(end, in: .provisionWords) ? end + 1 : end
            if doc.word(lawWord, is: "of") || doc.word(lawWord, is: "under") || doc.word(lawWord, is: "in")
                || (lawWord > end && doc.word(lawWord, is: "to")) {
                var start = lawWord + 1
                if doc.word(start, is: "the") { start += 1 }
                law = laws.first { $0.tokens.lowerBound >= start && $0.tokens.lowerBound <= start + 2 }
                if law == nil && (doc.word(lawWord, is: "of") || lawWord > end) { explicitOther = true }
            }
            if law == nil { law = laws.first { $0.tokens.upperBound == i || $0.tokens.upperBound + 1 == i } }
            // `Article 98 agreements` and `Article 5 commitments` cite treaties, not a law under discussion.
            if doc.word(end, in: .treatyFollowers) { explicitOther = true }
            if law == nil && !explicitOther {
                // Without a law in sight, only penal talk makes it the country's criminal code.
                law = current ?? (isPenal(doc, sentence: sentence) ? fallback(sentence, i..<end) : nil)
            }
            guard let law else { i = end; continue }
            current = law
            for (number, token) in numbers {
                    let abbreviated = doc.word(i, is: "art") || doc.word(i, is: "arts")
                var article = Mention(type: .legalArticle, clean: doc.cleanRange(token..<(token + 1)), tokens: token..<(token + 1),
                                      sentence: sentence, surface: abbreviated ? "Art. \(number)" : "Article \(number)",
                                      name: "Article \(number)",
                                      scope: law.scope, rule: name, confidence: 0.9,
                                      attributes: ["article": number, "law": law.name])
                if let lawText = law.attributes["implicit"] == nil ? EntityNames.clean(law.surface) : nil {
                    article.attributes["alias"] = "\(lawText) Article \(number)"
                }
                out.articles.append(article)
                out.partOf.append(RelationMention(type: .partOf, source: article, target: law, sentence: sentence,
                                                  confidence: law.sentence == sentence ? 0.95 : 0.8, rule: name))
            }
            i = end
        }
        // A law named in this sentence becomes the law under discussion, except in a quoted article
        // (`Article 64: ... provision 18(b) of the Education Law`), which cites the other law.
        if let last = laws.last, !startsQuotedArticle(doc, range) { current = last }
        return out
    }

    /// `Article 64:`, `Article 1(a):`: a sentence that quotes an article of the law under discussion.
    static func startsQuotedArticle(_ doc: DocumentTokens, _ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        guard isArticleWord(doc, first) else { return false }
        return (first + 2..<max(first + 2, min(range.upperBound, first + 7))).contains { doc.isPunctuation($0, 0x3A) }
    }

    /// Whether a sentence talks of crimes and punishment.
    static func isPenal(_ doc: DocumentTokens, sentence: Int) -> Bool {
        doc.sentences[sentence].contains { doc.word($0, in: .penalWords) }
    }

    static func isArticleWord(_ doc: DocumentTokens, _ i: Int) -> Bool {
        guard i < doc.tokens.count, doc.tokens[i].kind == .word else { return false }
        return doc.word(i, in: .articleWords)
    }

    /// `240`, `240, 241 and 262`, `318-322`, `318 through 322`: numbers with the token that holds each.
    static func numberList(_ doc: DocumentTokens, from start: Int, limit: Int) -> ([(String, Int)], Int) {
        var numbers: [(String, Int)] = []
        var k = start
        while k < limit {
            let t = doc.tokens[k]
            guard t.kind == .number || (t.kind == .word && isDigit(doc.bytes[t.start])) else { break }
            let text = doc.text(t)
            guard text.utf8.count <= 6, !text.contains(","), !text.contains(".") else { break }
            // A range `318-322` or `318 through 322` expands when it is short.
            if let last = numbers.last, let lo = Int(last.0), let hi = Int(text), hi > lo, hi - lo <= 30,
               k >= 2, doc.isPunctuation(k - 1, 0x2D) || doc.word(k - 1, is: "through") || doc.word(k - 1, is: "to") {
                for n in (lo + 1)...hi { numbers.append((String(n), k)) }
            } else {
                numbers.append((text, k))
            }
            k += 1
            // Separators: `,`, `and`, `or`, `, and`, `-`, `through`, `to`.
            var next = k
            if doc.isPunctuation(next, 0x2C) { next += 1 }
            if doc.word(next, in: .numberJoiners) || doc.isPunctuation(next, 0x2D) { next += 1 }
            guard next > k, next < limit, doc.tokens[next].kind == .number else { break }
            k = next
        }
        return (numbers, k)
    }
}

private extension WordSet {
    static let treatyFollowers: WordSet = ["agreement", "agreements", "commitment", "commitments", "guarantee", "obligations",
                                          "consultations", "waiver", "waivers", "treaty", "mission", "process"]
    static let penalWords: WordSet = ["crime", "crimes", "criminal", "criminalizes", "criminalize", "criminalized", "punish",
                                      "punishes", "punishable", "punished", "punishment", "penalty", "penalties", "prison",
                                      "imprisonment", "sentence", "sentenced", "sentences", "offense", "offence", "offenses",
                                      "offences", "convicted", "conviction", "prosecute", "prosecuted", "prosecution", "jail",
                                      "fine", "fines", "trafficking", "penal", "charged", "charges", "illegal", "unlawful"]
    static let articleWords: WordSet = ["article", "articles", "art", "arts", "artículo", "articulo", "artigo"]
    static let numberJoiners: WordSet = ["and", "or", "through", "to", "y", "et"]
    static let provisionWords: WordSet = ["provision", "provisions", "clause", "clauses"]
}
