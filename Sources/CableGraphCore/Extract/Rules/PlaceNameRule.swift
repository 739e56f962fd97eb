/// Places below the first-level division that no gazetteer lists: `from Liangshan, Sichuan Province`
/// (a city in the division named after it) and names ending in a place word (`Liangshan Yi Autonomous
/// Prefecture`, `Dongguan City`).
public enum PlaceNameRule {
    static let name = "place-name"

    static let placeWords: WordSet = ["city", "prefecture", "county", "municipality", "district", "township", "village",
                                          "town", "oblast", "raion"]
    static let prepositions: WordSet = ["from", "in", "to", "at", "near", "of", "into", "around", "outside", "across", "over", "via", "through",
                                        "within", "toward", "towards", "throughout"]

    static func mentions(in doc: DocumentTokens, sentence: Int, known: KnownTokens) -> [Mention] {
        guard !doc.allCaps[sentence] else { return [] }
        let range = doc.sentences[sentence]
        var found: [Mention] = []
        var i = range.lowerBound + 1
        while i < range.upperBound {
            defer { i += 1 }
            // `X, Sichuan Province`
            if doc.isPunctuation(i, 0x2C), let division = known[i + 1], division.type == .province, division.tokens.lowerBound == i + 1,
               let span = capitalizedRun(doc, endingBefore: i, lowerBound: range.lowerBound, known: known),
               span.lowerBound - 1 >= range.lowerBound, doc.word(span.lowerBound - 1, in: prepositions) {
                var m = mention(doc, sentence, span, scope: division.scope)
                m.attributes["parent"] = division.key
                found.append(m)
                continue
            }
            // `Liangshan Yi Autonomous Prefecture`
            let t = doc.tokens[i]
            if t.kind == .word, t.isCapitalized, known[i] == nil, doc.word(i, in: placeWords),
               let span = capitalizedRun(doc, endingBefore: i, lowerBound: range.lowerBound, known: known) {
                found.append(mention(doc, sentence, span.lowerBound..<(i + 1), scope: nil))
            }
        }
        return found
    }

    private static func mention(_ doc: DocumentTokens, _ sentence: Int, _ tokens: Range<Int>, scope: String?) -> Mention {
        Mention(type: .city, clean: doc.cleanRange(tokens), tokens: tokens, sentence: sentence, surface: doc.text(tokens),
                name: doc.text(tokens), scope: scope, rule: name, confidence: 0.7)
    }

    /// One to three capitalized words that no dictionary knows, right before `end`.
    private static func capitalizedRun(_ doc: DocumentTokens, endingBefore end: Int, lowerBound: Int, known: KnownTokens) -> Range<Int>? {
        var start = end
        while start > lowerBound, end - start < 3 {
            let k = start - 1
            let t = doc.tokens[k]
            guard t.kind == .word, t.isCapitalized, !t.isAllCaps || t.length == 1, known[k] == nil, !t.isPossessive,
                  NameLexicon.headType(doc, k) == nil, !doc.word(k, in: NameLexicon.sentenceStarters),
                  !doc.word(k, in: NameLexicon.calendarWords) else { break }
            start = k
        }
        return start < end ? start..<end : nil
    }
}
