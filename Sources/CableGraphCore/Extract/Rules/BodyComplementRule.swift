/// One body of a family named by its acronym or a parenthesis plus a portfolio: `the GPC for Justice` is the
/// General People's Committee for Justice when the cable defined `General People's Committee (GPC; Ministry-
/// equivalent) for Foreign Liaison and International Cooperation`.
enum BodyComplementRule {
    static let name = "body-complement"

    /// `mentions` are the sentence's learned and rule mentions (pass 2); `known` its dictionary matches.
    /// `families`: acronyms the cable writes with two or more portfolios (`GPC for Justice`, `GPC for Energy`).
    static func mentions(in doc: DocumentTokens, sentence: Int, mentions: [Mention], known: KnownTokens,
                         families: Set<String>) -> [Mention] {
        let limit = doc.sentences[sentence].upperBound
        var found: [Mention] = []
        for m in mentions where m.type == .agency && m.key == nil && genericHead(m.name) {
            var k = m.tokens.upperBound
            // `General People's Committee (GPC; Ministry-equivalent) for ...`: past a short parenthesis.
            // Otherwise only an acronym: a full name followed by `of`/`for` was read whole by the institution rule.
            if doc.isPunctuation(k, 0x28), let close = (k + 1..<max(k + 1, min(limit, k + 8))).first(where: { doc.isPunctuation($0, 0x29) }) {
                guard m.rule != "acronym" else { continue }
                k = close + 1
            } else if m.rule != "acronym" || !families.contains(doc.text(m.tokens)) {
                continue
            }
            // Only `for` (`of` runs on into owners and occasions: `National Directorate (DN) of President Lula's party`).
            guard doc.word(k, is: "for"), k + 1 < limit, doc.tokens[k + 1].isCapitalized,
                  !doc.tokens[k + 1].isAllCaps, known[k + 1] == nil else { continue }
            let end = InstitutionNameRule.complementEnd(doc, after: k, limit: limit, known: known)
            guard end > k + 1 else { continue }
            let complement = doc.text(k..<end)
            let tokens = m.tokens.lowerBound..<end
            found.append(Mention(type: .agency, clean: doc.cleanRange(tokens), tokens: tokens, sentence: sentence,
                                 surface: EntityNames.clean(m.surface) + " " + complement, name: m.name + " " + complement,
                                 scope: m.scope, rule: name, confidence: 0.75, attributes: ["head": "complement"]))
        }
        return found
    }

    /// A cheap test before the rule: an agency followed by `(`, or an acronym of a family.
    static func mayApply(_ doc: DocumentTokens, mentions: [Mention], families: Set<String>) -> Bool {
        mentions.contains { m in
            m.type == .agency && (doc.isPunctuation(m.tokens.upperBound, 0x28)
                || (!families.isEmpty && m.rule == "acronym" && doc.word(m.tokens.upperBound, is: "for")))
        }
    }

    static func families(in doc: DocumentTokens) -> Set<String> {
        var portfolios: [String: Set<String>] = [:]
        let tokens = doc.tokens
        for t in tokens.indices.dropLast(2) where tokens[t].isAllCaps && tokens[t].kind == .word && tokens[t].length >= 2
            && tokens[t].length <= 6 && doc.word(t + 1, is: "for") && tokens[t + 2].isCapitalized && !tokens[t + 2].isAllCaps {
            portfolios[doc.text(tokens[t]), default: []].insert(doc.text(tokens[t + 2]))
        }
        return Set(portfolios.filter { $0.value.count >= 2 }.keys)
    }

    /// A body name that ends on its head noun, so a portfolio can follow (`Committee`, `Ministry`, `Council`).
    static func genericHead(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        return heads.contains(last.lowercased())
    }

    static let heads: Set<String> = ["committee", "ministry", "council", "commission", "department", "secretariat",
                                     "directorate", "bureau", "office", "agency", "authority"]
}
