/// Programs named by a head word first: `Project Kesher`, `Operation Streamline`, `Operation Iraqi Freedom`,
/// `Plan Colombia`. The head, then one to three capitalized words that are no title, head or calendar word
/// (a place may be one: `Plan Colombia`). After `NGO` or `organization` the name is a body's
/// (`the women's rights NGO Project Kesher`).
enum LeadingHeadProgramRule {
    static let name = "leading-head-program"

    static let heads: WordSet = ["project", "operation", "plan", "proyecto", "programa", "operacion", "operación", "projeto", "plano"]
    static let bodyNouns: WordSet = ["ngo", "ngos", "organization", "organisation", "charity", "foundation"]

    static func mentions(in doc: DocumentTokens, sentence: Int, known: KnownTokens) -> [Mention] {
        guard !doc.allCaps[sentence] else { return [] }
        let range = doc.sentences[sentence]
        var found: [Mention] = []
        var i = range.lowerBound
        while i + 1 < range.upperBound {
            defer { i += 1 }
            let t = doc.tokens[i]
            guard t.kind == .word, t.length >= 4, isUpper(doc.bytes[t.start]), !t.isAllCaps, doc.word(i, in: heads) else { continue }
            var end = i + 1
            while end < range.upperBound, end - i <= 3, isNameWord(doc, end, known: known) { end += 1 }
            guard end > i + 1 else { continue }
            // `Project Kesher Foundation`: a longer name, which the other rules read.
            if end < range.upperBound, doc.tokens[end].kind == .word, doc.tokens[end].isCapitalized { i = end - 1; continue }
            // `Project Title:`, `Project Duration:`: a form's field, not a name.
            if doc.isPunctuation(end, 0x3A) { i = end - 1; continue }
            let tokens = i..<end
            let type: NodeType = doc.word(i - 1, in: bodyNouns) ? .agency : .program
            let text = doc.text(tokens)
            found.append(Mention(type: type, clean: doc.cleanRange(tokens), tokens: tokens, sentence: sentence, surface: text,
                                 name: EntityNames.clean(text), rule: name, confidence: 0.6))
            i = end - 1
        }
        return found
    }

    /// A name the cable once calls a body's (`NGO Project Kesher`) is that body's everywhere in it (`Project Kesher held ...`).
    static func unify(_ mentions: inout [[Mention]]) {
        let bodies = Set(mentions.joined().filter { $0.rule == name && $0.type == .agency }.map(\.name))
        guard !bodies.isEmpty else { return }
        for s in mentions.indices {
            for m in mentions[s].indices where mentions[s][m].rule == name && bodies.contains(mentions[s][m].name) {
                mentions[s][m].type = .agency
            }
        }
    }

    static func isNameWord(_ doc: DocumentTokens, _ k: Int, known: KnownTokens) -> Bool {
        let t = doc.tokens[k]
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps, t.length >= 2, isUpper(doc.bytes[t.start]) else { return false }
        if let span = known[k] { return span.tokens.count == 1 && [.country, .city, .province].contains(span.type) }
        return !doc.word(k, in: PersonRule.titles) && NameLexicon.headType(doc, k) == nil
            && !doc.word(k, in: NameLexicon.calendarWords) && !doc.word(k, in: NameLexicon.sentenceStarters)
    }
}
