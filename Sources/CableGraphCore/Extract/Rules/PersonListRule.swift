/// People listed after a named person: `Putin supporter Lev Leviev (himself a Chabad member), Roman Abramovich, and
/// Boris Berezovsky`. Each item is two or three capitalized words that no dictionary or rule knows, between commas
/// and `and`, right after a person the other rules found.
enum PersonListRule {
    static let name = "person-list"

    static func mentions(in doc: DocumentTokens, sentence: Int, persons: [Mention], known: KnownTokens) -> [Mention] {
        guard !persons.isEmpty, !doc.allCaps[sentence] else { return [] }
        let limit = doc.sentences[sentence].upperBound
        var found: [Mention] = []
        // Titles that are also common words (`General Electric`) seed no list.
        for person in persons where !(person.attributes["title"].map { ambiguousTitles.contains($0.lowercased()) } ?? false) {
            var k = person.tokens.upperBound
            guard k < limit else { continue }
            // A parenthetical about the person: `(himself a Chabad member)`.
            if doc.isPunctuation(k, 0x28), let close = (k + 1..<min(limit, k + 12)).first(where: { doc.isPunctuation($0, 0x29) }) {
                k = close + 1
            }
            while k < limit {
                guard doc.isPunctuation(k, 0x2C) || doc.word(k, is: "and") else { break }
                k += 1
                if doc.word(k, is: "and") { k += 1 }
                var end = k
                while end < limit, end - k < 3, PersonRule.isUntitledNameWord(doc, end, known: known) { end += 1 }
                guard end - k >= 2, end == limit || !doc.tokens[end].isCapitalized || doc.tokens[end].kind != .word,
                      // `, Grand Imam of Al Azhar`, `, Skrifstofa Althingis, 150 Reykjavik`: a post or an address, no name.
                      !doc.word(end, in: .afterPosts), !(end < limit && doc.tokens[end].kind == .punctuation && end + 1 < limit
                                                         && doc.tokens[end + 1].kind == .number) else { break }
                let tokens = k..<end
                found.append(.person(doc, tokens, sentence: sentence, rule: name, confidence: 0.6))
                k = end
            }
        }
        return found
    }

    /// `OPDAT's Robert Lipman`, `the IOM's Jane Doe`: two or three name words right after a body's possessive, then a
    /// lower-case word (a verb) or punctuation.
    static func afterBody(in doc: DocumentTokens, sentence: Int, known: KnownTokens) -> [Mention] {
        guard !doc.allCaps[sentence] else { return [] }
        let range = doc.sentences[sentence]
        var found: [Mention] = []
        for k in range where k + 2 < range.upperBound && doc.tokens[k].isPossessive {
            let owner = known[k].map { $0.type == .agency } ?? InstitutionNameRule.isAcronymLike(doc, k)
            guard owner, PersonRule.isUntitledNameWord(doc, k + 1, known: known), PersonRule.isUntitledNameWord(doc, k + 2, known: known) else { continue }
            var end = k + 3
            if end < range.upperBound, PersonRule.isUntitledNameWord(doc, end, known: known) { end += 1 }
            guard end < range.upperBound, !doc.tokens[end].isCapitalized || doc.tokens[end].kind == .punctuation else { continue }
            let tokens = (k + 1)..<end
            found.append(.person(doc, tokens, sentence: sentence, rule: name, confidence: 0.6))
        }
        return found
    }

    static let ambiguousTitles: Set<String> = ["general", "major", "head", "chief", "leader", "father", "sister", "speaker",
                                               "charge", "justice", "representative", "president"]

}

private extension WordSet {
    static let afterPosts: WordSet = ["of", "for", "from", "at", "to", "in"]
}
