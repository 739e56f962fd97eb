/// A person the cable has named keeps that name: once `Governor Jose Serra` is read, a later `Serra said`
/// is him, not the Brazilian city of Serra the gazetteer knows. Only single-word place matches below the
/// country are taken back, and not after a place preposition (`in Serra`, `the port of Santos`) unless
/// possessive (`an opponent of Serra's`).
enum PersonSurnameRule {
    static let name = "person-surname"
    static let places: Set<NodeType> = [.city, .province, .region]

    /// Last names of the persons found, with the full name each stands for (left out when two persons share it).
    static func surnames(_ persons: [Mention], doc: DocumentTokens) -> [String: String] {
        var found: [String: String] = [:]
        var shared: Set<String> = []
        for m in persons where m.type == .person {
            let last = doc.text(doc.tokens[m.tokens.upperBound - 1])
            let surname = last.hasSuffix("'s") ? String(last.dropLast(2)) : last
            guard surname.count >= 3 else { continue }
            // `Governor Serra` and `Jose Serra` are one person, named in full by the longer form.
            switch found[surname] {
            case nil: found[surname] = m.name
            case let known? where known == m.name || m.name == surname: break
            case let known? where known == surname: found[surname] = m.name
            default: shared.insert(surname)
            }
        }
        for s in shared { found[s] = nil }
        return found
    }

    /// `Ambassador CDeBaca` after `Luis CDeBaca`: a person named by surname alone is the one person of the cable
    /// with that surname, named in full.
    static func complete(_ mentions: [Mention], surnames: [String: String]) -> [Mention] {
        guard !surnames.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.type == .person, !m.name.contains(" "), let full = surnames[m.name], full != m.name else { return m }
            var named = m
            named.name = full
            return named
        }
    }

    /// `mentions` with the single-word places that are a known person's surname turned into that person.
    static func reclaim(_ mentions: [Mention], surnames: [String: String], doc: DocumentTokens) -> [Mention] {
        guard !surnames.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.tokens.count == 1, places.contains(m.type), m.attributes["demonym"] == nil,
                  let person = surnames[m.surface.hasSuffix("'s") ? String(m.surface.dropLast(2)) : m.surface],
                  doc.tokens[m.tokens.lowerBound].isPossessive || !doc.word(m.tokens.lowerBound - 1, in: PlaceNameRule.prepositions)
            else { return m }
            return Mention(type: .person, clean: m.clean, tokens: m.tokens, sentence: m.sentence, surface: m.surface, name: person,
                           scope: Mention.noCountry, rule: name, confidence: 0.6)
        }
    }
}
