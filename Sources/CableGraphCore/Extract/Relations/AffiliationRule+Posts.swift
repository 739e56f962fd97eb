/// Posts named apart from the name: `Ben Botwe, the current head of NACOB`, `the deputy at NACOB, Mark Ewuntomaah`,
/// `Taliban leader, Baitullah Mehsud`, `the Judicial School, led by Director Marvin Carvajal`.
extension AffiliationRule {
    /// `NAME, the [recently dismissed] Director of BODY [and BODY]`, `NAME, a member of BODY`.
    static func postAfter(_ person: Mention, _ facts: SentenceFacts) -> [Mention] {
        let doc = facts.doc
        var k = person.tokens.upperBound
        guard doc.isPunctuation(k, 0x2C) else { return [] }
        k += 1
        if doc.word(k, in: .appositiveDeterminers) { k += 1 }
        let start = k
        var post = false
        while k < facts.range.upperBound, k - start < 6, doc.tokens[k].kind == .word, facts.mention(at: k) == nil {
            // `met Juan Perez, and the Director of NACOB spoke`: another clause, not a post.
            if doc.word(k, in: .clauseJoiners) { return [] }
            if doc.word(k, in: PersonRule.titles) || doc.word(k, in: .posts) {
                post = true
            } else if !doc.word(k, in: .postModifiers) && !doc.word(k, in: PersonRule.titleWords) {
                break
            }
            k += 1
        }
        guard post, k > start, doc.word(k - 1, in: .postLinks) || (doc.word(k - 1, is: "the") && doc.word(k - 2, in: .postLinks)) else { return [] }
        return facts.list(from: k, types: [.agency], limit: facts.clause(around: k).upperBound).0
    }

    /// `the current deputy at NACOB, Mark Ewuntomaah`, `the Director of CREN-K, Fortunat Lumu`, `Taliban leader, Baitullah Mehsud`.
    static func postBefore(_ person: Mention, _ facts: SentenceFacts) -> Mention? {
        let doc = facts.doc
        let comma = person.tokens.lowerBound - 1
        guard doc.isPunctuation(comma, 0x2C) else { return nil }
        if let body = facts.mention(at: comma - 1), body.type == .agency {
            var k = body.tokens.lowerBound - 1
            if doc.word(k, is: "the") { k -= 1 }
            guard doc.word(k, in: .postLinks), doc.word(k - 1, in: PersonRule.titles) || doc.word(k - 1, in: .posts) else { return nil }
            return body
        }
        // `Taliban leader, Baitullah Mehsud`: a lower-case post right after the body.
        guard doc.tokens[comma - 1].kind == .word, !doc.tokens[comma - 1].isCapitalized, doc.word(comma - 1, in: PersonRule.titles),
              let body = facts.mention(at: comma - 2), body.type == .agency, body.tokens.upperBound == comma - 1 else { return nil }
        return body
    }

    /// `BODY, led by Director NAME`, `BODY (...), headed by Vice Minister of Public Security NAME`.
    static func leader(_ person: Mention, _ facts: SentenceFacts) -> Mention? {
        let doc = facts.doc
        let clause = facts.clause(around: person.tokens.lowerBound)
        var by = person.tokens.lowerBound - 1
        while by > clause.lowerBound, person.tokens.lowerBound - by <= 10, !doc.word(by, is: "by") {
            // Only the first name after `by` is the leader; another body between them ends the search.
            if let m = facts.mention(at: by), m.type == .person || m.type == .agency { return nil }
            if doc.isPunctuation(by, 0x2C) { return nil }
            by -= 1
        }
        guard doc.word(by, is: "by"), doc.word(by - 1, in: .leadVerbs) else { return nil }
        var k = by - 2
        if doc.isPunctuation(k, 0x2C) { k -= 1 }
        // A name in parentheses after the body: `National Coalition (officially the National Coalition against ...)`.
        if doc.isPunctuation(k, 0x29) {
            var open = k - 1
            while open > clause.lowerBound, k - open < 30, !doc.isPunctuation(open, 0x28) { open -= 1 }
            guard doc.isPunctuation(open, 0x28) else { return nil }
            k = open - 1
        }
        guard let body = facts.mention(at: k), body.type == .agency, body.tokens.upperBound == k + 1 else { return nil }
        return body
    }
}

private extension WordSet {
    static let appositiveDeterminers: WordSet = ["the", "a", "an", "its", "their"]
    /// Posts that are no title before a name (the titles count too), and the words that tie a post to its body.
    static let posts: WordSet = ["member", "official", "employee", "staffer", "volunteer", "researcher", "expert", "co-founder"]
    static let postLinks: WordSet = ["of", "at", "for"]
    static let clauseJoiners: WordSet = ["and", "or", "but", "who", "which", "while"]
    /// Words before a post besides the title words (`the recently dismissed Director`).
    static let postModifiers: WordSet = ["current", "recently", "newly", "dismissed", "appointed", "elected", "outgoing", "incoming",
                                         "longtime", "long-time", "interim", "founding", "sitting", "longstanding"]
    static let leadVerbs: WordSet = ["led", "headed", "chaired", "directed", "run", "founded", "presided", "managed", "co-chaired"]
}
