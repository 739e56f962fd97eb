/// `GOC`, `GOCR`, `GoI`, `GVN`, `RTG`: cable shorthand for the government of the cable's own country, read as
/// a mention of that country (as `USG` is one of the United States, in the gazetteer).
///
/// The forms are built from the country's initials (`Costa Rica`: `CR`) or its ISO code (`Vietnam`: `VN`):
/// `GO` + letters, `G` + two or more letters, `RG`/`RGO` + letters and `R` + letters + `G` (royal governments).
/// Only the cable's own country is read, and not in all-capitals sentences, where `GOT` and `GOES` are words.
enum GovernmentAcronymRule {
    static let name = "government-acronym"

    /// The forms for one country, upper case.
    static func forms(name: String, code: String) -> Set<String> {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { !["of", "the", "and"].contains($0.lowercased()) }
        let initials = String(words.compactMap(\.first)).uppercased()
        var forms = Set<String>()
        for letters in Set([initials, code.uppercased()]) where !letters.isEmpty {
            forms.insert("GO" + letters)
            forms.insert("RGO" + letters)
            forms.insert("RG" + letters)
            forms.insert("R" + letters + "G")
            if letters.count >= 2 { forms.insert("G" + letters) }
        }
        return forms
    }

    static func mentions(in doc: DocumentTokens, sentence: Int, country: GazetteerTarget?, forms: Set<String>,
                         known: KnownTokens) -> [Mention] {
        guard let country, !forms.isEmpty, !doc.allCaps[sentence] else { return [] }
        var found: [Mention] = []
        for i in doc.sentences[sentence] {
            let t = doc.tokens[i]
            // `GOC`, `GoC`, `GOC's`, `RTG`: capitals (the `o` of `Go` may be lower case). Byte tests first: this runs on
            // every token.
            let first = doc.bytes[t.start]
            guard first == 0x47 || first == 0x52, t.kind == .word, t.length >= 3, t.length <= 8 else { continue }
            let end = t.isPossessive ? t.end - (doc.bytes[t.end - 1] == 0x27 ? 1 : 2) : t.end
            guard end - t.start >= 3, end - t.start <= 6,
                  (t.start + 1..<end).allSatisfy({ isUpper(doc.bytes[$0]) || ($0 == t.start + 1 && first == 0x47 && doc.bytes[$0] == 0x6F) }),
                  known[i] == nil else { continue }
            let upper = doc.bytes[t.start..<end].map { $0 == 0x6F ? 0x4F : $0 }
            guard forms.contains(String(decoding: upper, as: UTF8.self)) else { continue }
            found.append(Mention(type: .country, clean: t.start..<end, tokens: i..<(i + 1), sentence: sentence,
                                 surface: String(decoding: doc.bytes[t.start..<end], as: UTF8.self), name: country.name,
                                 key: country.key, scope: country.scope, rule: name, confidence: 0.85))
        }
        return found
    }
}
