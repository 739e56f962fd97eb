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
        for i in doc.sentences[sentence] where known[i] == nil {
            let t = doc.tokens[i]
            let end = t.isPossessive ? t.end - (doc.bytes[t.end - 1] == 0x27 ? 1 : 2) : t.end
            // `GOC`, `GoC`, `GOC's`, `RTG`: capitals (the `o` of `Go` may be lower case).
            guard t.kind == .word, end - t.start >= 3, end - t.start <= 6, doc.bytes[t.start] == 0x47 || doc.bytes[t.start] == 0x52
            else { continue }
            var upper: [UInt8] = []
            for k in t.start..<end {
                let b = doc.bytes[k]
                if isUpper(b) { upper.append(b) } else if b == 0x6F, k == t.start + 1, doc.bytes[t.start] == 0x47 { upper.append(0x4F) } else { upper = []; break }
            }
            guard !upper.isEmpty, forms.contains(String(decoding: upper, as: UTF8.self)) else { continue }
            found.append(Mention(type: .country, clean: t.start..<end, tokens: i..<(i + 1), sentence: sentence,
                                 surface: String(decoding: doc.bytes[t.start..<end], as: UTF8.self), name: country.name,
                                 key: country.key, scope: country.scope, rule: name, confidence: 0.85))
        }
        return found
    }
}
