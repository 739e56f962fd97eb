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
        "administrator", "manager", "whip", "ombudsman", "inspector", "superintendent", "magistrate", "attache",
        "negotiator", "chancellor", "speaker", "sultan", "mufti", "patriarch", "archbishop", "reverend", "rev",
        "monsignor", "sheik", "commandant", "marshal", "sergeant", "brigadier", "auditor", "registrar", "treasurer",
        "governor-general", "nuncio", "economist", "analyst", "emboff", "polcouns", "econcouns", "polchief", "econchief",
        "conoff", "polmiloff", "ecoff", "laboff", "pdoff", "refcoord", "polecon", "comptroller",
        // Roles written before a name in lower case (`rival oligarch Vladimir Gusinsky`, `Putin supporter Lev Leviev`).
        "oligarch", "businessman", "businesswoman", "tycoon", "dissident", "blogger", "novelist", "historian", "candidate",
        "supporter", "opponent", "critic",
        // Security cables (`radical cleric and terror suspect Abu Qatada`).
        "cleric", "defendant", "co-defendant", "detainee", "militant", "financier", "warlord", "operative",
        // Cable shorthand before a name (`AmCit Shawn McCormick`, `Codel Pingree`, `ForMin Qureshi`).
        "amcit", "codel", "staffdel", "formin", "fonmin",
        // Lawmakers named by their office (`FATA parliamentarians Shaukat Ullah and ...`, `First Lady Suzanne Mubarak`,
        // `Labor Party MK Ephraim Sneh`: a member of the Knesset).
        "parliamentarian", "lawmaker", "legislator", "lady", "mk",
    ]

    /// Words that continue a title rather than start a name.
    static let titleWords: WordSet = [
        "foreign", "prime", "vice", "interior", "defense", "defence", "justice", "finance", "economy", "economic", "trade",
        "labor", "labour", "health", "education", "general", "state", "national", "security", "affairs", "chief",
        "executive", "senior", "special", "permanent", "acting", "former", "new", "first", "second", "third", "then",
        "ministers", "of", "the", "for", "and", "public", "political", "consular", "commercial", "military",
        "presidential", "parliamentary", "supreme", "high", "federal", "provincial", "regional", "local", "district",
        "police", "army", "navy", "air", "force", "foreign-minister", "minister-counselor", "counselor", "legal", "press",
        "cultural", "agricultural", "economic/political", "pol", "econ", "pol/econ", "polecon", "polmiloff", "officer",
        "secretary-general", "under-secretary", "chairman", "director-general", "opposition", "party", "ruling", "retired",
        "staff", "joint", "council", "court", "committee", "commission", "assembly", "cabinet", "government", "embassy",
        "member", "members", "exchequer", "information", "managing", "project", "programme", "program",
    ]

    /// A one-word place can be a surname after a title (`Governor Serra`, `Mayor Jose Serra`); a country cannot.
    static func isSurnamePlace(_ span: KnownTokens.Span) -> Bool {
        span.tokens.count == 1 && PersonSurnameRule.places.contains(span.type)
    }

    static let portfolioOpeners: WordSet = ["of", "for", "the"]

    /// Lower-case particles of family names.
    static let nameParticles: WordSet = ["wa", "van", "von", "der", "den", "de", "del", "della", "da", "das", "dos", "du", "los", "las", "bin", "ibn", "bint", "al", "el", "le", "la", "ter", "ten"]

    /// Heads of the names of places, media, firms and party members, which are no person's (`Keflavik Airport`,
    /// `John F. Kennedy Airport`, `Benjamin Franklin Library`, `Santiago Times`, `Christian Democrats`).
    static let nonPersonHeads: WordSet = ["airport", "port", "island", "islands", "river", "mountain", "mountains", "valley", "lake",
                                      "street", "avenue", "square", "bridge", "station", "hotel", "mine", "camp", "base",
                                      "park", "dam", "glen", "library", "museum", "memorial", "stadium", "hall", "plaza",
                                      "beach", "bay", "falls", "highway", "road", "prize", "award", "times", "post", "news",
                                      "herald", "tribune", "journal", "gazette", "daily", "radio", "television", "magazine",
                                      "group", "holdings", "company", "corporation", "inc", "ltd", "motors", "airlines",
                                      "airways", "lines", "shipping", "banco", "club",
                                      // Events and texts named after a place (`Paris Declaration`, `Geneva Conventions`).
                                      "declaration", "conference", "talks", "summit", "terminal", "series", "accords", "forum",
                                      "province", "governorate", "region", "district", "county", "municipality",
                                      "round", "meeting", "consensus", "principles", "conventions", "protocols", "treaties", "democrats", "democrat", "republicans", "socialists", "liberals"]

    /// A word that can be part of a name found without a title before it (`Roman Abramovich`, `Ariel O. Lijo`): a
    /// capitalized word, not in capitals, that no dictionary knows and that is no title, head, calendar word,
    /// sentence starter, portfolio or place head.
    static func isUntitledNameWord(_ doc: DocumentTokens, _ k: Int, known: KnownTokens) -> Bool {
        let t = doc.tokens[k]
        return t.kind == .word && t.isCapitalized && !t.isAllCaps && t.length >= 2 && known[k] == nil
            && !doc.stem(k, in: titles).found && !doc.word(k, in: titleWords)
            && NameLexicon.headType(doc, k) == nil && !doc.word(k, in: NameLexicon.calendarWords)
            && !doc.word(k, in: NameLexicon.sentenceStarters) && !doc.word(k, in: NameLexicon.portfolioWords)
            && !doc.word(k, in: nonPersonHeads)
    }

    /// `al-Megrahi`, `el-Sisi`: a lower-case article joined by a hyphen to a capitalized name.
    static func isArticleJoinedName(_ doc: DocumentTokens, _ k: Int) -> Bool {
        let t = doc.tokens[k]
        guard t.kind == .word, t.length >= 5, isLower(doc.bytes[t.start]) else { return false }
        var i = t.start
        while i < min(t.end, t.start + 4), doc.bytes[i] != 0x2D { i += 1 }
        guard i < t.end - 1, doc.bytes[i] == 0x2D, isUpper(doc.bytes[i + 1]) else { return false }
        return doc.bytes[t.start..<i].allSatisfy(isLower) && i - t.start <= 3
    }

    /// The token after a run of name particles, when a capitalized word follows them (`van der Velden`).
    static func particleEnd(_ doc: DocumentTokens, from start: Int, limit: Int) -> Int? {
        var k = start
        while k < limit, k - start < 3, !doc.tokens[k].isCapitalized, doc.word(k, in: nameParticles) { k += 1 }
        guard k < limit, k > start, doc.tokens[k].kind == .word, doc.tokens[k].isCapitalized, !doc.tokens[k].isAllCaps else { return nil }
        return k
    }

    /// The end of a long title: `Deputy Foreign Minister`, `Minister of Public Security`, `Ambassador at Large for
    /// Combating Human Trafficking`, `Secretary of State for Business, Enterprise and Regulatory Reform`. After `of`
    /// or `for`, the portfolio's words, places and bodies belong to the title.
    static func titleEnd(_ doc: DocumentTokens, from start: Int, end: Int, known: KnownTokens) -> Int {
        var k = start
        var portfolio = false
        var skipped = 0
        while k < end, skipped < 12 {
            // `Minister Dr. Chakib Khelil`, `Head of State Gen. Abdulsalami Abubakar`: an abbreviated title's dot.
            if k > start, doc.isPunctuation(k, 0x2E), doc.tokens[k - 1].length <= 4, doc.word(k - 1, in: titles) {
                k += 1
                continue
            }
            if portfolio, doc.isPunctuation(k, 0x2C), doc.word(k + 1, in: NameLexicon.portfolioWords) {
                k += 1
                continue
            }
            guard doc.tokens[k].kind == .word else { break }
            if doc.word(k, is: "at"), doc.word(k + 1, is: "large") {
                k += 2
                continue
            }
            let afterOf = doc.word(k - 1, is: "of") || doc.word(k - 1, is: "for")
            let inPortfolio = portfolio && (doc.word(k, in: NameLexicon.portfolioWords) || NameLexicon.headType(doc, k)?.type == .agency)
            guard inPortfolio || doc.word(k, in: titles) || doc.word(k, in: titleWords) || known[k] != nil && (afterOf || portfolio)
            else { break }
            if doc.word(k, is: "of") || doc.word(k, is: "for") { portfolio = true }
            k = known[k]?.tokens.upperBound ?? k + 1
            skipped += 1
        }
        return k
    }

    /// After one or two capitalized words the portfolio list does not hold, the end of the portfolio words that
    /// follow them (`External Relations`, `Islamic Affairs`); nil when none follow.
    static func portfolioTail(_ doc: DocumentTokens, from start: Int, limit: Int, known: KnownTokens) -> Int? {
        var j = start
        while j < limit, j - start < 2, doc.tokens[j].kind == .word, doc.tokens[j].isCapitalized, known[j] == nil,
              !doc.word(j, in: NameLexicon.portfolioWords) { j += 1 }
        guard j > start, j < limit, doc.tokens[j].isCapitalized, doc.word(j, in: NameLexicon.portfolioWords) else { return nil }
        while j < limit, doc.tokens[j].isCapitalized, doc.word(j, in: NameLexicon.portfolioWords) { j += 1 }
        return j
    }

    /// The end of a name of up to four words (particles aside) starting at `start`, and its word count.
    static func nameEnd(_ doc: DocumentTokens, from start: Int, limit: Int, known: KnownTokens, afterPortfolio: Bool) -> (end: Int, words: Int) {
        var end = start
        var words = 0
        while end < limit, words < 4 {
            let t = doc.tokens[end]
            let initial = t.kind == .word && t.length == 1 && t.isCapitalized && doc.isPunctuation(end + 1, 0x2E)
            // `Roel van der Velden`, `Osama bin Laden`: lower-case particles inside a name.
            if words > 0, t.kind == .word, doc.word(end, in: nameParticles), let next = particleEnd(doc, from: end, limit: limit) {
                end = next
                continue
            }
            guard t.kind == .word, t.isCapitalized, !t.isAllCaps || t.length == 1 || initial, known[end] == nil || isSurnamePlace(known[end]!),
                  !doc.stem(end, in: titles).found, !doc.word(end, in: titleWords), NameLexicon.headType(doc, end) == nil,
                  !doc.word(end, in: NameLexicon.sentenceStarters),
                  !doc.word(end, in: NameLexicon.calendarWords),
                  !(afterPortfolio && doc.word(end, in: NameLexicon.portfolioWords)) else { break }
            end += initial ? 2 : 1
            words += 1
            if t.isPossessive { break }
        }
        return (end, words)
    }

    /// A name of two to four words at `start` (no title, head, place or body among them), or nil.
    private static func fullName(_ doc: DocumentTokens, at start: Int, range: Range<Int>, known: KnownTokens, sentence: Int,
                                 title: String) -> Mention? {
        guard start < range.upperBound else { return nil }
        let (end, words) = nameEnd(doc, from: start, limit: range.upperBound, known: known, afterPortfolio: false)
        guard words >= 2 else { return nil }
        if end < range.upperBound, doc.tokens[end].isCapitalized, NameLexicon.headType(doc, end) != nil { return nil }
        let m = Mention.person(doc, start..<end, sentence: sentence, rule: name, confidence: 0.65, attributes: ["title": title])
        return m.name.count >= 5 ? m : nil
    }

    /// A heading or subject line in title case (`Ministers Present Requests for Funding`): every word in lower case
    /// is a short function word.
    private static func titleCased(_ doc: DocumentTokens, _ range: Range<Int>) -> Bool {
        !range.contains { doc.tokens[$0].kind == .word && !doc.tokens[$0].isCapitalized && !doc.word($0, in: headingLowerCase) }
    }

    private static let headingLowerCase: WordSet = ["a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to", "with",
                                                    "by", "from", "as", "vs", "via"]

    /// Full names listed after a plural title, joined by commas and `and`.
    private static func namesListed(_ doc: DocumentTokens, from start: Int, range: Range<Int>, known: KnownTokens,
                                    sentence: Int) -> [Mention] {
        var found: [Mention] = []
        var k = start
        let title = doc.text(doc.tokens[start - 1])
        while let m = fullName(doc, at: k, range: range, known: known, sentence: sentence, title: title) {
            found.append(m)
            k = m.tokens.upperBound
            if doc.isPunctuation(k, 0x2C) { k += 1 }
            if doc.word(k, is: "and") { k += 1 } else if !doc.isPunctuation(k - 1, 0x2C) { break }
        }
        return found
    }

    static func mentions(in doc: DocumentTokens, sentence: Int, known: KnownTokens) -> [Mention] {
        guard !doc.allCaps[sentence] else { return [] }
        let range = doc.sentences[sentence]
        var found: [Mention] = []
        // Whether the sentence is a heading, read once (a long sentence may hold many plural titles).
        var heading: Bool?
        var i = range.lowerBound
        while i < range.upperBound - 1 {
            defer { i += 1 }
            guard doc.tokens[i].kind == .word, known[i] == nil else { continue }
            if !doc.word(i, in: titles) {
                // `Senators Babar Awan and Enver Baig`, `parliamentarians Shaukat Ullah and Munir Khan Orakzai`.
                if doc.stem(i, in: titles).plural {
                    if heading == nil { heading = titleCased(doc, range) }
                    guard heading == false else { continue }
                    let listed = namesListed(doc, from: i + 1, range: range, known: known, sentence: sentence)
                    found += listed
                    if let last = listed.last { i = last.tokens.upperBound - 1 }
                }
                continue
            }
            // `local Taliban leader, Baitullah Mehsud.`: a full name set off by a comma after a title in lower case (a
            // capitalized one before a comma heads a list of posts: `Minister, Nuclear Technology`).
            // (A title in lower case is no word of a heading.)
            if !doc.tokens[i].isCapitalized, doc.isPunctuation(i + 1, 0x2C),
               let m = fullName(doc, at: i + 2, range: range, known: known, sentence: sentence, title: doc.text(doc.tokens[i])) {
                let after = m.tokens.upperBound
                if after >= range.upperBound || doc.tokens[after].kind == .punctuation || !doc.tokens[after].isCapitalized {
                    found.append(m)
                    i = after - 1
                    continue
                }
            }
            var k = i + 1
            if doc.isPunctuation(k, 0x2E) { k += 1 }    // `Mr.` split by the tokenizer
            let k0 = k
            // `The Ministries of Labor, Interior, Justice and Islamic Affairs`: a title word in a list names no one.
            if doc.word(k0, is: "and") || doc.isPunctuation(i - 1, 0x2C) && doc.isPunctuation(k0, 0x2C) { continue }
            k = titleEnd(doc, from: k, end: range.upperBound, known: known)
            // A title that names no one is not read again from its inner words (`Justice` in `Minister of Justice`).
            let titleLast = k - 1
            defer { i = max(i, titleLast) }
            let afterPortfolio = (k0..<k).contains { doc.word($0, is: "of") || doc.word($0, is: "for") }
            // `head of the Inter-Services Intelligence`: what follows `of` or `for` and is not a portfolio,
            // place or body names the post, not its holder.
            let opened = k > k0 && doc.word(k - 1, in: portfolioOpeners)
            var (end, words) = opened ? (k, 0) : nameEnd(doc, from: k, limit: range.upperBound, known: known, afterPortfolio: afterPortfolio)
            // `Minister of Justice and Islamic Affairs Khalid bin Ali Al Khalifa`, `Director General for External Relations
            // Carlos Portales`: words the portfolio list does not hold, then more portfolio; the name after that must
            // be a full one.
            if afterPortfolio, opened || words == 1, let next = portfolioTail(doc, from: k, limit: range.upperBound, known: known) {
                let retry = nameEnd(doc, from: next, limit: range.upperBound, known: known, afterPortfolio: true)
                if retry.words >= 2 { (k, end, words) = (next, retry.end, retry.words) }
            }
            guard words > 0, end > k else { continue }
            // `Chairman of the ... and Related Agencies Subcommittee`: capitalized words before a head noun
            // belong to a body's name.
            // After a portfolio, the same goes for its words (`Chairman of the Industrial Steel Company`), and a
            // lone word before a title is part of the title (`Regional Environmental Hub Officer`).
            if end < range.upperBound, doc.tokens[end].isCapitalized {
                if NameLexicon.headType(doc, end) != nil || words == 1 && doc.word(end, in: titles) { continue }
                if afterPortfolio, doc.word(end, in: NameLexicon.portfolioWords) { continue }
            }
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
