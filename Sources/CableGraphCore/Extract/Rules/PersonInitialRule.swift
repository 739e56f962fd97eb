/// People written with a middle initial: `Ariel O. Lijo`, `Virginia M. Hernandez Covington`. A capitalized word, one
/// capital and a dot, then one or two capitalized words; no word of it is a known place or body, a title or a head.
enum PersonInitialRule {
    static let name = "person-initial"

    static func mentions(in doc: DocumentTokens, sentence: Int, known: KnownTokens) -> [Mention] {
        guard !doc.allCaps[sentence] else { return [] }
        let range = doc.sentences[sentence]
        var found: [Mention] = []
        var i = range.lowerBound
        while i + 3 < range.upperBound {
            defer { i += 1 }
            let initial = doc.tokens[i + 1]
            // The cheap byte tests first: this runs on every token.
            guard initial.length == 1, initial.kind == .word, isUpper(doc.bytes[initial.start]), doc.isPunctuation(i + 2, 0x2E),
                  PersonRule.isUntitledNameWord(doc, i, known: known), PersonRule.isUntitledNameWord(doc, i + 3, known: known),
                  // `Washington D. C.`, `U. S.`: an initial after the first word only, and no second initial.
                  !(doc.tokens[i].length == 1), !(i > range.lowerBound && doc.tokens[i - 1].kind == .word && doc.tokens[i - 1].isCapitalized)
            else { continue }
            var end = i + 4
            if end < range.upperBound, PersonRule.isUntitledNameWord(doc, end, known: known), !doc.tokens[i + 3].isPossessive { end += 1 }
            // `John F. Kennedy Airport`, `George C. Marshall Center`: a place or body named after a person.
            if end < range.upperBound, doc.tokens[end].isCapitalized,
               doc.word(end, in: PersonRule.nonPersonHeads) || NameLexicon.headType(doc, end) != nil || known[end] != nil {
                i = end - 1
                continue
            }
            let tokens = i..<end
            found.append(.person(doc, tokens, sentence: sentence, rule: name, confidence: 0.7))
            i = end - 1
        }
        return found
    }

}
