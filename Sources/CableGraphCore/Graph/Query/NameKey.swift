/// The form user-typed names and graph names are compared in: lower case, accents folded,
/// apostrophes and periods dropped (`Women's` = `womens`, `U.S.` = `us`), other punctuation
/// a word break, `&` read as `and`, a leading `the` dropped.
public enum NameKey {
    public static func normalize(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func emit(_ piece: String) {
            if pendingSpace && !out.isEmpty { out += " " }
            pendingSpace = false
            out += piece
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'", "\u{2019}", "\u{2018}", ".", "\u{AD}": continue
            case "&": pendingSpace = true; emit("and"); pendingSpace = true
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    emit(fold(scalar))
                } else {
                    pendingSpace = true
                }
            }
        }
        if out.hasPrefix("the "), out.count > 4 { out.removeFirst(4) }
        return out
    }

    /// The words of a normalized name.
    public static func words(_ key: String) -> [Substring] {
        key.split(separator: " ")
    }

    /// Initials of the significant words (`International Organization for Migration` -> `iom`), for names of
    /// organizations, programs and laws people shorten that way; nil when fewer than two initials.
    public static func acronym(of label: String) -> String? {
        let words = normalize(label.replacingHyphens()).split(separator: " ")
        let initials = words.filter { !acronymStopWords.contains(String($0)) }.compactMap(\.first)
        guard initials.count >= 2, initials.allSatisfy(\.isLetter) else { return nil }
        return String(initials)
    }

    static let acronymStopWords: Set<String> = ["of", "for", "the", "and", "on", "in", "to", "a", "an", "at", "de", "la", "del", "des", "du"]

    private static func fold(_ scalar: Unicode.Scalar) -> String {
        let lower = String(scalar).lowercased()
        guard scalar.value > 0x7F else { return lower }
        return lower.unicodeScalars.map { accentFree[$0] ?? String($0) }.joined()
    }

    /// Latin letters with diacritics, folded to their base letter (the core has no Foundation to do it).
    private static let accentFree: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
            ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"),
            ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
            ("ss", "ß"), ("ae", "æ"), ("oe", "œ"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (base, letters) in groups { for s in letters.unicodeScalars { table[s] = base } }
        return table
    }()
}

extension String {
    fileprivate func replacingHyphens() -> String {
        String(map { $0 == "-" || $0 == "/" ? " " : $0 })
    }
}
