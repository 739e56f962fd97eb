/// People named without a title, from a given name the gazetteer knows: `Adolf Shayevich of the Moscow Choral
/// Synagogue`, `Maria del Rocio Cerdas Quesada`. The given name, then one to three more name words (particles between
/// them); every word capitalized, not in capitals, unknown to the dictionaries, and no title, head, calendar word or
/// place head.
enum PersonGivenNameRule {
    static let name = "person-given-name"

    static func mentions(in doc: DocumentTokens, sentence: Int, known: KnownTokens, given: GivenNames) -> [Mention] {
        guard !doc.allCaps[sentence], !given.isEmpty else { return [] }
        let range = doc.sentences[sentence]
        var found: [Mention] = []
        var i = range.lowerBound
        while i + 1 < range.upperBound {
            defer { i += 1 }
            let t = doc.tokens[i]
            // The cheap byte tests first: this runs on every token.
            guard t.kind == .word, t.length >= 3, isUpper(doc.bytes[t.start]), doc.word(i, in: given.names) else { continue }
            // After a capitalized word it is inside a longer name (`Camp David`; after a title, the title rule's);
            // after `the` it names a thing (`the Christian Science Monitor`).
            // A place before it is no part of the name (`Paris Yves Bot`).
            if i > range.lowerBound, doc.tokens[i - 1].kind == .word, doc.tokens[i - 1].isCapitalized || doc.word(i - 1, is: "the"),
               !(isPlace(known[i - 1]) && !doc.word(i, in: given.commonWords)) {
                continue
            }
            guard PersonRule.isUntitledNameWord(doc, i, known: known) || isTownNamedLikeAPerson(doc, i, known: known, given: given)
            else { continue }
            // At a sentence's start a name that is also a word (`Will`, `Grant`) needs a long name after it
            // (`Maria del Rocio Cerdas Quesada`).
            let wordAtStart = doc.word(i, in: given.commonWords) && startsSentence(doc, i, range)
            var end = i + 1
            var words = 1
            var k = i + 1
            while k < range.upperBound, words < 4, !doc.tokens[k - 1].isPossessive {
                if doc.word(k, in: PersonRule.nameParticles), let next = PersonRule.particleEnd(doc, from: k, limit: range.upperBound) {
                    k = next
                }
                // Cables are ASCII: a word starting with another byte (`¶2008`) is no name.
                guard PersonRule.isUntitledNameWord(doc, k, known: known), isUpper(doc.bytes[doc.tokens[k].start]) else { break }
                words += 1
                k += 1
                end = k
            }
            guard words >= (wordAtStart ? 3 : 2) else { continue }
            // `Jorge Chavez International Airport`, `Kofi Annan Foundation`: a capitalized word after it makes the name a
            // place's or a body's.
            if end < range.upperBound, !doc.tokens[end - 1].isPossessive, doc.tokens[end].kind == .word, doc.tokens[end].isCapitalized {
                i = end - 1
                continue
            }
            let tokens = i..<end
            found.append(.person(doc, tokens, sentence: sentence, rule: name, confidence: 0.6))
            i = end - 1
        }
        return found
    }

    /// A given name that the dictionary also knows as a town or division, alone (`Vladimir` in `Vladimir Bozhko`): the
    /// name word after it makes it a person's, unless a preposition of place comes first (`Ambassador in Washington Luis
    /// Gallegos`).
    static func isTownNamedLikeAPerson(_ doc: DocumentTokens, _ k: Int, known: KnownTokens, given: GivenNames) -> Bool {
        guard let span = known[k], span.tokens == k..<(k + 1), span.type == .city || span.type == .province,
              doc.tokens[k].isCapitalized, !doc.tokens[k].isAllCaps, !doc.tokens[k].isPossessive,
              !doc.word(k - 1, in: placePrepositions),
              // `Paris Yves Bot`: the town, then the person.
              !doc.word(k + 1, in: given.names) else { return false }
        return PersonRule.isUntitledNameWord(doc, k + 1, known: known)
    }

    static func isPlace(_ span: KnownTokens.Span?) -> Bool {
        span.map { SentenceFacts.places.contains($0.type) } ?? false
    }

    static let placePrepositions: WordSet = ["in", "to", "from", "at", "near", "outside", "via", "toward", "towards"]

    /// Only punctuation (a bullet, a parenthesis) comes before token `k` in its sentence.
    static func startsSentence(_ doc: DocumentTokens, _ k: Int, _ range: Range<Int>) -> Bool {
        var j = range.lowerBound
        while j < k, doc.tokens[j].kind == .punctuation { j += 1 }
        return j == k
    }
}
