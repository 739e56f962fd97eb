/// Stage 2b of the pipeline: relations stated in sentences, one small rule per relation type,
/// each reading the entity mentions of one sentence. One relation per (type, source, target)
/// and sentence, so weights count sentences.
public struct RelationExtractor: Sendable {
    public init() {}

    static let maxMentions = 120
    static let maxTokens = 1_500

    public func relations(in extraction: Extraction) -> [RelationMention] {
        (try? relations(in: extraction, deadline: TimeLimit.none))!
    }

    public func relations(in extraction: Extraction, deadline: TimeLimit) throws -> [RelationMention] {
        var bySentence: [Int: [Mention]] = [:]
        for m in extraction.mentions { bySentence[m.sentence, default: []].append(m) }
        var found: [RelationMention] = []
        let destination = SourceCountryRule.destination(in: extraction)
        // The last body named with each head word (`coalition`), for `coalition members include ...`.
        var groups: [String: Mention] = [:]
        for sentence in bySentence.keys.sorted() {
            if sentence & 63 == 0 { try deadline.check() }
            let mentions = bySentence[sentence]!
            let known = groups
            for m in mentions where m.type == .agency && m.attributes["embedded"] == nil {
                if let head = MembershipRule.groupHead(m) { groups[head] = m }
            }
            // One mention makes a relation only with a destination country, or as a member of a group named earlier.
            let memberOfGroup = mentions.count == 1 && !known.isEmpty
                && extraction.tokens.sentences[sentence].contains { extraction.tokens.word($0, is: "members") }
            guard mentions.count >= 2 || (destination != nil && !mentions.isEmpty) || memberOfGroup else { continue }
            // Relation rules read statements; a "sentence" of thousands of words or hundreds of names
            // is a list or a run-on block (old cables, damaged text), read too slowly for what it gives.
            guard mentions.count <= RelationExtractor.maxMentions,
                  extraction.tokens.sentences[sentence].count <= RelationExtractor.maxTokens else { continue }
            let facts = SentenceFacts(doc: extraction.tokens, sentence: sentence, mentions: mentions)
            var seen = Set<String>()
            let candidates = TraffickingRouteRule.apply(facts) + CooperationRule.apply(facts) + OperatesRule.apply(facts)
                + MembershipRule.apply(facts, groups: known) + LocationRule.apply(facts) + SourceCountryRule.apply(facts, destination: destination)
                + CountryRoleRule.apply(facts) + SubunitRule.apply(facts) + AffiliationRule.apply(facts)
            for r in candidates {
                let a = r.source.key ?? r.source.name, b = r.target.key ?? r.target.name
                let signature = r.type.isSymmetric && b < a ? "\(r.type.rawValue)|\(b)|\(a)" : "\(r.type.rawValue)|\(a)|\(b)"
                if seen.insert(signature).inserted { found.append(r) }
            }
        }
        return found
    }
}
