/// Chooses among overlapping mentions: longer spans win; a span inside another survives only when
/// it is a place (`Fujian` in `Fujian Provincial High Court`) or a possessive owner (`State Council's`
/// in `State Council's Work Committee`), and is then marked `embedded`.
enum MentionSelector {
    /// Which component wins a tie on the same span: dictionary knowledge first.
    static func priority(_ m: Mention) -> Int {
        // `Nairobi` in `Western, Nairobi, and Central provinces` is the province, not the city.
        if m.attributes["designated"] != nil { return -1 }
        switch m.rule {
        case Gazetteer.rule: return m.attributes["demonym"] == nil ? 0 : 3
        // `NGO Project Kesher`: the name after a leading head outranks a name ending on that head (`NGO Project`).
        case "acronym", "short-name", LeadingHeadProgramRule.name, EmbassyRule.name: return 1
        // A name the cable defined for a known body (`UN High Commission for Refugees (UNHCR)`) keeps its key.
        case "document-name" where m.key != nil: return 1
        case LegalArticleRule.name: return 0
        case InstitutionNameRule.name: return 2
        default: return 4
        }
    }

    /// `mentions` all come from one sentence.
    static func select(_ mentions: [Mention], doc: DocumentTokens) -> [Mention] {
        guard !mentions.isEmpty else { return [] }
        // Longest first, then by priority, then leftmost; ties keep their order. Sorted as indexes, since
        // mentions are large values.
        let keys = mentions.map { (length: $0.tokens.count, priority: priority($0), start: $0.tokens.lowerBound) }
        let ordered = mentions.indices.sorted { a, b in
            let x = keys[a], y = keys[b]
            if x.length != y.length { return x.length > y.length }
            if x.priority != y.priority { return x.priority < y.priority }
            if x.start != y.start { return x.start < y.start }
            return a < b
        }
        let base = mentions.map(\.tokens.lowerBound).min()!
        let top = mentions.map(\.tokens.upperBound).max()!
        // owner[t]: index in `kept` of the widest kept mention covering token t (articles aside).
        var owner = [Int](repeating: -1, count: top - base)
        var kept: [Mention] = []
        for index in ordered {
            var m = mentions[index]
            if m.type == .legalArticle {
                // Articles of a range share the token that ends it (`318-320`): they never clash with each other.
                if m.tokens.allSatisfy({ owner[$0 - base] < 0 || kept[owner[$0 - base]].type == .legalArticle }) { kept.append(m) }
                continue
            }
            // The places of one hyphenated word (`Nairobi-Zurich`) share its token: they never clash with each other.
            if m.attributes["compound"] != nil {
                if m.tokens.allSatisfy({ owner[$0 - base] < 0 || kept[owner[$0 - base]].attributes["compound"] != nil }) {
                    for t in m.tokens { owner[t - base] = kept.count }
                    kept.append(m)
                }
                continue
            }
            guard !m.tokens.isEmpty else { continue }
            // The one owner of every token of the span (-1: none), or nil when they differ.
            let first = owner[m.tokens.lowerBound - base]
            let covering: Int? = m.tokens.allSatisfy { owner[$0 - base] == first } ? first : nil
            if covering == -1 {
                for t in m.tokens { owner[t - base] = kept.count }
                kept.append(m)
                continue
            }
            // Inside exactly one longer mention: keep places and possessive owners, marked embedded.
            guard let k = covering, kept[k].tokens != m.tokens,
                  kept[k].type != .legalArticle else { continue }
            // Cities, divisions and regions count inside a body's name (where it works), not inside the name of a
            // plan or a law (`Merida Initiative`, `Palermo Protocol`, `Bucharest Implementation Plan` are not about the city).
            let place = m.type == .country || (m.type == .province || m.type == .city || m.type == .region) && kept[k].type == .agency
            // `Public Prosecutor's Office` is the prosecutor's body: its holder is not another one.
            let holdersOffice = m.tokens.upperBound + 1 == kept[k].tokens.upperBound
                && NameLexicon.isHoldersOffice(doc, possessive: m.tokens.upperBound - 1)
            let possessiveOwner = m.type == .agency && doc.tokens[m.tokens.upperBound - 1].isPossessive && !holdersOffice
            guard place || possessiveOwner else { continue }
            m.attributes["embedded"] = "true"
            kept.append(m)
        }
        return kept.sorted { ($0.tokens.lowerBound, -$0.tokens.count) < ($1.tokens.lowerBound, -$1.tokens.count) }
    }
}
