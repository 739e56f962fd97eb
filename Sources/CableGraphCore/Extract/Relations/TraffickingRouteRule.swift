/// `TRAFFICKING_ROUTE`: people moved for exploitation from a place to a place.
///
/// After a trafficking verb, `from` lists origins and `to`/`into`/`in` list destinations
/// (`trafficked to China from Mongolia, Burma, North Korea, Russia, and Vietnam`; `from Guizhou to Shanxi,
/// Fujian, Zhejiang`). A victim's nationality before the verb is an origin (`18 Vietnamese women ... trafficked
/// to Yunnan`; `Chinese women ... forced into commercial sexual exploitation, largely in Taiwan`).
/// Lists expand to one edge per pair; the purpose is read from the sentence.
enum TraffickingRouteRule {
    static let name = "trafficking-route"

    static let triggers: Set<String> = ["trafficked", "trafficking", "traffic", "traffics", "sold", "lured", "transported",
                                        "recruited", "smuggled", "taken", "brought", "exploited", "forced", "moved", "sent",
                                        "enslaved", "deceived", "kidnapped", "abducted"]
    /// Words that say the verb is about trafficking even when it is `sold` or `taken`.
    static let context: Set<String> = ["trafficked", "trafficking", "traffickers", "victims", "victim", "exploitation",
                                       "prostitution", "forced", "labor", "labour", "servitude", "marriage", "brides", "sex", "sexual"]
    static let victims: Set<String> = ["women", "woman", "men", "children", "girls", "boys", "citizens", "nationals", "workers",
                                       "victims", "laborers", "labourers", "migrants", "persons", "people", "minors", "brides",
                                       "maids", "domestics", "individuals"]

    static func apply(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        let words = facts.range.filter { doc.tokens[$0].kind == .word }.map { doc.lowercased($0) }
        guard words.contains(where: { $0.hasPrefix("traffick") || $0 == "exploitation" || $0 == "prostitution" }) else { return [] }
        let purposes = purposes(words)
        var found: [RelationMention] = []
        var seen = Set<String>()
        for t in facts.range where doc.tokens[t].kind == .word && triggers.contains(doc.lowercased(t)) {
            let clause = facts.clause(around: t)
            if facts.isHedged(from: clause.lowerBound, to: t) { continue }
            var origins: [Mention] = []
            var destinations: [Mention] = []
            var k = t + 1
            while k < clause.upperBound {
                let word = doc.tokens[k].kind == .word ? doc.lowercased(k) : ""
                if word == "from" || (word == "out" && doc.word(k + 1, is: "of")) {
                    let (list, end) = facts.list(from: k + (word == "out" ? 2 : 1), types: SentenceFacts.places, limit: clause.upperBound)
                    origins += list
                    k = max(end, k + 1)
                } else if ["to", "into", "in", "toward", "towards", "throughout"].contains(word) {
                    let (list, end) = facts.list(from: k + 1, types: SentenceFacts.places, limit: clause.upperBound)
                    destinations += list
                    k = max(end, k + 1)
                } else if triggers.contains(word) && k > t + 1 {
                    break   // the next verb starts its own reading
                } else {
                    k += 1
                }
            }
            // `from X` before the verb: `Women from Burma are trafficked to Thailand`.
            if origins.isEmpty, let from = (clause.lowerBound..<t).last(where: { doc.word($0, is: "from") }) {
                origins = facts.list(from: from + 1, types: SentenceFacts.places, limit: t).0
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

    /// Countries named as the victims' nationality: a demonym or country right before a victim word.
    static func nationalities(_ facts: SentenceFacts, in range: Range<Int>) -> [Mention] {
        let doc = facts.doc
        var found: [Mention] = []
        for m in facts.mentions where range.contains(m.tokens.lowerBound) && m.type == .country {
            // `Vietnamese women and children`, `North Korean women`, `PRC citizens`
            let k = m.tokens.upperBound
            if k < range.upperBound, doc.tokens[k].kind == .word, victims.contains(doc.lowercased(k)) { found.append(m) }
        }
        return found
    }

    static func purposes(_ words: [String]) -> [String] {
        var found: [String] = []
        let text = Set(words)
        if !text.isDisjoint(with: ["prostitution", "sexual", "sex", "brothels", "brothel", "commercial"]) { found.append("sexual exploitation") }
        if !text.isDisjoint(with: ["labor", "labour", "servitude", "work", "factories", "construction", "fishing", "agriculture", "domestic", "begging"]) {
            found.append("forced labor")
        }
        if !text.isDisjoint(with: ["marriage", "marriages", "brides", "married", "wives"]) { found.append("forced marriage") }
        return found.sorted()
    }
}
