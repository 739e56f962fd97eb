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

    /// `mentions` all come from one sentence.
    static func select(_ mentions: [Mention], doc: DocumentTokens) -> [Mention] {
        guard !mentions.isEmpty else { return [] }
        let ordered = mentions.sorted {
            let l0 = $0.tokens.count, l1 = $1.tokens.count
            if l0 != l1 { return l0 > l1 }
            if priority($0) != priority($1) { return priority($0) < priority($1) }
            return $0.tokens.lowerBound < $1.tokens.lowerBound
        }
        let base = mentions.map(\.tokens.lowerBound).min()!
        let top = mentions.map(\.tokens.upperBound).max()!
        // owner[t]: index in `kept` of the widest kept mention covering token t (articles aside).
        var owner = [Int](repeating: -1, count: top - base)
        var kept: [Mention] = []
        for var m in ordered {
            if m.type == .legalArticle {
                // Articles of a range share the token that ends it (`318-320`): they never clash with each other.
                if m.tokens.allSatisfy({ owner[$0 - base] < 0 || kept[owner[$0 - base]].type == .legalArticle }) { kept.append(m) }
                continue
            }
            let covering = Set(m.tokens.map { owner[$0 - base] })
            if covering == [-1] {
                for t in m.tokens { owner[t - base] = kept.count }
                kept.append(m)
                continue
            }
            // Inside exactly one longer mention: keep places and possessive owners, marked embedded.
            guard covering.count == 1, let k = covering.first, k >= 0, kept[k].tokens != m.tokens,
                  kept[k].type != .legalArticle else { continue }
            let place = m.type == .country || m.type == .province || m.type == .city || m.type == .region
            let possessiveOwner = m.type == .agency && doc.tokens[m.tokens.upperBound - 1].isPossessive
            guard place || possessiveOwner else { continue }
            m.attributes["embedded"] = "true"
            kept.append(m)
        }
        return kept.sorted { ($0.tokens.lowerBound, -$0.tokens.count) < ($1.tokens.lowerBound, -$1.tokens.count) }
    }
}
