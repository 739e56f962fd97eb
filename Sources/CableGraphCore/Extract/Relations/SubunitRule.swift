/// `PART_OF` between bodies: a unit named inside its parent — `the National TIP Coordinator's Office (NTIPCO) in the
/// Interior Ministry`, `the Trafficking Unit within the Prosecutor's Office`, `PICH's Sex Crimes Brigade`.
enum SubunitRule {
    static let name = "subunit"

    static func apply(_ facts: SentenceFacts) -> [RelationMention] {
        let doc = facts.doc
        var found: [RelationMention] = []
        for (n, unit) in facts.mentions.enumerated() where unit.type == .agency && isUnit(unit) {
            var parent: Mention?
            var k = unit.tokens.upperBound
            if doc.isPunctuation(k, 0x28), let inner = facts.mention(at: k + 1), doc.isPunctuation(inner.tokens.upperBound, 0x29) {
                k = inner.tokens.upperBound + 1
            }
            if doc.word(k, in: .insideWords) {
                k += 1
                while doc.word(k, in: SentenceFacts.determiners) { k += 1 }
                if let m = facts.mention(at: k), m.tokens.lowerBound == k, m.type == .agency { parent = m }
            } else if n > 0, facts.mentions[n - 1].type == .agency, facts.mentions[n - 1].tokens.upperBound == unit.tokens.lowerBound,
                      doc.tokens[unit.tokens.lowerBound - 1].isPossessive
                        || InstitutionNameRule.isAcronymLike(doc, unit.tokens.lowerBound - 1) {
                // `PICH's Sex Crimes Brigade`, `the KPS Anti-Narcotics Unit`
                parent = facts.mentions[n - 1]
            }
            guard let parent, parent.name != unit.name || parent.key != unit.key, !isUnit(parent) || parent.tokens.count > 1 else { continue }
            if facts.isHedged(from: facts.clause(around: unit.tokens.lowerBound).lowerBound, to: unit.tokens.lowerBound) { continue }
            found.append(RelationMention(type: .partOf, source: unit, target: parent, sentence: facts.sentence, confidence: 0.75, rule: name))
        }
        return found
    }

    /// A body whose name ends on a word for a part of an organization.
    static func isUnit(_ m: Mention) -> Bool {
        guard m.key == nil, let last = m.name.split(separator: " ").last else { return false }
        return unitHeads.contains(NameLexicon.singular(last.lowercased()))
    }

    static let unitHeads: Set<String> = ["unit", "office", "division", "directorate", "bureau", "brigade", "section", "subcommittee",
                                         "sub-committee", "branch", "desk", "department", "secretariat", "taskforce", "cell", "squad",
                                         "subdivision", "sub-directorate"]
}

private extension WordSet {
    static let insideWords: WordSet = ["in", "within", "inside", "under"]
}
