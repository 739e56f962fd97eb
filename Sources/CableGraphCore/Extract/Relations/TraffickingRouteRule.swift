/// `TRAFFICKING_ROUTE`: people moved for exploitation from a place to a place.
///
/// After a trafficking verb, `from` lists origins and `to`/`into`/`in` list destinations
/// (`trafficked to China from Mongolia, Burma, North Korea, Russia, and Vietnam`; `from Guizhou to Shanxi,
/// Fujian, Zhejiang`). A victim's nationality before the verb is an origin (`18 Vietnamese women ... trafficked
/// to Yunnan`; `Chinese women ... forced into commercial sexual exploitation, largely in Taiwan`).
/// Lists expand to one edge per pair; the purpose is read from the sentence. A route written as hyphenated places
/// (`Nairobi-Zurich-Berlin-London`) gives one edge per leg.
enum TraffickingRouteRule {
    static let name = "trafficking-route"

    static let triggers: WordSet = ["trafficked", "trafficking", "traffic", "traffics", "sold", "lured", "transported",
                                        "recruited", "smuggled", "taken", "brought", "exploited", "forced", "moved", "sent",
                                        "enslaved", "deceived", "kidnapped", "abducted", "come", "comes", "came"]
    /// Words that say the verb is about trafficking even when it is `sold` or `taken`.
    static let context: WordSet = ["trafficked", "trafficking", "traffickers", "victims", "victim", "exploitation",
                                       "prostitution", "forced", "labor", "labour", "servitude", "marriage", "brides", "sex", "sexual"]
    static let victims: WordSet = ["women", "woman", "men", "children", "girls", "boys", "citizens", "nationals", "workers",
                                       "victims", "laborers", "labourers", "migrants", "persons", "people", "minors", "brides",
                                       "maids", "domestics", "individuals"]

    static func apply(_ facts: SentenceFacts) -> [RelationMention] {
        chainRoutes(facts) + listedRoutes(facts)
    }

    /// A route written as places joined by hyphens, in a sentence about moving people along routes: `couriers take
    /// indirect routes (Nairobi-Zurich-Berlin-London)`: one edge per leg, in the order written.
    static func chainRoutes(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        guard facts.range.contains(where: { doc.word($0, in: routeWords) }),
              facts.range.contains(where: { doc.word($0, in: movers) }) else { return [] }
        var found: [RelationMention] = []
        var k = 0
        while k < facts.mentions.count {
            let token = facts.mentions[k].tokens
            var end = k
            while end < facts.mentions.count, facts.mentions[end].tokens == token, facts.mentions[end].attributes["compound"] != nil { end += 1 }
            defer { k = max(end, k + 1) }
            // `the Kenya-Somalia border`, `Israeli-Palestinian talks`: a pair of places, not a way between them.
            guard end - k >= 2, !doc.word(token.upperBound, in: pairNouns) else { continue }
            for leg in k..<(end - 1) where facts.mentions[leg].key != facts.mentions[leg + 1].key {
                found.append(RelationMention(type: .traffickingRoute, source: facts.mentions[leg], target: facts.mentions[leg + 1],
                                             sentence: facts.sentence, confidence: 0.7, rule: name))
            }
        }
        return found
    }

    static let routeWords: WordSet = ["route", "routes", "via", "transit", "transited", "itinerary", "itineraries"]
    static let movers: WordSet = ["trafficked", "trafficking", "traffickers", "smuggled", "smuggling", "smugglers", "mules", "couriers",
                                  "victims", "migrants"]
    static let pairNouns: WordSet = ["border", "borders", "talks", "relations", "agreement", "treaty", "war", "conflict", "dialogue",
                                     "cooperation", "summit", "commission", "relationship", "peace", "trade"]

    /// Routes stated with `from` and `to` after a trafficking verb.
    static func listedRoutes(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        guard facts.range.contains(where: { doc.word($0, in: topic) && !ofGoods($0, facts) }) else { return [] }
        let purposes = purposes(facts)
        var found: [RelationMention] = []
        var seen = Set<String>()
        for t in facts.range where doc.tokens[t].kind == .word && doc.word(t, in: triggers) && !ofGoods(t, facts) {
            let clause = facts.clause(around: t)
            if facts.isHedged(from: clause.lowerBound, to: t) { continue }
            var origins: [Mention] = []
            var destinations: [Mention] = []
            var k = t + 1
            while k < clause.upperBound {
                let outOf = doc.word(k, is: "out") && doc.word(k + 1, is: "of")
                if doc.word(k, is: "from") || outOf {
                    let (list, end) = facts.list(from: k + (outOf ? 2 : 1), types: SentenceFacts.places, limit: clause.upperBound)
                    origins += list
                    k = max(end, k + 1)
                } else if doc.word(k, in: toward) {
                    let (list, end) = destinationList(facts, from: k + 1, limit: clause.upperBound)
                    destinations += list
                    k = max(end, k + 1)
                } else if doc.word(k, in: triggers) && k > t + 1 {
                    break   // the next verb starts its own reading
                } else {
                    k += 1
                }
            }
            // `from X` before the verb: `Women from Burma are trafficked to Thailand`.
            if origins.isEmpty, let from = (clause.lowerBound..<t).last(where: { doc.word($0, is: "from") }), doc.word(from - 1, in: victims) {
                origins = facts.list(from: from + 1, types: SentenceFacts.places, limit: t).0
            }
            // `From Chile, victims have been trafficked to ...`: an origin that opens the sentence.
            if origins.isEmpty, doc.word(facts.range.lowerBound, is: "from") {
                origins = facts.list(from: facts.range.lowerBound + 1, types: SentenceFacts.places, limit: t).0
            }
            // A nationality before the verb: `Vietnamese women`, `PRC citizens`.
            if origins.isEmpty {
                origins = nationalities(facts, in: clause.lowerBound..<t)
            }
            guard !origins.isEmpty, !destinations.isEmpty else { continue }
            for o in origins {
                for d in destinations where o.name != d.name || o.key != d.key {
                    let signature = "\(o.key ?? o.name)>\(d.key ?? d.name)"
                    guard seen.insert(signature).inserted else { continue }
                    var attributes: [String: String] = [:]
                    if !purposes.isEmpty { attributes["purpose"] = purposes.joined(separator: ";") }
                    found.append(RelationMention(type: .traffickingRoute, source: o, target: d, sentence: facts.sentence,
                                                 confidence: 0.8, rule: name, attributes: attributes))
                }
            }
        }
        return found
    }

    /// Destinations after `to`: a list, which may open with a group and its members in parentheses (`to neighboring
    /// countries (Argentina, Peru, Bolivia), the U.S., Europe, and Asia`).
    static func destinationList(_ facts: SentenceFacts, from start: Int, limit: Int) -> ([Mention], Int) {
        let doc = facts.doc
        let direct = facts.list(from: start, types: SentenceFacts.places, limit: limit)
        guard direct.0.isEmpty else { return direct }
        var k = start
        while k < limit, k - start < 4, doc.tokens[k].kind == .word, !doc.tokens[k].isCapitalized || doc.word(k, in: SentenceFacts.determiners) { k += 1 }
        guard k > start, doc.isPunctuation(k, 0x28) else { return direct }
        var (inner, end) = facts.list(from: k + 1, types: SentenceFacts.places, limit: limit)
        guard !inner.isEmpty, doc.isPunctuation(end, 0x29) else { return direct }
        let (rest, restEnd) = facts.list(from: end + 1, types: SentenceFacts.places, limit: limit)
        inner += rest
        end = rest.isEmpty ? end + 1 : restEnd
        return (inner, end)
    }

    /// Countries named as the victims' nationality: a demonym or country right before a victim word.
    static func nationalities(_ facts: SentenceFacts, in range: Range<Int>) -> [Mention] {
        let doc = facts.doc
        var found: [Mention] = []
        for m in facts.mentions where range.contains(m.tokens.lowerBound) && m.type == .country {
            // `Vietnamese women and children`, `North Korean women`, `PRC citizens`
            let k = m.tokens.upperBound
            if k < range.upperBound, doc.tokens[k].kind == .word, doc.word(k, in: victims) { found.append(m) }
        }
        return found
    }

    /// `drug trafficking`, `arms smuggled`, `cocaine trafficked`: goods, not people.
    static func ofGoods(_ t: Int, _ facts: SentenceFacts) -> Bool {
        (1...2).contains { facts.range.contains(t - $0) && facts.doc.word(t - $0, in: goods) }
    }

    static let goods: WordSet = ["drug", "drugs", "narcotics", "narcotic", "cocaine", "heroin", "opium", "arms", "weapons",
                                     "weapon", "firearms", "gun", "guns", "wildlife", "ivory", "timber", "oil", "fuel", "diesel",
                                     "cigarettes", "tobacco", "goods", "contraband", "cash", "currency", "nuclear", "uranium",
                                     "antiquities", "counterfeit", "precursor", "precursors", "methamphetamine", "marijuana"]
    static let topic: WordSet = ["trafficked", "trafficking", "traffickers", "trafficker", "traffic", "exploitation", "prostitution"]
    static let toward: WordSet = ["to", "into", "in", "toward", "towards", "throughout"]
    static let purposeWords: [(String, WordSet)] = [
        ("forced labor", ["labor", "labour", "servitude", "work", "factories", "construction", "fishing", "agriculture", "domestic", "begging"]),
        ("forced marriage", ["marriage", "marriages", "brides", "married", "wives"]),
        ("sexual exploitation", ["prostitution", "sexual", "sex", "brothels", "brothel", "commercial"]),
    ]

    /// The purposes the sentence states, sorted.
    static func purposes(_ facts: SentenceFacts) -> [String] {
        purposeWords.filter { purpose in facts.range.contains { facts.doc.word($0, in: purpose.1) } }.map(\.0)
    }
}
