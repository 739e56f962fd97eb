/// People named after a title: `Political Officer Brooke Spelman`, `Foreign Minister Yang Jiechi`,
/// `Ambassador Piccuta`, `Mr. Li`, `Dr. Wang`.
public enum PersonRule {
    static let name = "person-title"

    static let titles: WordSet = [
        "officer", "ambassador", "minister", "president", "director", "secretary", "deputy", "chairman", "chairwoman",
        "chair", "governor", "mayor", "general", "colonel", "commissioner", "spokesman", "spokeswoman", "spokesperson",
        "advisor", "adviser", "counselor", "counsellor", "consul", "premier", "judge", "prosecutor", "senator",
        "congressman", "congresswoman", "representative", "king", "queen", "prince", "princess", "sheikh", "shaykh",
        "emir", "amir", "dr", "mr", "mrs", "ms", "professor", "prof", "poloff", "econoff", "dcm", "charge", "mp",
        "lieutenant", "captain", "major", "admiral", "commander", "attorney", "justice", "vice-minister", "vice-president",
        "undersecretary", "under-secretary", "assistant", "ambassador-at-large", "coordinator", "envoy", "founder",
        "head", "leader", "chief", "lawyer", "activist", "journalist", "editor", "dean", "rector", "bishop", "cardinal",
        "pope", "imam", "ayatollah", "rabbi", "father", "sister", "gen", "col", "lt", "capt", "amb", "sen", "rep", "gov",
    ]

    /// Words that continue a title rather than start a name.
    static let titleWords: WordSet = [
        "foreign", "prime", "vice", "interior", "defense", "defence", "justice", "finance", "economy", "economic", "trade",
        "labor", "labour", "health", "education", "general", "state", "national", "security", "affairs", "chief",
        "executive", "senior", "special", "permanent", "acting", "former", "new", "first", "second", "third", "then",
        "ministers", "of", "the", "for", "and", "public", "political", "consular", "commercial", "military", "defence",
        "presidential", "parliamentary", "supreme", "high", "federal", "provincial", "regional", "local", "district",
        "police", "army", "navy", "air", "force", "foreign-minister", "minister-counselor", "counselor", "legal", "press",
        "cultural", "agricultural", "economic/political", "pol", "econ", "pol/econ", "polecon", "polmiloff", "officer",
        "secretary-general", "under-secretary", "chairman", "director-general", "opposition", "party", "ruling", "retired",
        "staff", "joint", "council", "court", "committee", "commission", "assembly", "cabinet", "government", "embassy",
        "member", "members",
    ]

    /// A one-word place can be a surname after a title (`Governor Serra`, `Mayor Jose Serra`); a country cannot.
    static func isSurnamePlace(_ span: KnownTokens.Span) -> Bool {
        span.tokens.count == 1 && PersonSurnameRule.places.contains(span.type)
    }

    static func mentions(in doc: DocumentTokens, sentence: Int, known: KnownTokens) -> [Mention] {
        guard !doc.allCaps[sentence] else { return [] }
        let range = doc.sentences[sentence]
        var found: [Mention] = []
        var i = range.lowerBound
        while i < range.upperBound - 1 {
            defer { i += 1 }
            guard doc.tokens[i].kind == .word, doc.word(i, in: titles), known[i] == nil else { continue }
            var k = i + 1
            if doc.isPunctuation(k, 0x2E) { k += 1 }    // `Mr.` split by the tokenizer
            // The rest of a long title: `Deputy Foreign Minister`, `Minister of Public Security`.
            var skipped = 0
            while k < range.upperBound, skipped < 6, doc.tokens[k].kind == .word,
                  doc.word(k, in: titles) || doc.word(k, in: titleWords) || known[k] != nil && doc.word(k - 1, is: "of") {
                k = known[k]?.tokens.upperBound ?? k + 1
                skipped += 1
            }
            var end = k
            var words = 0
            while end < range.upperBound, words < 4 {
                let t = doc.tokens[end]
                let initial = t.kind == .word && t.length == 1 && t.isCapitalized && doc.isPunctuation(end + 1, 0x2E)
                guard t.kind == .word, t.isCapitalized, !t.isAllCaps || t.length == 1 || initial, known[end] == nil || isSurnamePlace(known[end]!),
                      !doc.word(end, in: titles), !doc.word(end, in: titleWords), NameLexicon.headType(doc, end) == nil,
                      !doc.word(end, in: NameLexicon.sentenceStarters),
                      !doc.word(end, in: NameLexicon.calendarWords) else { break }
                end += initial ? 2 : 1
                words += 1
                if t.isPossessive { break }
            }
            guard words > 0, end > k else { continue }
            let tokens = k..<end
            let name = EntityNames.clean(doc.text(tokens))
            // `the Attorney General's Office`: a possessive title is not a name.
            guard name.count >= 3, !(words == 1 && (titles.contains(name.lowercased()) || titleWords.contains(name.lowercased()))) else { continue }
            found.append(Mention(type: .person, clean: doc.cleanRange(tokens), tokens: tokens, sentence: sentence,
                                 surface: doc.text(tokens), name: name, scope: Mention.noCountry, rule: self.name, confidence: 0.7,
                                 attributes: ["title": doc.text(doc.tokens[i])]))
            i = end - 1
        }
        return found
    }
}
