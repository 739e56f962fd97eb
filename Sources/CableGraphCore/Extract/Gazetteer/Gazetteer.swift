/// What a dictionary name stands for.
public struct GazetteerTarget: Sendable, Hashable {
    public var type: NodeType
    /// Stable key of the entry: `country:CN`, `subdivision:CN-SC`, `org:iom`, `region:southeast-asia`, `city:...`.
    public var key: String
    /// Canonical name.
    public var name: String
    /// ISO code of the country it belongs to (`CN` for Sichuan, `INT` for none).
    public var scope: String?
    /// The name is also a common word or another thing's name: it needs mixed-case context to count.
    public var ambiguous: Bool
    /// Matched through a demonym (`Vietnamese`).
    public var demonym: Bool
    /// Key of the place it is part of: a division's country, a city's division (`subdivision:CN-YN`).
    public var parent: String?
    /// An ambiguous form that all-capitals text cannot tell from a word (`US`, `JORDAN`).
    public var unsafeInCapitals: Bool = false
    /// Counted only in its own country's cables: a smaller city (below half a million people), or a body named like other
    /// countries' bodies (the organizations' `local` flag).
    public var minor: Bool = false
    /// An ambiguous form that is also a common personal name (`Eni`, `Jordan`).
    public var personName: Bool = false

    /// An ambiguous division or city, or a local body, read in another country's cable: it counts only in its own country's.
    func isAmbiguousOutside(_ country: String?) -> Bool {
        ambiguous && (type == .province || type == .city || (type == .agency && minor)) && scope != country
    }

    public init(type: NodeType, key: String, name: String, scope: String?, ambiguous: Bool = false, demonym: Bool = false,
                parent: String? = nil) {
        self.type = type
        self.key = key
        self.name = name
        self.scope = scope
        self.ambiguous = ambiguous
        self.demonym = demonym
        self.parent = parent
    }
}

/// Dictionary lookup of places and known organizations in a sentence.
public struct Gazetteer: Sendable {
    public private(set) var matcher = PhraseMatcher()
    public private(set) var targets: [GazetteerTarget] = []
    private var targetIndex: [GazetteerTarget: Int32] = [:]
    /// Canonical entries by key (`country:CN`), for resolution.
    public private(set) var byKey: [String: GazetteerTarget] = [:]
    /// Organizations by the normalized form of their names (`EntityNames.agencyIDName`), for names the
    /// text writes a little differently (`Department of Treasury` for `Department of the Treasury`).
    private var agencyKeysByName: [String: [String]] = [:]
    /// Every name an organization is written with (`UNHCR`, `UN High Commissioner for Refugees`, ...).
    public private(set) var agencyNames: [String: [String]] = [:]

    static let rule = "gazetteer"

    public init() {}

    public mutating func add(_ surface: String, _ target: GazetteerTarget) {
        let index: Int32
        if let existing = targetIndex[target] {
            index = existing
        } else {
            index = Int32(targets.count)
            targets.append(target)
            targetIndex[target] = index
        }
        if !target.demonym, byKey[target.key] == nil { byKey[target.key] = target }
        if target.type == .agency, surface.contains(" ") {
            agencyNames[target.key, default: []].append(surface)
            let name = EntityNames.agencyIDName(surface)
            if !(agencyKeysByName[name] ?? []).contains(target.key) { agencyKeysByName[name, default: []].append(target.key) }
        }
        matcher.add(surface, payload: index)
    }

    /// The known organization a name stands for, written as in the dictionary up to `the` and word order
    /// (`Interior Ministry`): `idName` is the name normalized by `EntityNames.agencyIDName`. Within a country
    /// (`scope`) or international (nil).
    public func agency(idName: String, scope: String?) -> GazetteerTarget? {
        guard let keys = agencyKeysByName[idName] else { return nil }
        let matches = keys.compactMap { byKey[$0] }.filter { ($0.scope == "INT" ? nil : $0.scope) == scope }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The one known organization of any country with this long name (four words or more): a text that names
    /// `the Office of Overseas Prosecutorial Development, Assistance, and Training` in a Costa Rica cable means
    /// the US office, not a Costa Rican one.
    public func agencyAnywhere(idName: String) -> GazetteerTarget? {
        guard let keys = agencyKeysByName[idName], keys.count == 1, idName.split(separator: " ").count >= 4 else { return nil }
        return byKey[keys[0]]
    }

    static func namesLanguage(_ doc: DocumentTokens, _ tokens: Range<Int>) -> Bool {
        let before = tokens.lowerBound - 1, after = tokens.upperBound
        if doc.word(after, in: languageFollowers) { return true }
        if doc.word(before, in: languageVerbs) { return true }
        // `in Spanish`, `translated into Spanish` end a phrase; `in Spanish waters` does not.
        return (doc.word(before, is: "in") || doc.word(before, is: "into"))
            && (after >= doc.tokens.count || doc.tokens[after].kind == .punctuation)
    }

    static let languageVerbs: WordSet = ["learn", "learning", "learned", "speak", "speaks", "speaking", "spoke", "spoken", "teach",
                                         "teaching", "taught", "translated", "translate", "fluent"]
    static let languageFollowers: WordSet = ["language", "languages", "speaker", "speakers", "speaking", "-language",
                                             "-speaking", "translation", "translator", "translators", "interpreter", "interpreters",
                                                 "acronym", "acronyms", "abbreviation", "initials"]

    static let legislatureWords: WordSet = ["congress", "senate", "house", "representatives", "parliament", "assembly"]

    /// Right after a given name (`Othon Pinheiro`, `Roger Bootle`), or, for a smaller city, before one more capitalized
    /// word that ends a name (`Dalai Lama`, not `Kanazawa District Court`, nor `Limbe Port` or `Limbe Mayor`).
    static func insideName(_ doc: DocumentTokens, _ tokens: Range<Int>, sentence: Int, minor: Bool) -> Bool {
        let range = doc.sentences[sentence]
        let before = tokens.lowerBound - 1
        if before >= range.lowerBound, doc.tokens[before].isCapitalized, !doc.tokens[before].isAllCaps,
           doc.word(before, in: GivenNames.shared.names) {
            return true
        }
        let after = tokens.upperBound
        guard minor, after < range.upperBound, beforeNameWord(doc, after), !doc.stem(after, in: PersonRule.titles).found
        else { return false }
        return after + 1 >= range.upperBound || !(doc.tokens[after + 1].kind == .word && doc.tokens[after + 1].isCapitalized)
    }

    /// A capitalized word that is no head of a name (`Faleomavaega`, not `Group` or `Corporation`).
    static func beforeNameWord(_ doc: DocumentTokens, _ k: Int) -> Bool {
        guard k < doc.tokens.count else { return false }
        let t = doc.tokens[k]
        return t.kind == .word && t.isCapitalized && !t.isAllCaps && NameLexicon.headType(doc, k) == nil
    }

    /// Words after an organization's name that make the phrase generic (`UN agencies`).
    static let genericFollowers: WordSet = ["agencies", "bodies", "system", "entities", "organizations", "organisations",
                                                "family"]

    /// Dictionary mentions in a sentence, longest first at each position, without overlaps.
    /// `country` is the cable's country: it decides between same-named places.
    public func mentions(in doc: DocumentTokens, sentence: Int, country: String?) -> [Mention] {
        let allCaps = doc.allCaps[sentence]
        return matcher.scan(doc, sentence: sentence, wordsOnly: true) { candidate, fitting in
            var ownLegislature = false
            let options: [GazetteerTarget] = fitting.compactMap { phrase -> GazetteerTarget? in
                let target = targets[Int(phrase.payload)]
                if target.ambiguous {
                    // Ambiguous divisions and cities count only in their own country's cables;
                    // other ambiguous forms only where case can tell them from words.
                    if target.isAmbiguousOutside(country) { return nil }
                    // `Congress`, `the Senate`: every country has one, and a cable's is its own country's. The US ones
                    // count in US cables (and those with no country), not in a cable from New Delhi.
                    if target.type == .agency, let scope = target.scope, scope != "INT", let country, scope != country,
                       candidate.tokens.contains(where: { doc.word($0, in: Gazetteer.legislatureWords) }) {
                        ownLegislature = true
                        return nil
                    }
                    if allCaps && target.unsafeInCapitals { return nil }
                }
                return target
            }
            guard let target = choose(options, country: country) else {
                // Read as the cable's own country's body (`Congress` in a cable from Brasilia is Brazil's).
                // Only the bare word: inside a longer name (`General People's Congress`, `Congress of Deputies`) the
                // institution-name rule reads the whole.
                let before = candidate.tokens.lowerBound - 1, after = candidate.tokens.upperBound
                let inName = (before >= doc.sentences[sentence].lowerBound && doc.tokens[before].kind == .word
                              && doc.tokens[before].isCapitalized && !doc.word(before, is: "the"))
                    || (doc.word(after, in: NameLexicon.connectors) && after + 1 < doc.tokens.count && doc.tokens[after + 1].isCapitalized)
                guard ownLegislature, !inName, let country else { return .next }
                let text = doc.text(candidate.tokens)
                return .take(Mention(type: .agency, clean: doc.cleanRange(candidate.tokens), tokens: candidate.tokens, sentence: sentence,
                                     surface: text, name: text, scope: country, rule: Gazetteer.rule, confidence: 0.7))
            }
            if target.type == .agency, doc.word(candidate.tokens.upperBound, in: Gazetteer.genericFollowers) { return .stop }
            // `Othon Pinheiro`, `Dalai Lama`: a smaller city's name between a name's words is part of that name.
            if target.type == .city, target.ambiguous, !allCaps,
               Gazetteer.insideName(doc, candidate.tokens, sentence: sentence, minor: target.minor) {
                return .next
            }
            // `Eni Faleomavaega`: a body's name that is also a given name, before a capitalized word, is the person's.
            if target.type == .agency, target.personName, candidate.tokens.count == 1, !allCaps,
               Gazetteer.beforeNameWord(doc, candidate.tokens.upperBound) { return .next }
            // `learn Spanish`, `Arabic-language`, `in English`: a language, not the country.
            if target.demonym, Gazetteer.namesLanguage(doc, candidate.tokens) { return .next }
            return .take(Mention(type: target.type, clean: doc.cleanRange(candidate.tokens), tokens: candidate.tokens,
                                 sentence: sentence, surface: doc.text(candidate.tokens), name: target.name, key: target.key,
                                 scope: target.scope == "INT" ? nil : target.scope, rule: Gazetteer.rule,
                                 confidence: target.ambiguous ? 0.7 : 0.95, attributes: target.demonym ? ["demonym": "true"] : [:]))
        }
    }

    /// Places joined by hyphens in one word (`Nairobi-Zurich-Berlin-London`, `Afghanistan-Pakistan`, `Israeli-Palestinian`):
    /// a mention of each, marked `compound`, when every part is a place the dictionary knows. A word with any other
    /// part (`Al-Qaeda`, `Afro-Brazilian`, `Calmy-Rey`) names no place. `covered`: the sentence's dictionary mentions,
    /// in text order. The parts are no known words for the name rules: `US-India Mutual Legal Assistance Treaty` stays whole.
    func compoundPlaceMentions(in doc: DocumentTokens, sentence: Int, country: String?, covered: [Mention]) -> [Mention] {
        guard !doc.allCaps[sentence] else { return [] }
        var found: [Mention] = []
        var next = 0
        for k in doc.sentences[sentence] {
            let t = doc.tokens[k]
            guard t.kind == .word, t.isCapitalized, t.length >= 5, doc.bytes[t.start..<t.end].contains(0x2D) else { continue }
            while next < covered.count, covered[next].tokens.upperBound <= k { next += 1 }
            if next < covered.count, covered[next].tokens.contains(k) { continue }
            var parts: [Range<Int>] = []
            var start = t.start
            for i in t.start...t.end where i == t.end || doc.bytes[i] == 0x2D {
                parts.append(start..<i)
                start = i + 1
            }
            guard parts.count >= 2, parts.allSatisfy({ $0.count >= 2 && isUpper(doc.bytes[$0.lowerBound]) }) else { continue }
            var places: [Mention] = []
            for part in parts {
                let text = String(decoding: doc.bytes[part], as: UTF8.self)
                let options = lookup(text).filter { target in
                    SentenceFacts.places.contains(target.type) && !target.isAmbiguousOutside(country)
                }
                guard let target = choose(options, country: country) else { break }
                places.append(Mention(type: target.type, clean: part, tokens: k..<(k + 1), sentence: sentence, surface: text,
                                      name: target.name, key: target.key, scope: target.scope == "INT" ? nil : target.scope,
                                      rule: Gazetteer.rule, confidence: target.ambiguous ? 0.7 : 0.9,
                                      attributes: target.demonym ? ["demonym": "true", "compound": "true"] : ["compound": "true"]))
            }
            if places.count == parts.count { found += places }
        }
        return found
    }

    /// Among entries with the same name: countries first (`Georgia`, `Mexico`), the cable's own country first of two, then the cable's own
    /// country's places (`Punjab` in a cable from Islamabad), organizations, cities, first-level divisions, regions.
    /// A city outranks a division of the same name (`Cairo`, `Sao Paulo`, `Tripoli`): cables name the city;
    /// the division has its own longer form (`Cairo Governorate`, `Sao Paulo State`).
    func choose(_ options: [GazetteerTarget], country: String?) -> GazetteerTarget? {
        guard options.count > 1 else { return options.first }
        func rank(_ t: GazetteerTarget) -> Int {
            // `Congo` in a cable from Kinshasa is the DRC, from Brazzaville the Republic of the Congo.
            if t.type == .country { return country != nil && t.key == "country:" + country! ? -1 : 0 }
            let home = country != nil && t.scope == country ? 0 : 10
            let typeRank: Int
            switch t.type {
            case .country: typeRank = 1
            case .agency: typeRank = 2
            case .city: typeRank = 3
            case .province: typeRank = 4
            case .region: typeRank = 5
            default: typeRank = 6
            }
            return home + typeRank
        }
        return options.min { (rank($0), $0.key) < (rank($1), $1.key) }
    }
}

extension Gazetteer {
    /// Entries whose name is exactly `text` (any case).
    public func lookup(_ text: String) -> [GazetteerTarget] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        Tokenizer.tokenize(bytes, range: 0..<bytes.count, into: &tokens)
        guard !tokens.isEmpty else { return [] }
        let full = matcher.candidates(bytes, tokens: tokens[...], at: 0).first { $0.tokens.upperBound == tokens.count }
        return full?.phrases.map { targets[Int(matcher.phrases[Int($0)].payload)] } ?? []
    }
}
