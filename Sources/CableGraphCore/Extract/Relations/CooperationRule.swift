/// `COOPERATES_WITH`: the text says two parties work together.
///
/// `X is working with Y`, `X partnered with Y`, `in cooperation with`, `signed memoranda of understanding with
/// Cambodia and Vietnam`, `X, funded by Y`, and a conjoined subject of a joint verb (`Guangxi Zhuang Autonomous
/// Region and Vietnam reportedly meet monthly`). Negated or planned statements (`does not have an MOU with`,
/// `plans to cooperate with`) give no edge.
enum CooperationRule {
    static let name = "cooperation"

    /// Verbs (and nouns) that take their partner after `with`.
    static let withTriggers: WordSet = [
        "work", "works", "worked", "working", "partnered", "partnering", "partner", "partners", "partnership", "cooperate",
        "cooperates", "cooperated", "cooperating", "cooperation", "co-operate", "co-operation", "collaborate", "collaborates",
        "collaborated", "collaborating", "collaboration", "coordinate", "coordinates", "coordinated", "coordinating",
        "coordination", "understanding", "mou", "mous", "moa", "agreement", "agreements", "memorandum", "memoranda",
        "jointly", "together", "teamed", "liaise", "liaises", "liaised", "liaising", "allied", "cooperative", "conjunction", "concert",
    ]
    /// Verbs whose conjoined subject cooperates (`China and Vietnam signed ...`, `... meet monthly`).
    static let jointVerbs: WordSet = ["meet", "met", "meets", "signed", "sign", "cooperate", "cooperated", "cooperates",
                                          "conducted", "held", "hold", "launched", "established", "agreed", "collaborate",
                                          "collaborated", "collaborates", "partnered", "teamed", "organized", "organised",
                                          "hosted", "co-hosted", "co-sponsored", "cosponsored", "implemented", "created",
                                          "developed", "drafted", "trained", "opened"]
    static let partyTypes: Set<NodeType> = [.agency, .country, .province, .city, .program]

    static func apply(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for t in facts.range where doc.tokens[t].kind == .word && !facts.isCompoundParticiple(t) {
            if doc.word(t, in: withTriggers), !facts.isTitleWord(t) || doc.word(t, in: .agreementNouns), let with = withAfter(facts, t) {
                let subjects = facts.subject(before: t, types: partyTypes)
                guard !subjects.isEmpty, !facts.isHedged(from: subjects.first!.tokens.upperBound, to: with) else { continue }
                if facts.isHedged(from: facts.clause(around: t).lowerBound, to: subjects.first!.tokens.lowerBound) { continue }
                var start = with + 1
                // `its partners in X` is membership (MembershipRule), not cooperation.
                if doc.word(start, is: "its") && doc.word(start + 1, in: .partnerWords) { continue }
                while doc.word(start, in: SentenceFacts.determiners) { start += 1 }
                let partners = facts.list(from: start, types: partyTypes, limit: facts.clause(around: t).upperBound).0
                found += pairs(subjects, partners, facts, rule: "with")
            } else if doc.word(t, in: .fundingVerbs), doc.word(t + 1, is: "by") {
                // `X, funded by Y`
                let clause = facts.clause(around: t)
                // `the democracy survey for Costa Rica funded by USAID` funds the survey, not the country.
                let subjects = facts.list(endingAt: doc.isPunctuation(t - 1, 0x2C) ? t - 1 : t, types: partyTypes)
                if let first = subjects.first, facts.isGoverned(first) { continue }
                let funders = facts.list(from: t + 2, types: partyTypes, limit: clause.upperBound).0
                if !facts.isHedged(from: clause.lowerBound, to: t) { found += pairs(subjects, funders, facts, rule: "funded-by") }
            } else if doc.word(t, in: jointVerbs) {
                var k = t
                while k > facts.range.lowerBound, doc.tokens[k - 1].kind == .word,
                      doc.word(k - 1, in: SentenceFacts.verbChain) || doc.word(k - 1, in: .frequencies) {
                    k -= 1
                }
                // `Nairobi, Kenya to meet with donors` is a purpose; `the region where Brazil, Paraguay, and Argentina meet` a place.
                if doc.word(k, is: "to") { continue }
                var subjects = facts.list(endingAt: k, types: [.agency, .country, .province, .city])
                // `UNICEF, the National Coalition, and PANI, launched the campaign`: a listed subject set off by a comma.
                if subjects.isEmpty, doc.isPunctuation(k - 1, 0x2C) {
                    let listed = facts.list(endingAt: k - 1, types: [.agency, .country, .province, .city])
                    if listed.count >= 2, isConjoined(listed, facts), opensClause(listed[0], facts) { subjects = listed }
                }
                guard subjects.count >= 2, !facts.isHedged(from: facts.clause(around: t).lowerBound, to: t),
                      !doc.word(subjects[0].tokens.lowerBound - 1, is: "where") else { continue }
                // Only verbs of joint action count: `meet`, or a joint object (`signed an agreement`, `held joint ...`).
                // Bodies (not only countries) named together as the subject of an action did it together (`the Ministry of
                // Labor and SERNAM conducted seminars`); countries need more (`Brazil and Argentina held elections`).
                let joint = doc.word(t, in: .meetVerbs)
                    || (t + 1..<min(t + 5, facts.range.upperBound)).contains { doc.word($0, in: .jointObjects) }
                    || (!doc.word(t, is: "agreed") && subjects.contains { $0.type == .agency } && isConjoined(subjects, facts))
                guard joint, !meetsAnObject(facts, t) else { continue }
                for i in 0..<subjects.count { for j in (i + 1)..<subjects.count {
                    found.append(RelationMention(type: .cooperatesWith, source: subjects[i], target: subjects[j], sentence: facts.sentence,
                                                 confidence: 0.7, rule: name))
                } }
            }
        }
        return found + assisted(facts) + trainings(facts)
    }

    /// The `with` that introduces a partner, right after the trigger or within four words
    /// (`memoranda of understanding with`, `working closely with`, `work together with`).
    private static func withAfter(_ facts: SentenceFacts, _ t: Int) -> Int? {
        let doc = facts.doc
        var k = t + 1
        while k < facts.range.upperBound, k - t <= 4 {
            if doc.word(k, is: "with") { return k }
            // `working closely with`, `memoranda of understanding with`; not `a working dinner with`.
            guard doc.isPunctuation(k, 0x28) || doc.isPunctuation(k, 0x29) || doc.word(k, in: .betweenTriggerAndWith),
                  facts.mention(at: k) == nil || doc.word(k, in: .mou) else { return nil }
            k += 1
        }
        return nil
    }

    /// Whether listed names are joined by `and` before the last (`A, B, and C`), not merely adjacent (`the UK Home Office`,
    /// `the Ministry of Exterior Relations (MRE), Division of Intellectual Property`).
    static func isConjoined(_ items: [Mention], _ facts: SentenceFacts) -> Bool {
        guard items.count >= 2 else { return false }
        var k = items[items.count - 1].tokens.lowerBound - 1
        while facts.doc.word(k, in: SentenceFacts.determiners) { k -= 1 }
        return facts.doc.word(k, is: "and") || facts.doc.word(k, is: "&")
    }

    /// Whether a name opens its clause, perhaps after an opening phrase with no name in it (`In October, UNICEF ...`).
    static func opensClause(_ m: Mention, _ facts: SentenceFacts) -> Bool {
        var k = m.tokens.lowerBound - 1
        while facts.doc.word(k, in: SentenceFacts.determiners) { k -= 1 }
        if k < facts.range.lowerBound { return true }
        guard facts.doc.isPunctuation(k, 0x2C) else { return false }
        let start = facts.clause(around: k).lowerBound
        return !facts.mentions.contains { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= k }
    }

    /// `Britain and France meet the NATO benchmark`: `meet` with an object that is not a time is to satisfy it.
    private static func meetsAnObject(_ facts: SentenceFacts, _ t: Int) -> Bool {
        let doc = facts.doc
        guard doc.word(t, in: .meetWords), doc.word(t + 1, in: .objectDeterminers) else { return false }
        let window = (t + 2)..<min(t + 6, facts.range.upperBound)
        return !window.contains { doc.word($0, in: .timeWords) || doc.word($0, in: NameLexicon.calendarWords) || doc.word($0, is: "with") }
    }

    static func pairs(_ a: [Mention], _ b: [Mention], _ facts: SentenceFacts, rule: String) -> [RelationMention] {
        var out: [RelationMention] = []
        for x in a { for y in b where x.name != y.name || x.key != y.key {
            out.append(RelationMention(type: .cooperatesWith, source: x, target: y, sentence: facts.sentence, confidence: 0.8,
                                       rule: "\(name)-\(rule)"))
        } }
        return out
    }
}

private extension WordSet {
    static let fundingVerbs: WordSet = ["funded", "financed", "sponsored", "supported"]
    static let meetVerbs: WordSet = ["meet", "met", "meets", "cooperate", "cooperated", "cooperates", "collaborate", "collaborated",
                                     "collaborates", "partnered", "teamed"]
    static let jointObjects: WordSet = ["joint", "agreement", "agreements", "mou", "memorandum", "memoranda", "accord", "treaty", "protocol"]
    static let partnerWords: WordSet = ["partners", "members", "fellow"]
    static let frequencies: WordSet = ["monthly", "regularly", "annually", "weekly", "periodically"]
    static let mou: WordSet = ["mou", "mous"]
    static let meetWords: WordSet = ["meet", "met", "meets"]
    static let objectDeterminers: WordSet = ["the", "their", "its", "all", "these", "those", "this", "a", "an", "his", "her", "our",
                                             "both", "any", "most", "many", "several"]
    static let timeWords: WordSet = ["day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "afternoon",
                                     "evening", "night", "weekend", "time", "times", "occasion", "sidelines", "margins"]
    static let agreementNouns: WordSet = ["understanding", "mou", "mous", "moa", "agreement", "agreements", "memorandum", "memoranda"]
    static let betweenTriggerAndWith: WordSet = [
        "closely", "together", "jointly", "directly", "actively", "hand", "in", "of", "understanding", "agreement", "agreements",
        "effectively", "well", "extensively", "very", "also", "further", "more", "cooperatively", "memorandum", "memoranda",
        "mou", "mous", "moa", "intensively", "regularly", "successfully", "fully", "bilaterally", "tirelessly", "constructively",
        "productively", "hard", "a", "an", "the", "bilateral", "formal", "close", "closer", "strategic", "cooperation",
        "conjunction", "concert", "itself", "themselves", "relationship", "relationships", "ties",
    ]
}
