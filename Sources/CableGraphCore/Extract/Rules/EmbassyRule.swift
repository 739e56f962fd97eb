/// Diplomatic posts. A US post is named as the State Department writes it: `Embassy San Jose`, also written
/// `the U.S. Embassy in San Jose`; `the U.S. Embassy` alone is the post the cable comes from. Another country's post
/// is named by that country and its host: in a Bogota cable `the British Embassy` is `Embassy of the United Kingdom in
/// Colombia`; `the Israeli Embassy in Russia` and `the Embassy of Israel in Moscow` are `Embassy of Israel in Russia`.
enum EmbassyRule {
    static let name = "embassy"

    /// `origin`: the cable's sender (`Embassy Cairo`); `country`: the cable's country.
    static func mentions(in doc: DocumentTokens, sentence: Int, known: KnownTokens, country: String?, origin: String?,
                         gazetteer: Gazetteer) -> [Mention] {
        guard !doc.allCaps[sentence] else { return [] }
        let range = doc.sentences[sentence]
        var found: [Mention] = []
        for i in range {
            guard let head = head(doc, at: i, end: range.upperBound) else { continue }
            var owner: KnownTokens.Span? = i > range.lowerBound ? known[i - 1] : nil
            if let o = owner, o.type != .country || o.tokens.upperBound != i { owner = nil }
            var end = head.end
            // `Embassy of Israel`
            if owner == nil, doc.word(end, is: "of"), let o = known[end + 1], o.type == .country, o.tokens.lowerBound == end + 1 {
                owner = o
                end = o.tokens.upperBound
            }
            // `Embassy San Jose` (no owner: the State Department's way), `Embassy in Moscow`
            var host: KnownTokens.Span?
            var hostUnknown = false
            if let h = place(known, at: end), owner == nil || owner?.scope == "US" {
                host = h
            } else if doc.word(end, is: "in") {
                host = place(known, at: end + 1)
                hostUnknown = host == nil
            }
            let start = owner?.tokens.lowerBound ?? i
            let tokens = start..<(host?.tokens.upperBound ?? end)
            let label: String
            if owner == nil || owner?.scope == "US" {
                if let h = host {
                    label = head.text + " " + doc.text(h.tokens)
                } else if owner != nil, head.text == "Embassy", let post = origin, post.hasPrefix("Embassy ") {
                    label = post
                } else {
                    continue
                }
                found.append(mention(doc, sentence, tokens, label: label, scope: "US"))
                continue
            }
            guard let ownerCode = owner?.scope, let ownerName = gazetteer.byKey["country:" + ownerCode]?.name else { continue }
            // The host: the place named after `in`, else the cable's country; none for a place no dictionary knows.
            let hostCode = hostUnknown ? nil : host?.scope ?? country
            let hostName = hostCode.flatMap { $0 == ownerCode ? nil : gazetteer.byKey["country:" + $0]?.name }
            label = head.text + " of " + withArticle(ownerName) + (hostName.map { " in " + withArticle($0) } ?? "")
            found.append(mention(doc, sentence, tokens, label: label, scope: ownerCode))
        }
        return found
    }

    /// `the United Kingdom`, `the Netherlands`, `the Democratic Republic of the Congo`; `Israel`.
    static func withArticle(_ country: String) -> String {
        let the = ["United ", "Democratic ", "Republic "].contains { country.hasPrefix($0) }
            || [" Republic", " Islands", " Emirates"].contains { country.hasSuffix($0) }
            || ["Netherlands", "Philippines", "Bahamas", "Gambia", "Holy See", "Maldives", "Comoros", "Seychelles"].contains(country)
        return the ? "the " + country : country
    }

    /// `Embassy`, `Consulate`, `Consulate General`, `High Commission`, capitalized, at `i`.
    private static func head(_ doc: DocumentTokens, at i: Int, end: Int) -> (text: String, end: Int)? {
        let t = doc.tokens[i]
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps else { return nil }
        if doc.word(i, is: "embassy") { return ("Embassy", i + 1) }
        if doc.word(i, is: "consulate") {
            if i + 1 < end, doc.word(i + 1, is: "general"), doc.tokens[i + 1].isCapitalized { return ("Consulate General", i + 2) }
            return ("Consulate", i + 1)
        }
        if doc.word(i, is: "high"), i + 1 < end, doc.word(i + 1, is: "commission"), doc.tokens[i + 1].isCapitalized {
            return ("High Commission", i + 2)
        }
        return nil
    }

    /// A known city or country that starts at `k`.
    private static func place(_ known: KnownTokens, at k: Int) -> KnownTokens.Span? {
        guard let p = known[k], p.tokens.lowerBound == k, p.type == .city || p.type == .country else { return nil }
        return p
    }

    private static func mention(_ doc: DocumentTokens, _ sentence: Int, _ tokens: Range<Int>, label: String, scope: String) -> Mention {
        Mention(type: .agency, clean: doc.cleanRange(tokens), tokens: tokens, sentence: sentence, surface: doc.text(tokens),
                name: label, scope: scope, rule: name, confidence: 0.8)
    }
}
