/// Cooperation stated as help given to a party's action, or as training given to another body's staff.
extension CooperationRule {
    /// `PANIAMOR, with the UN Interregional Crime and Justice Research Institute and support from the Italian government,
    /// implemented ...`, `IOM repatriated victims with funding from USAID`, `the Subcommittee, with the aid of an IOM
    /// consultant, drafted ...`: the clause's subject and whoever the support came from.
    static func assisted(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for t in facts.range where doc.word(t, in: .supportNouns) && doc.word(t + 1, in: .supportLinks) {
            var w = t - 1
            while w > facts.range.lowerBound, t - w <= 3, !doc.word(w, is: "with") {
                guard doc.word(w, in: SentenceFacts.determiners) || doc.word(w, in: .supportModifiers) else { break }
                w -= 1
            }
            guard doc.word(w, is: "with") else { continue }
            found += pairsFrom(facts, subjectOf: w, partners: partners(facts, from: t + 2).0, rule: "support")
        }
        // `PANIAMOR, with UNICRI and support from ..., implemented`: a partner set off by commas right after the subject.
        // (`The GOCR, with the Ministry of Foreign Trade as the lead ...` and `the Central Bank, with the Ministry's approval` are no
        // partners: the list must end at a comma or at `and`.)
        for m in facts.mentions where doc.isPunctuation(m.tokens.upperBound, 0x2C) && doc.word(m.tokens.upperBound + 1, is: "with") {
            let (listed, end) = partners(facts, from: m.tokens.upperBound + 2)
            guard doc.isPunctuation(end, 0x2C) || doc.word(end, is: "and"), !doc.tokens[end - 1].isPossessive else { continue }
            found += pairsFrom(facts, subjectOf: m.tokens.upperBound + 1, partners: listed, rule: "with")
        }
        return found
    }

    /// `the IOM conducted training programs for officials of Egypt's State Security Investigative Service`,
    /// `UNODC trained 40 prosecutors from the Public Ministry`: the trainer and the body whose staff it trained.
    static func trainings(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for t in facts.range where doc.word(t, in: .trainingWords) {
            let clause = facts.clause(around: t)
            var k = t + 1
            while k < clause.upperBound, k - t <= 8, facts.mention(at: k) == nil {
                if doc.word(k, in: .staffWords), doc.word(k + 1, in: .staffLinks) {
                    found += pairsFrom(facts, subjectOf: t, partners: partners(facts, from: k + 2).0, rule: "training")
                    break
                }
                k += 1
            }
        }
        return found
    }

    /// The parties listed from `start` (articles skipped) to the end of its clause, and where the list ends.
    private static func partners(_ facts: SentenceFacts, from start: Int) -> ([Mention], Int) {
        var k = start
        while facts.doc.word(k, in: SentenceFacts.determiners) { k += 1 }
        return facts.list(from: k, types: partyTypes, limit: facts.clause(around: k).upperBound)
    }

    private static func pairsFrom(_ facts: SentenceFacts, subjectOf verb: Int, partners: [Mention], rule: String) -> [RelationMention] {
        let clause = facts.clause(around: verb)
        let subjects = facts.subject(before: verb, types: partyTypes)
        guard let first = subjects.first, !partners.isEmpty, !facts.isGoverned(first), !facts.isHedged(from: clause.lowerBound, to: verb),
              !facts.isHedged(from: first.tokens.upperBound, to: verb) else { return [] }
        return pairs(subjects, partners, facts, rule: rule)
    }
}

private extension WordSet {
    static let supportNouns: WordSet = ["support", "assistance", "help", "aid", "funding", "financing", "backing", "participation",
                                        "cooperation", "collaboration", "funds", "grant", "grants", "sponsorship"]
    static let supportLinks: WordSet = ["of", "from"]
    static let supportModifiers: WordSet = ["financial", "technical", "logistical", "logistic", "some", "additional", "generous",
                                            "full", "close", "active"]
    static let trainingWords: WordSet = ["trained", "trains", "train", "training", "trainings"]
    static let staffWords: WordSet = ["officials", "officers", "staff", "personnel", "employees", "judges", "prosecutors",
                                      "investigators", "agents", "inspectors", "members", "representatives", "magistrates"]
    static let staffLinks: WordSet = ["of", "from", "at"]
}
