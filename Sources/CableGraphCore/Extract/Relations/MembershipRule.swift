/// `MEMBER_OF`: `China works with its partners in COMMIT`, `Vietnam is a member of ASEAN`,
/// `COMMIT members, especially Vietnam and Burma`, `Bahrain joined the GCC`.
enum MembershipRule {
    static let name = "membership"
    static let members: Set<NodeType> = [.agency, .country, .province, .person]
    static let bodies: Set<NodeType> = [.agency, .program]

    static func apply(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for t in facts.range where doc.tokens[t].kind == .word {
            var bodyStart: Int?
            if doc.word(t, in: .memberWords), doc.word(t + 1, in: .ofInTo) {
                bodyStart = t + 2
            } else if doc.word(t, in: .joinWords) {
                bodyStart = t + 1
            }
            if var start = bodyStart {
                while doc.word(start, in: SentenceFacts.determiners) { start += 1 }
                let bodies = facts.list(from: start, types: bodies, limit: facts.clause(around: t).upperBound).0
                let subjects = facts.subject(before: t, types: members)
                guard let first = subjects.first, !facts.isHedged(from: first.tokens.upperBound, to: t) else { continue }
                for s in subjects { for b in bodies where s.name != b.name {
                    found.append(RelationMention(type: .memberOf, source: s, target: b, sentence: facts.sentence, confidence: 0.8, rule: name))
                } }
                continue
            }
            // `<Body> members, especially/including/such as <list>`
            if doc.word(t, is: "members") || doc.word(t, is: "member"), let body = facts.mention(at: t - 1), bodies.contains(body.type) {
                var k = t + 1
                if doc.isPunctuation(k, 0x2C) { k += 1 }
                guard doc.word(k, in: .examples) else { continue }
                let list = facts.list(from: k, types: members, limit: facts.clause(around: t).upperBound).0
                for m in list { found.append(RelationMention(type: .memberOf, source: m, target: body, sentence: facts.sentence,
                                                             confidence: 0.75, rule: "\(name)-list")) }
            }
        }
        return found
    }
}

private extension WordSet {
    static let memberWords: WordSet = ["member", "members", "partners", "participant", "participants", "signatory", "signatories"]
    static let joinWords: WordSet = ["joined", "joins", "join", "acceded"]
    static let ofInTo: WordSet = ["of", "in", "to"]
    static let examples: WordSet = ["especially", "including", "such", "particularly", "notably", "namely", "like"]
}
