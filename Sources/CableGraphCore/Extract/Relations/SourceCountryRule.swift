/// `TRAFFICKING_ROUTE` from the countries a report names as sources to the country it is about:
/// `Primary source countries continued to be India, Pakistan, Nepal ...` in a cable that says
/// `Bahrain is a destination country`.
enum SourceCountryRule {
    static let name = "source-countries"

    static func apply(_ facts: SentenceFacts, destination: Mention?) -> [RelationMention] {
        guard let destination else { return [] }
        let doc = facts.doc
        var found: [RelationMention] = []
        // `a source country for women trafficked to Turkey` states a country's role (CountryRoleRule), not the sources.
        for t in facts.range where doc.word(t, is: "source") && doc.word(t + 1, in: .countryWords) && !doc.word(t + 2, is: "for") {
            let clause = facts.clause(around: t)
            if facts.isHedged(from: clause.lowerBound, to: t) { continue }
            var k = t + 2
            // `continued to be`, `include`, `are`, `such as`, `:`
            while k < clause.upperBound, k - t <= 6, facts.mention(at: k) == nil, !doc.isPunctuation(k, 0x2E) { k += 1 }
            if doc.isPunctuation(k - 1, 0x3A) == false, k < clause.upperBound, doc.isPunctuation(k, 0x3A) { k += 1 }
            let sources = facts.list(from: k, types: [.country], limit: clause.upperBound).0
            for s in sources where s.key != destination.key {
                found.append(RelationMention(type: .traffickingRoute, source: s, target: destination, sentence: facts.sentence,
                                             confidence: 0.7, rule: name))
            }
        }
        return found
    }

    /// The country the cable calls a destination (`Bahrain is a destination country`), if it is the cable's own.
    static func destination(in extraction: Extraction) -> Mention? {
        guard let country = extraction.country else { return nil }
        let doc = extraction.tokens
        for m in extraction.mentions where m.type == .country && m.key == "country:" + country {
            let range = doc.sentences[m.sentence]
            let window = m.tokens.upperBound..<min(range.upperBound, m.tokens.upperBound + 8)
            if doc.word(m.tokens.upperBound, is: "is") && window.contains(where: { doc.word($0, is: "destination") }) { return m }
        }
        return nil
    }
}

private extension WordSet {
    static let countryWords: WordSet = ["country", "countries"]
}
