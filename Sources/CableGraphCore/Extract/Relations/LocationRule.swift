/// `LOCATED_IN`: a body named with the place it sits in — `Border Liaison Offices (BLOs) in Yunnan and Guangxi
/// Provinces`, `the IOM office in Kunming`, `Woolwich Crown Court in south London`, `the Israeli Embassy in Russia`,
/// `the Caracas-based NGO PROVEA`, `the Chinese firm SinoHydro`, `MWPS, based in Manama`.
enum LocationRule {
    static let name = "located-in"

    static func apply(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for m in facts.mentions where m.type == .agency || m.type == .program {
            var k = m.tokens.upperBound
            if doc.isPunctuation(k, 0x28), let inner = facts.mention(at: k + 1), doc.isPunctuation(inner.tokens.upperBound, 0x29) {
                k = inner.tokens.upperBound + 1
            }
            // `MWPS, based in Manama`, `which is headquartered in`
            var k2 = k
            if doc.isPunctuation(k2, 0x2C) { k2 += 1 }
            while doc.word(k2, in: .copulas) { k2 += 1 }
            if doc.word(k2, in: .seatVerbs), doc.word(k2 + 1, in: .inAt) {
                k = k2 + 1
            } else if doc.word(k, in: .seatWords) {
                k += 1
            }
            guard doc.word(k, in: .inAt) else { continue }
            var start = k + 1
            while facts.mention(at: start) == nil, doc.word(start, in: .compassWords) || doc.word(start, is: "the") { start += 1 }
            // A mission abroad sits in a country too; a ministry `in China` is only China's.
            let types: Set<NodeType> = isMission(m, doc) || doc.word(k - 1, in: .seatVerbs) ? [.province, .city, .country] : [.province, .city]
            let places = facts.list(from: start, types: types, limit: facts.clause(around: k).upperBound).0
            for p in places {
                found.append(RelationMention(type: .locatedIn, source: m, target: p, sentence: facts.sentence, confidence: 0.7, rule: name))
            }
        }
        return found + basedBodies(facts)
    }

    /// `the Caracas-based NGO PROVEA`, `Caracas based human rights NGO PROVEA`, `the Chinese firm SinoHydro`, `the Libyan
    /// NGOs the Waatasimu Charity Association and ...`: a place or nationality before a body, through a few common words.
    static func basedBodies(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for p in facts.mentions where SentenceFacts.places.contains(p.type) && p.type != .region {
            var k = p.tokens.upperBound
            if doc.isPunctuation(k, 0x2D), doc.word(k + 1, is: "based") {
                k += 2
            } else if doc.word(k, is: "based") {
                k += 1
            } else if p.type == .country, p.attributes["demonym"] != nil, doc.word(k, in: .bodyKinds) {
                k += 1
            } else {
                continue
            }
            // Lower-case descriptions between (`human rights NGO`), then perhaps an article.
            let start = k
            while k < facts.range.upperBound, k - start < 5, doc.tokens[k].kind == .word, !doc.tokens[k].isCapitalized || doc.word(k, in: .bodyKinds),
                  facts.mention(at: k) == nil {
                k += 1
            }
            // The body follows its kind (`NGO PROVEA`, `NGOs the Waatasimu ...`) or the place itself: not `Chinese firms have
            // contracts with the HIB`, `UK-based members of the LIFG`.
            let kindBefore = doc.word(k - 1, in: .bodyKinds) || (doc.word(k - 1, is: "the") && doc.word(k - 2, in: .bodyKinds))
            guard let body = facts.mention(at: k), body.type == .agency, body.tokens.lowerBound == k, k == start || kindBefore,
                  body.key != p.key else { continue }
            // `London-based MQM leader Altaf Hussein`, `Kuwait-based al-Qa'ida facilitators`: the place is the people's.
            var after = body.tokens.upperBound
            if doc.isPunctuation(after, 0x28), let inner = facts.mention(at: after + 1), doc.isPunctuation(inner.tokens.upperBound, 0x29) {
                after = inner.tokens.upperBound + 1
            }
            if doc.word(after, in: PersonRule.titles) || doc.stem(after, in: PersonRule.titles).found || doc.word(after, in: .peopleWords) { continue }
            found.append(RelationMention(type: .locatedIn, source: body, target: p, sentence: facts.sentence, confidence: 0.7,
                                         rule: "\(name)-based"))
        }
        return found
    }

    /// An embassy, consulate or mission: a body whose name ends in such a word.
    static func isMission(_ m: Mention, _ doc: DocumentTokens) -> Bool {
        doc.word(m.tokens.upperBound - 1, in: .missionWords) || doc.word(m.tokens.upperBound, in: .missionWords)
    }
}

private extension WordSet {
    static let seatWords: WordSet = ["office", "offices", "branch", "branches", "headquarters", "shelter", "shelters", "mission",
                                     "missions", "representation", "delegation"]
    static let seatVerbs: WordSet = ["based", "headquartered", "located", "situated"]
    static let copulas: WordSet = ["which", "that", "is", "are", "was", "were"]
    static let inAt: WordSet = ["in", "at"]
    static let compassWords: WordSet = ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                                        "northeastern", "northwestern", "southeastern", "southwestern", "downtown", "suburban"]
    static let missionWords: WordSet = ["embassy", "consulate", "consulate-general", "mission", "delegation", "representation",
                                        "office", "offices", "bureau"]
    static let bodyKinds: WordSet = ["ngo", "ngos", "firm", "firms", "company", "companies", "corporation", "organization",
                                     "organisation", "organizations", "group", "bank", "charity", "foundation", "association",
                                     "institute", "university", "network", "newspaper", "daily", "agency", "contractor", "partner"]
    static let peopleWords: WordSet = ["facilitators", "facilitator", "members", "member", "leaders", "officials", "operatives",
                                       "operative", "supporters", "activists", "financiers", "affiliates", "cell", "cells", "fighters"]
}
