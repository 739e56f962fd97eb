/// `TRAFFICKING_ROUTE` from the role a report gives a country: `Libya is a transit and destination country for
/// men and women from sub-Saharan Africa and Asia` (origins to Libya); `Moldova is a source country for women
/// trafficked to Turkey, Russia and the UAE` (Moldova to each destination). The usual first sentence of a
/// Trafficking in Persons report.
enum CountryRoleRule {
    static let name = "country-role"

    static func apply(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for subject in facts.mentions where subject.type == .country && doc.word(subject.tokens.upperBound, in: .copulas) {
            // The role: `is (both) a (major) source, transit, and destination country`.
            var k = subject.tokens.upperBound
            var roles = Set<String>()
            while k < facts.range.upperBound, k - subject.tokens.upperBound <= 12 {
                if doc.word(k, is: "source") || doc.word(k, is: "origin") { roles.insert("source") }
                if doc.word(k, is: "transit") || doc.word(k, is: "destination") { roles.insert("destination") }
                if doc.word(k, in: .countryWords) { break }
                guard doc.word(k, in: .roleFillers) || doc.isPunctuation(k, 0x2C) else { roles = []; break }
                k += 1
            }
            guard !roles.isEmpty, doc.word(k, in: .countryWords), doc.word(k + 1, is: "for") else { continue }
            let clause = facts.clause(around: k)
            if facts.isHedged(from: subject.tokens.lowerBound, to: k) { continue }
            // `for men and women`, `for trafficked women`: people, not `for smuggled goods`.
            guard (k + 2..<max(k + 2, min(clause.upperBound, k + 8))).contains(where: { doc.word($0, in: TraffickingRouteRule.victims) }),
                  !(k + 2..<max(k + 2, min(clause.upperBound, k + 80))).contains(where: { doc.word($0, in: TraffickingRouteRule.goods) })
            else { continue }
            var origins: [Mention] = []
            var destinations: [Mention] = []
            var t = k + 2
            // The places follow the role within a sentence's length; a run-on block is not read further.
            let end = min(clause.upperBound, k + 80)
            while t < end {
                if doc.word(t, is: "from") {
                    let (list, after) = facts.list(from: t + 1, types: SentenceFacts.places, limit: end)
                    origins += list
                    t = max(after, t + 1)
                } else if doc.word(t, in: .toward), doc.word(t - 1, in: TraffickingRouteRule.triggers) {
                    let (list, after) = facts.list(from: t + 1, types: SentenceFacts.places, limit: end)
                    destinations += list
                    t = max(after, t + 1)
                } else {
                    t += 1
                }
            }
            if roles.contains("destination") {
                for o in origins where o.key != subject.key || o.name != subject.name {
                    found.append(RelationMention(type: .traffickingRoute, source: o, target: subject, sentence: facts.sentence,
                                                 confidence: 0.75, rule: name))
                }
            }
            if roles.contains("source") {
                for d in destinations where d.key != subject.key || d.name != subject.name {
                    found.append(RelationMention(type: .traffickingRoute, source: subject, target: d, sentence: facts.sentence,
                                                 confidence: 0.75, rule: name))
                }
            }
        }
        return found
    }
}

private extension WordSet {
    static let copulas: WordSet = ["is", "was", "remains", "remained", "became", "becomes", "has", "continues", "continued"]
    static let roleFillers: WordSet = ["is", "was", "remains", "remained", "became", "becomes", "has", "have", "been", "be",
                                       "continues", "continued", "to", "a", "an", "both", "major", "significant", "primarily",
                                       "principally", "mainly", "mostly", "largely", "also", "and", "or", "source", "origin",
                                       "transit", "destination", "increasingly", "growing", "important", "key", "primary"]
    static let countryWords: WordSet = ["country", "countries", "nation", "point"]
    static let toward: WordSet = ["to", "into", "in", "toward", "towards"]
}
