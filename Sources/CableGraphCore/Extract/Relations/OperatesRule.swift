/// `OPERATES`: an agency runs a program or body — `MPS held the first Inter-Ministerial Joint Conference
/// System (IMCS) meeting`, `the plan was released by the State Council`, `the ACWF "Spring Rain" campaign`,
/// `uses its Border Liaison Offices`. And `LOCATED_IN` for the places such work is done in: `SCUK has
/// implemented programs in Yunnan province`, `UNICEF ... run projects in China`.
enum OperatesRule {
    static let name = "operates"

    static let verbs: WordSet = [
        "runs", "run", "running", "operates", "operate", "operated", "operating", "launched", "launches", "launch",
        "held", "holds", "hold", "hosted", "hosts", "host", "led", "leads", "lead", "leading", "manages", "manage",
        "managed", "managing", "implemented", "implements", "implement", "implementing", "released", "releases",
        "established", "establishes", "establish", "created", "creates", "founded", "organized", "organizes",
        "organised", "sponsored", "sponsors", "conducted", "conducts", "administers", "administered", "oversees",
        "oversaw", "chairs", "chaired", "opened", "opens", "uses", "used", "maintains", "maintained", "funds", "funded",
        "initiated", "initiates", "started", "developed", "drafted", "issued", "adopted", "convened", "convenes",
    ]
    static let operators: Set<NodeType> = [.agency, .country, .province]
    static let operated: Set<NodeType> = [.program, .agency]
    /// Generic things an agency runs in a place.
    static let work: WordSet = ["programs", "programmes", "projects", "program", "project", "shelters", "shelter", "offices",
                                    "office", "activities", "operations", "trainings", "training", "centers", "centres",
                                    "campaigns", "workshops", "hotlines", "branches", "presence"]

    static func apply(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for t in facts.range where doc.tokens[t].kind == .word && doc.word(t, in: verbs) && !facts.isTitleWord(t) {
            let clause = facts.clause(around: t)
            if facts.isCompoundParticiple(t) {
                // `the FBI-led Transnational Anti-gang Unit`, `a USAID-funded program`: the body before the hyphen runs what
                // follows; a country only a program (`the French-led EU` is no French body).
                if doc.word(t, in: .compoundVerbs), let agent = facts.mention(at: t - 2), agent.tokens.upperBound == t - 1,
                   operators.contains(agent.type), let object = facts.mention(at: t + 1), object.tokens.lowerBound == t + 1,
                   object.type == .program || (object.type == .agency && agent.type == .agency) {
                    found += pairs([agent], [object], facts, confidence: 0.75)
                }
                continue
            }
            if doc.word(t + 1, is: "by") {
                // Passive: `<Program> was released by <Agency>`.
                let agents = facts.list(from: t + 2, types: operators, limit: clause.upperBound).0
                var k = t
                while k > clause.lowerBound, doc.tokens[k - 1].kind == .word, doc.word(k - 1, in: SentenceFacts.verbChain) { k -= 1 }
                let objects = facts.list(endingAt: k, types: operated)
                if !facts.isHedged(from: clause.lowerBound, to: t) { found += pairs(agents, objects, facts, confidence: 0.85) }
                continue
            }
            let subjects = facts.subject(before: t, types: operators)
            guard let first = subjects.first, !facts.isHedged(from: first.tokens.upperBound, to: t) else { continue }
            var k = t + 1
            while k < clause.upperBound, doc.word(k, in: SentenceFacts.determiners) || doc.word(k, in: .ordinals) { k += 1 }
            let (listed, listEnd) = facts.list(from: k, types: operated, limit: clause.upperBound)
            // `leads IOM and the PDI to think`: to lead someone to do something runs nothing.
            if doc.word(t, in: .leadVerbs), !listed.isEmpty, doc.word(listEnd, is: "to"), listEnd + 1 < clause.upperBound,
               doc.tokens[listEnd + 1].kind == .word, !doc.tokens[listEnd + 1].isCapitalized { continue }
            let objects = listed.filter { runnable($0, by: t, facts) }
            found += pairs(subjects, objects, facts, confidence: 0.8)
            // `implemented programs in Yunnan province`: where the work is done.
            if objects.isEmpty, doc.word(k, in: work) {
                var j = k + 1
                while j < clause.upperBound, j - k <= 3, !doc.word(j, is: "in") { j += 1 }
                if doc.word(j, is: "in") {
                    let places = facts.list(from: j + 1, types: SentenceFacts.places, limit: clause.upperBound).0
                    for s in subjects where s.type == .agency {
                        for p in places { found.append(RelationMention(type: .locatedIn, source: s, target: p, sentence: facts.sentence,
                                                                       confidence: 0.7, rule: "\(name)-in-place")) }
                    }
                }
            }
        }
        found += possessivePrograms(facts)
        return found
    }

    /// An agency is run only through verbs of running it (`oversees the National Police`, `established a
    /// commission`), and only when it is the object itself, not a modifier (`implement UN Security Council
    /// resolutions`, `INL funded DEA classes`).
    private static func runnable(_ object: Mention, by verb: Int, _ facts: SentenceFacts) -> Bool {
        guard object.type == .agency else { return true }
        guard facts.doc.word(verb, in: .agencyVerbs) else { return false }
        var k = object.tokens.upperBound
        if facts.doc.isPunctuation(k, 0x28), let inner = facts.mention(at: k + 1), facts.doc.isPunctuation(inner.tokens.upperBound, 0x29) {
            k = inner.tokens.upperBound + 1
        }
        guard k < facts.range.upperBound, facts.doc.tokens[k].kind == .word else { return true }
        return facts.doc.word(k, in: .functionWords) || facts.mention(at: k) != nil
    }

    /// `the All China Women's Federation (ACWF) "Spring Rain" campaign`, `UNICEF's program`: an agency
    /// named right before a program runs it.
    private static func possessivePrograms(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for (i, m) in facts.mentions.enumerated() where m.type == .program && i > 0 {
            var k = m.tokens.lowerBound - 1
            if doc.isPunctuation(k, 0x22) { k -= 1 }
            if doc.isPunctuation(k, 0x29), let acronym = facts.mention(at: k - 1), doc.isPunctuation(acronym.tokens.lowerBound - 1, 0x28) {
                k = acronym.tokens.lowerBound - 2
            }
            guard let owner = facts.mention(at: k), owner.tokens.upperBound == k + 1, owner.type == .agency else { continue }
            found.append(RelationMention(type: .operates, source: owner, target: m, sentence: facts.sentence, confidence: 0.75,
                                         rule: "\(name)-possessive"))
        }
        return found
    }

    private static func pairs(_ agents: [Mention], _ objects: [Mention], _ facts: SentenceFacts, confidence: Double) -> [RelationMention] {
        var out: [RelationMention] = []
        for a in agents { for o in objects where a.name != o.name || a.key != o.key {
            out.append(RelationMention(type: .operates, source: a, target: o, sentence: facts.sentence, confidence: confidence, rule: name))
        } }
        return out
    }
}

private extension WordSet {
    /// Participles of running or paying for something, in compounds (`FBI-led`, `IOM-run`, `USAID-funded`).
    static let compoundVerbs: WordSet = ["led", "run", "operated", "administered", "managed", "funded", "sponsored", "organized",
                                         "organised"]
    static let leadVerbs: WordSet = ["led", "leads", "lead", "leading"]
    static let agencyVerbs: WordSet = [
        "runs", "run", "running", "operates", "operate", "operated", "operating", "manages", "manage", "managed", "managing",
        "established", "establishes", "establish", "created", "creates", "founded", "oversees", "oversaw", "administers",
        "administered", "leads", "led", "lead", "leading", "chairs", "chaired", "opened", "opens", "convened", "convenes",
        "organized", "organizes", "organised", "hosted", "hosts", "host", "held", "holds", "hold", "launched", "uses", "used",
        "maintains", "maintained",
    ]
    static let functionWords: WordSet = [
        "and", "or", "in", "to", "of", "for", "with", "on", "at", "by", "from", "as", "that", "which", "who", "since", "during",
        "under", "through", "into", "until", "after", "before", "while", "when", "where", "but", "is", "are", "was", "were",
        "has", "have", "had", "will", "would", "also", "last", "this", "each", "every", "about", "against", "among",
    ]
    static let ordinals: WordSet = ["first", "second", "new", "two", "three", "several", "annual"]
}
