/// `MEMBER_OF` between a person and the body their post is in: `OPDAT's Robert Lipman`, `MPS Director Zhang Wei`,
/// `Minister of Public Security Meng Jianzhu`, `Marvin Araya, Director of the Philharmonic Orchestra`.
/// The body must sit in the person's title or right before it; a post alone (`Foreign Minister`) names no body.
enum AffiliationRule {
    static let name = "affiliation"

    static func apply(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for (n, person) in facts.mentions.enumerated() where person.type == .person {
            var body: Mention?
            if let title = person.attributes["title"], person.rule == PersonRule.name {
                // The title runs back from the name over title words and the bodies inside it.
                var k = person.tokens.lowerBound - 1
                var sawTitle = false
                while k >= facts.range.lowerBound, person.tokens.lowerBound - k <= 12 {
                    if let m = facts.mention(at: k) {
                        if m.type == .agency {
                            body = m
                            break
                        }
                        // `Senators Babar Awan and Enver Baig`: the names listed before this one share the title.
                        if m.type == .person, doc.word(m.tokens.upperBound, is: "and") || doc.isPunctuation(m.tokens.upperBound, 0x2C) {
                            k = m.tokens.lowerBound - 1
                            continue
                        }
                    }
                    // `Pakistan People's Party (PPP) Senator`: the body's acronym in parentheses, then its name.
                    if doc.isPunctuation(k, 0x29), let inner = facts.mention(at: k - 1), doc.isPunctuation(inner.tokens.lowerBound - 1, 0x28) {
                        let before = facts.mention(at: inner.tokens.lowerBound - 2)
                        body = before?.type == .agency ? before : inner.type == .agency ? inner : nil
                        if body != nil { break }
                    }
                    guard doc.tokens[k].kind == .word || doc.isPunctuation(k, 0x2E),
                          doc.stem(k, in: PersonRule.titles).found || doc.word(k, in: PersonRule.titleWords) || doc.isPunctuation(k, 0x2E)
                    else { break }
                    if doc.text(doc.tokens[k]).caseInsensitiveCompare(title) == .orderedSame { sawTitle = true }
                    k -= 1
                }
                if !sawTitle { body = nil }
            } else if n > 0, person.tokens.lowerBound > 0, doc.tokens[person.tokens.lowerBound - 1].isPossessive, facts.mentions[n - 1].type == .agency,
                      facts.mentions[n - 1].tokens.upperBound == person.tokens.lowerBound {
                // `OPDAT's Robert Lipman`
                body = facts.mentions[n - 1]
            } else if person.rule == PersonAppositiveRule.name, person.attributes["title"] != nil {
                // `Marvin Araya, Director of the Philharmonic Orchestra`: the first body after the post, in its clause.
                let clause = facts.clause(around: person.tokens.upperBound)
                var k = person.tokens.upperBound + 1
                while k < clause.upperBound, k - person.tokens.upperBound <= 10, !doc.isPunctuation(k, 0x2C) {
                    if let m = facts.mention(at: k) {
                        if m.type == .agency, doc.word(m.tokens.lowerBound - 1, in: .ofWords)
                            || (doc.word(m.tokens.lowerBound - 1, is: "the") && doc.word(m.tokens.lowerBound - 2, in: .ofWords)) {
                            body = m
                        }
                        break
                    }
                    k += 1
                }
            }
            var bodies = body.map { [$0] } ?? bodyAfter(person, facts).map { [$0] } ?? []
            if bodies.isEmpty { bodies = postAfter(person, facts) }
            if bodies.isEmpty, let m = postBefore(person, facts) ?? leader(person, facts) { bodies = [m] }
            for body in bodies where body.key != "org:un" || body.tokens.count > 1 {
                found.append(RelationMention(type: .memberOf, source: person, target: body, sentence: facts.sentence, confidence: 0.7,
                                             rule: name))
            }
        }
        return found
    }
}

extension AffiliationRule {
    /// `Sergey Ivanov of the Federal Security Service`, `Natalya Rykova, whose Moscow Bureau of Human Rights ...`,
    /// `Maria Cerdas from the College of Lawyers`: a body right after a full name, joined by `of`, `from` or `, whose`.
    /// (`at` is a place: `Obama at the General Assembly`.)
    static func bodyAfter(_ person: Mention, _ facts: SentenceFacts) -> Mention? {
        let doc = facts.doc
        var k = person.tokens.upperBound
        guard k < facts.range.upperBound, person.tokens.count >= 2 else { return nil }
        if doc.word(k, is: "of") || doc.word(k, is: "from") {
            k += 1
        } else if doc.isPunctuation(k, 0x2C), doc.word(k + 1, is: "whose") {
            k += 2
        } else {
            return nil
        }
        if doc.word(k, is: "the") { k += 1 }
        guard k < facts.range.upperBound, let m = facts.mention(at: k), m.type == .agency, m.tokens.lowerBound == k else { return nil }
        return m
    }
}

private extension WordSet {
    static let ofWords: WordSet = ["of", "at", "for"]
}
