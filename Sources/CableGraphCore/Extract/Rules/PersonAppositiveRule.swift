/// People named before their post: `Samba Kaputo, the former and still de facto Special Security Advisor to ...`,
/// `Fnu Nkongolo wa Dila, the Director of Malta Forest`, `Mauricio Cortez, General Manager of ...`, or before `who`
/// (`Svetlana Yakimenko, who runs ...`). Two to four capitalized words, a comma, then a title (`PersonRule.titles`)
/// within a few words, or `who`.
enum PersonAppositiveRule {
    static let name = "person-appositive"

    static func mentions(in doc: DocumentTokens, sentence: Int, known: KnownTokens) -> [Mention] {
        guard !doc.allCaps[sentence] else { return [] }
        let range = doc.sentences[sentence]
        var found: [Mention] = []
        // `Name, the Director`, or in participant lists `-- Adriana Jarquin Coto - Penal Judge`.
        for c in range where (doc.isPunctuation(c, 0x2C) || doc.isPunctuation(c, 0x2D)) && c > range.lowerBound {
            let who = doc.word(c + 1, is: "who")
            guard let title = who ? c + 1 : titleAfter(doc, comma: c, limit: range.upperBound, known: known),
                  let start = nameStart(doc, endingBefore: c, lowerBound: range.lowerBound, known: known) else { continue }
            let tokens = start..<c
            found.append(.person(doc, tokens, sentence: sentence, rule: name, confidence: 0.65,
                                 attributes: who ? [:] : ["title": doc.text(doc.tokens[title])]))
        }
        return found
    }

    /// The title after `, the former ...`: within nine words that are lower case or title words.
    private static func titleAfter(_ doc: DocumentTokens, comma: Int, limit: Int, known: KnownTokens) -> Int? {
        var k = comma + 1
        guard k < limit else { return nil }
        // `, the Director of`, or `, General Manager of` with no article: then the post starts in capitals, perhaps
        // after up to two words of its field (`- Penal Judge`, `- Special Collection Judge`).
        if doc.word(k, in: .articles) {
            k += 1
        } else if !(doc.tokens[k].isCapitalized && (doc.word(k, in: PersonRule.titles) || doc.word(k, in: PersonRule.titleWords))) {
            var j = k
            while j < limit, j - k < 2, doc.tokens[j].kind == .word, doc.tokens[j].isCapitalized, !doc.tokens[j].isAllCaps,
                  !doc.stem(j, in: PersonRule.titles).found { j += 1 }
            guard j > k, j < limit, doc.tokens[j].isCapitalized, !doc.tokens[j].isAllCaps, doc.stem(j, in: PersonRule.titles).found
            else { return nil }
            return j
        }
        while k < limit, k - comma <= 10, doc.tokens[k].kind == .word {
            let t = doc.tokens[k]
            if t.isCapitalized, doc.stem(k, in: PersonRule.titles).found, !t.isAllCaps { return k }
            if !t.isCapitalized, doc.word(k, in: .lowerCaseTitles) { return k }
            // `the company whose director`, `the head of`: a clause or a complement comes before any title.
            // A capitalized word of the post's field may stand right before its title (`Special Collection Judge`).
            let fieldWord = t.isCapitalized && k + 1 < limit && doc.tokens[k + 1].isCapitalized && doc.stem(k + 1, in: PersonRule.titles).found
            // `, a Libyan citizen`: a nationality before the post.
            let nationality = known[k].map { $0.type == .country && $0.isDemonym } ?? false
            guard !doc.word(k, in: .clauseWords), !t.isCapitalized || doc.word(k, in: PersonRule.titleWords) || fieldWord || nationality
            else { return nil }
            k += 1
        }
        return nil
    }

    /// Two to four capitalized words (name particles inside) that end right before the comma and start the
    /// sentence or follow a lower-case word or punctuation.
    private static func nameStart(_ doc: DocumentTokens, endingBefore end: Int, lowerBound: Int, known: KnownTokens) -> Int? {
        var k = end
        var words = 0
        while k > lowerBound, words < 4 {
            let i = k - 1
            let t = doc.tokens[i]
            if words > 0, t.kind == .word, !t.isCapitalized, doc.word(i, in: PersonRule.nameParticles) {
                k = i
                continue
            }
            // `Abdelbasset al-Megrahi`
            if words == 0, PersonRule.isArticleJoinedName(doc, i), known[i] == nil {
                k = i
                words += 1
                continue
            }
            guard !t.isPossessive, PersonRule.isUntitledNameWord(doc, i, known: known), InstitutionNameRule.isNameWord(doc, i)
            else { break }
            k = i
            words += 1
        }
        guard words >= 2, !doc.word(k, in: PersonRule.nameParticles) else { return nil }
        // `Supporting Drummond, the ...`: a sentence that opens on a verb form.
        if k == lowerBound, doc.tokens[k].length > 4, doc.bytes[doc.tokens[k].end - 3..<doc.tokens[k].end].elementsEqual("ing".utf8) {
            return nil
        }
        // The name is the whole run: no capitalized word or title right before it.
        if k > lowerBound {
            let before = doc.tokens[k - 1]
            if before.kind == .word && (before.isCapitalized || doc.word(k - 1, in: PersonRule.titles)) { return nil }
        }
        return k
    }
}

private extension WordSet {
    static let articles: WordSet = ["the", "a", "an", "its", "their", "his", "her"]
    /// Titles that name a post in lower case too (`the recently dismissed director of`); not `head`, `leader`, `father`.
    static let lowerCaseTitles: WordSet = [
        "director", "minister", "ambassador", "president", "secretary", "chairman", "chairwoman", "governor", "mayor",
        "spokesman", "spokeswoman", "spokesperson", "advisor", "adviser", "deputy", "commissioner", "founder", "editor",
        "lawyer", "activist", "journalist", "prosecutor", "judge", "senator", "congressman", "congresswoman", "vice-president",
        // Persons by what they are (`Bilal Abdulla, a doctor who`, `Abdelbasset al-Megrahi, a Libyan citizen`).
        "doctor", "cleric", "citizen", "businessman", "businesswoman", "professor", "student", "poet", "writer", "novelist",
    ]
    static let clauseWords: WordSet = ["of", "that", "which", "who", "whose", "whom", "in", "at", "for", "with", "to", "by",
                                       "from", "on", "is", "was", "are", "were", "has", "had", "have"]
}
