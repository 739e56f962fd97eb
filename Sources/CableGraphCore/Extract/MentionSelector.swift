/// Chooses among overlapping mentions: longer spans win; a span inside another survives only when
/// it is a place (`Fujian` in `Fujian Provincial High Court`) or a possessive owner (`State Council's`
/// in `State Council's Work Committee`), and is then marked `embedded`.
enum MentionSelector {
    /// Which component wins a tie on the same span: dictionary knowledge first.
    static func priority(_ m: Mention) -> Int {
        switch m.rule {
        case Gazetteer.rule: return m.attributes["demonym"] == nil ? 0 : 3
        case "acronym": return 1
        case LegalArticleRule.name: return 0
        case InstitutionNameRule.name: return 2
        default: return 4
        }
    }

    static func select(_ mentions: [Mention], doc: DocumentTokens) -> [Mention] {
        let ordered = mentions.sorted {
            let l0 = $0.tokens.count, l1 = $1.tokens.count
            if l0 != l1 { return l0 > l1 }
            if priority($0) != priority($1) { return priority($0) < priority($1) }
            return $0.tokens.lowerBound < $1.tokens.lowerBound
        }
        var kept: [Mention] = []
        for var m in ordered {
            var inside = false
            var clash = false
            // Articles of a range share the token that ends it (`318-320`): they never clash with each other.
            for k in kept where k.sentence == m.sentence && k.tokens.overlaps(m.tokens)
                && !(k.type == .legalArticle && m.type == .legalArticle) {
                if k.tokens.lowerBound <= m.tokens.lowerBound && m.tokens.upperBound <= k.tokens.upperBound && k.tokens != m.tokens {
                    inside = true
                } else {
                    clash = true
                    break
                }
            }
            if clash { continue }
            if inside {
                let place = m.type == .country || m.type == .province || m.type == .city || m.type == .region
                let owner = m.type == .agency && doc.tokens[m.tokens.upperBound - 1].isPossessive
                guard place || owner else { continue }
                m.attributes["embedded"] = "true"
            }
            kept.append(m)
        }
        return kept.sorted { ($0.sentence, $0.tokens.lowerBound, -$0.tokens.count) < ($1.sentence, $1.tokens.lowerBound, -$1.tokens.count) }
    }
}
