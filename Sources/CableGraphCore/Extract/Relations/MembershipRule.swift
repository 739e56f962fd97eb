/// `MEMBER_OF`: `China works with its partners in COMMIT`, `Vietnam is a member of ASEAN`,
/// `COMMIT members, especially Vietnam and Burma`, `Bahrain joined the GCC`.
enum MembershipRule {
    static let name = "membership"
    static let members: Set<NodeType> = [.agency, .country, .province, .person]
    static let bodies: Set<NodeType> = [.agency, .program]

    /// `groups`: the last body the cable named with each head word before this sentence.
    static func apply(_ facts: SentenceFacts, groups: [String: Mention] = [:]) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for t in facts.range where doc.tokens[t].kind == .word && !facts.isCompoundParticiple(t) {
            var bodyStart: Int?
            if doc.word(t, in: .memberWords), doc.word(t + 1, in: .ofInTo) {
                bodyStart = t + 2
            } else if doc.word(t, in: .joinWords), !doc.word(t - 1, is: "to") {
                // `to join the NDN` is a purpose, not a membership.
                bodyStart = t + 1
            }
            if var start = bodyStart {
                while doc.word(start, in: SentenceFacts.determiners) { start += 1 }
                let (bodies, end) = facts.list(from: start, types: bodies, limit: facts.clause(around: t).upperBound)
                // `joined the FATF as an observer` is not a member.
                if (max(start, end - 2)...end + 2).contains(where: { doc.word($0, in: .observerWords) }) { continue }
                // `the French participants in` are people, not France.
                let subjects = (doc.word(t, in: .personalMemberWords) ? adjacentMembers(before: t, facts) : facts.subject(before: t, types: members))
                    .filter { $0.attributes["demonym"] == nil }
                // `Fourteen agencies are members of the ICFTP: MININT, MFA, ...`: with no named subject, the list after the
                // colon names the members.
                if subjects.isEmpty, bodies.count == 1, doc.isPunctuation(end, 0x3A) {
                    found += listedMembers(facts, from: end + 1, of: bodies[0], rule: "\(name)-list")
                    continue
                }
                // `Tibetan men in northeastern India join the SFF`: a place after a preposition is where, not who.
                guard let first = subjects.first, !afterLocatingPreposition(first, doc),
                      !facts.isHedged(from: first.tokens.upperBound, to: t),
                      !facts.isHedged(from: facts.clause(around: t).lowerBound, to: first.tokens.lowerBound),
                      !invited(before: first, facts) else { continue }
                for s in subjects { for b in bodies where s.name != b.name {
                    found.append(RelationMention(type: .memberOf, source: s, target: b, sentence: facts.sentence, confidence: 0.8, rule: name))
                } }
                continue
            }
            // `The committee is composed of the Ministries of Interior and Justice, ...`: a group and what it is made of.
            if let body = composedGroup(facts, at: t) {
                var k = t + (doc.word(t, is: "comprises") ? 1 : doc.word(t, is: "made") ? 3 : 2)
                if doc.isPunctuation(k, 0x3A) { k += 1 }
                found += listedMembers(facts, from: k, of: body, rule: "\(name)-composition")
                continue
            }
            // `SENAME, SERNAM, the Ministries of Government and Health ... have formed the Protect Network (Red Protege)`:
            // bodies that together form a group are its members.
            if doc.word(t, in: .formWords), let formed = formedGroup(facts, verb: t) {
                found += formed
                continue
            }
            // `<Body> members, especially/including/such as <list>`, `<Body> members include: <list>`, and with the body
            // named earlier by its head word: `Other coalition members include: ...` (the National Coalition).
            guard doc.word(t, is: "members") || doc.word(t, is: "member") else { continue }
            let body: Mention
            if let named = facts.mention(at: t - 1), bodies.contains(named.type) {
                body = named
            } else if t > 0, facts.mention(at: t - 1) == nil, doc.tokens[t - 1].kind == .word, !doc.tokens[t - 1].isCapitalized || t - 1 == facts.range.lowerBound,
                      let group = groups[doc.lowercased(t - 1)], doc.word(t + 1, in: .includeWords) {
                body = group
            } else {
                continue
            }
            var k = t + 1
            if doc.isPunctuation(k, 0x2C) { k += 1 }
            if doc.word(k, in: .includeWords) {
                k += 1
                if doc.isPunctuation(k, 0x3A) { k += 1 }
                while doc.word(k, in: SentenceFacts.determiners) { k += 1 }
            } else {
                guard doc.word(k, in: .examples) else { continue }
            }
            // The list may run past a colon: the clause is the sentence here.
            found += listedMembers(facts, from: k, of: body, rule: "\(name)-list")
        }
        return found
    }

    /// The bodies, countries and persons listed from token `k` to the sentence's end, each a member of `body`.
    static func listedMembers(_ facts: SentenceFacts, from k: Int, of body: Mention, rule: String) -> [RelationMention] {
        var k = k
        while facts.doc.word(k, in: SentenceFacts.determiners) { k += 1 }
        guard k < facts.range.upperBound else { return [] }
        return facts.list(from: k, types: members, limit: facts.range.upperBound).0.filter { $0.name != body.name }.map {
            RelationMention(type: .memberOf, source: $0, target: body, sentence: facts.sentence, confidence: 0.75, rule: rule)
        }
    }

    /// The group named right before `composed of`, `comprised of`, `made up of`, `consists of` or `comprises` at `t`
    /// (`the National Committee, composed of`, `The Council is made up of`): a body whose head is a group word.
    static func composedGroup(_ facts: SentenceFacts, at t: Int) -> Mention? {
        let doc = facts.doc
        let opens = (doc.word(t, in: .compositionWords) && doc.word(t + 1, is: "of")) || doc.word(t, is: "comprises")
            || (doc.word(t, is: "made") && doc.word(t + 1, is: "up") && doc.word(t + 2, is: "of"))
        guard opens else { return nil }
        var k = t - 1
        if doc.word(k, in: .copulas) { k -= 1 }
        if doc.isPunctuation(k, 0x2C) { k -= 1 }
        guard k >= facts.range.lowerBound, let body = facts.mention(at: k), body.type == .agency, groupHead(body) != nil else { return nil }
        return body
    }

    /// The head word a later sentence may use for a body (`coalition` for the National Coalition against ...).
    static func groupHead(_ m: Mention) -> String? {
        let head = m.attributes["head"] ?? m.name.split(separator: " ").last.map { NameLexicon.singular($0.lowercased()) }
        guard let head, groupWords.contains(head) else { return nil }
        return head
    }

    /// Two or more bodies right before `(have) formed` and a group right after it.
    static func formedGroup(_ facts: SentenceFacts, verb t: Int) -> [RelationMention]? {
        let doc = facts.doc
        var k = t
        while k > facts.range.lowerBound, doc.word(k - 1, in: .formAuxiliaries) { k -= 1 }
        let founders = facts.list(endingAt: k, types: [.agency])
        var start = t + 1
        while doc.word(start, in: SentenceFacts.determiners) { start += 1 }
        guard founders.count >= 2, let group = facts.mention(at: start), group.tokens.lowerBound == start, group.type == .agency,
              groupHead(group) != nil, !facts.isHedged(from: facts.clause(around: t).lowerBound, to: t) else { return nil }
        return founders.filter { $0.name != group.name }.map {
            RelationMention(type: .memberOf, source: $0, target: group, sentence: facts.sentence, confidence: 0.75, rule: name)
        }
    }

    static let groupWords: Set<String> = ["coalition", "committee", "commission", "council", "network", "alliance", "taskforce",
                                          "group", "board", "forum", "partnership", "consortium"]

    /// `Vietnam is a member of`, `Iraqi members of`, `Kate Barker, a member of`: the member words also
    /// describe people (`members of Congress`, `they are members of the CIS`), so the member must be
    /// named right before them, not anywhere earlier in the clause.
    static func adjacentMembers(before t: Int, _ facts: SentenceFacts) -> [Mention] {
        let doc = facts.doc
        var k = t
        while k > facts.range.lowerBound, doc.word(k - 1, in: .memberModifiers) { k -= 1 }
        if doc.isPunctuation(k - 1, 0x2C) { k -= 1 }
        while k > facts.range.lowerBound, doc.word(k - 1, in: SentenceFacts.verbChain) { k -= 1 }
        return facts.list(endingAt: k, types: members)
    }

    /// `in India`, `in northeastern India`: the place is where something happens.
    static func afterLocatingPreposition(_ m: Mention, _ doc: DocumentTokens) -> Bool {
        var k = m.tokens.lowerBound - 1
        while k >= 0, m.tokens.lowerBound - k <= 3, doc.tokens[k].kind == .word, !doc.tokens[k].isCapitalized,
              !doc.word(k, in: .locatingPrepositions) { k -= 1 }
        return doc.word(k, in: .locatingPrepositions)
    }

    /// `Bahrain invited Iraq to join the GCC`: asked to join is not joined.
    static func invited(before member: Mention, _ facts: SentenceFacts) -> Bool {
        let k = member.tokens.lowerBound - 1
        // `called for Russia to be a full member of the EU`
        if facts.doc.word(k, is: "for"), facts.doc.word(k - 1, in: .callWords) { return true }
        return k >= facts.range.lowerBound && (facts.doc.word(k, in: SentenceFacts.modals) || facts.doc.word(k, in: .askWords))
    }
}

private extension WordSet {
    static let memberWords: WordSet = ["member", "members", "partners", "participant", "participants", "signatory", "signatories"]
    static let joinWords: WordSet = ["joined", "joins", "join", "acceded"]
    static let formWords: WordSet = ["formed", "form", "founded", "created", "established"]
    static let formAuxiliaries: WordSet = ["have", "has", "had", "jointly", "together", "recently", "also", "all"]
    static let ofInTo: WordSet = ["of", "in", "to"]
    static let compositionWords: WordSet = ["composed", "comprised", "consists", "consisting"]
    static let copulas: WordSet = ["is", "are", "was", "were"]
    static let personalMemberWords: WordSet = ["member", "members"]
    static let memberModifiers: WordSet = ["a", "an", "the", "full", "founding", "active", "permanent", "new", "associate",
                                               "observer", "non-permanent", "elected"]
    static let askWords: WordSet = ["invited", "invites", "invite", "asked", "asks", "urged", "urges", "encouraged", "encourages",
                                        "pressed", "pressing", "allowed", "allow", "wants", "wanted"]
    static let observerWords: WordSet = ["observer", "observers", "guest", "guests"]
    static let callWords: WordSet = ["called", "calls", "calling", "call", "pushed", "pushing", "lobbied", "lobbying", "advocated",
                                     "pressed", "argued", "hoped", "wish", "wished"]
    static let locatingPrepositions: WordSet = ["in", "from", "at", "across", "throughout", "within", "inside", "near"]
    static let examples: WordSet = ["especially", "including", "such", "particularly", "notably", "namely", "like"]
    static let includeWords: WordSet = ["include", "includes", "included", "are", "were", "comprise", "comprises"]
}
