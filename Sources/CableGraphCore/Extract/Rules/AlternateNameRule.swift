/// Second names the text gives a body or a law: `Protocol to Prevent ... (the Palermo Protocol)`,
/// `Investigative Police (Policia de Investigaciones de Chile - PICH)`, `Prostitution law: ... called the Law for
/// Combating Prostitution`. Each pair becomes a learned name of the document, so the two are one entity.
enum AlternateNameRule {
    typealias Learned = (surface: String, entry: DocumentDictionary.Entry)

    /// A name in parentheses right after another of the same type (or, for a body, before `- ACRONYM`).
    static func inParentheses(_ doc: DocumentTokens, institutions: [[Mention]]) -> [Learned] {
        var found: [Learned] = []
        for sentence in institutions {
            var starting: [Int: Mention] = [:]
            for m in sentence where starting[m.tokens.lowerBound] == nil { starting[m.tokens.lowerBound] = m }
            for long in sentence where long.attributes["implicit"] == nil {
                var k = long.tokens.upperBound
                guard doc.isPunctuation(k, 0x28) else { continue }
                k += 1
                if doc.word(k, is: "the") { k += 1 }
                guard let short = starting[k], short.type == long.type else { continue }
                let end = short.tokens.upperBound
                let closes = doc.isPunctuation(end, 0x29)
                let beforeAcronym = long.type == .agency && (doc.isPunctuation(end, 0x2D) || doc.isPunctuation(end, 0x2C))
                    && end + 1 < doc.tokens.count && doc.tokens[end + 1].isAllCaps
                if closes || beforeAcronym { found.append((short.surface, entry(long))) }
            }
        }
        return found
    }

    static func mayCall(_ doc: DocumentTokens, sentence: Int) -> Bool {
        doc.sentences[sentence].contains { doc.word($0, in: .callWords) }
    }

    /// `A ... called the B`, `A, known as B`: the first name is another name of the second (sorted `names`).
    static func called(_ doc: DocumentTokens, names: [Mention]) -> [Learned] {
        var found: [Learned] = []
        for (n, first) in names.enumerated() where first.attributes["implicit"] == nil {
            // Only names within a few words (sorted by start): a long run-on sentence stays linear.
            var j = n + 1
            while j < names.count, names[j].tokens.lowerBound <= first.tokens.upperBound + 14 { j += 1 }
            for second in names[(n + 1)..<j] where second.type == first.type && second.attributes["implicit"] == nil
                && second.tokens.lowerBound >= first.tokens.upperBound {
                var k = second.tokens.lowerBound - 1
                if doc.word(k, is: "the") { k -= 1 }
                let called = doc.word(k, is: "called") || doc.word(k, is: "named") || (doc.word(k, is: "as") && doc.word(k - 1, is: "known"))
                guard called, k - first.tokens.upperBound <= 12, first.name != second.name else { continue }
                found.append((first.surface, entry(second)))
            }
        }
        return found
    }

    private static func entry(_ m: Mention) -> DocumentDictionary.Entry {
        .init(type: m.type, name: m.name, key: nil, scope: m.scope, isShortName: true)
    }
}

private extension WordSet {
    static let callWords: WordSet = ["called", "named", "known"]
}
