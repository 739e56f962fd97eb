/// What extraction found in one document, before resolution.
public struct Extraction: Sendable {
    public let tokens: DocumentTokens
    /// The country the cable is about (from its origin), if any.
    public let country: String?
    /// Selected mentions, in text order.
    public let mentions: [Mention]
    public let definitions: [AcronymDefinition]
    /// Relations the entity rules imply (an article is PART_OF its law).
    public let relations: [RelationMention]
}

/// Stage 2 of the pipeline: mentions of entities in a document.
///
/// Pass 1 runs the gazetteer, the institution-name rule and the acronym-definition rule on every
/// sentence. What the document defined and named becomes a document dictionary; pass 2 finds those
/// names again (`MPS`, `Ministry of Civil affairs`) and reads legal articles against the laws named.
public struct EntityExtractor: Sendable {
    public let gazetteer: Gazetteer
    public let givenNames: GivenNames

    public init(gazetteer: Gazetteer, givenNames: GivenNames = .shared) {
        self.gazetteer = gazetteer
        self.givenNames = givenNames
    }

    public func extract(_ document: CableDocument) -> Extraction {
        // Without a deadline nothing throws.
        (try? extract(document, deadline: TimeLimit.none))!
    }

    public func extract(_ document: CableDocument, deadline: TimeLimit) throws -> Extraction {
        let doc = DocumentTokens(document)
        let country = CableCountry.infer(document.metadata, gazetteer: gazetteer)
        let count = doc.sentences.count
        var dictionaryMentions = [[Mention]](repeating: [], count: count)
        var institutionMentions = [[Mention]](repeating: [], count: count)
        var otherMentions = [[Mention]](repeating: [], count: count)
        var definitions: [AcronymDefinition] = []
        let home = country.flatMap { gazetteer.byKey["country:" + $0] }
        let governmentForms = home.map { GovernmentAcronymRule.forms(name: $0.name, code: country ?? "") } ?? []
        for s in 0..<count {
            if s & 63 == 0 { try deadline.check() }
            dictionaryMentions[s] = gazetteer.mentions(in: doc, sentence: s, country: country)
            var known = KnownTokens(sentence: doc.sentences[s], mentions: dictionaryMentions[s])
            let government = GovernmentAcronymRule.mentions(in: doc, sentence: s, country: home, forms: governmentForms, known: known)
            if !government.isEmpty {
                dictionaryMentions[s] = (dictionaryMentions[s] + government).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
                known = KnownTokens(sentence: doc.sentences[s], mentions: dictionaryMentions[s])
            }
            institutionMentions[s] = InstitutionNameRule.mentions(in: doc, sentence: s, known: known)
            let named = KnownTokens(sentence: doc.sentences[s], mentions: dictionaryMentions[s] + institutionMentions[s])
            let persons = PersonRule.mentions(in: doc, sentence: s, known: named)
                + PersonAppositiveRule.mentions(in: doc, sentence: s, known: named)
                + PersonInitialRule.mentions(in: doc, sentence: s, known: named)
                + PersonGivenNameRule.mentions(in: doc, sentence: s, known: named, given: givenNames)
                + PersonListRule.afterBody(in: doc, sentence: s, known: named)
            otherMentions[s] = PlaceNameRule.mentions(in: doc, sentence: s, known: known) + persons
                + gazetteer.compoundPlaceMentions(in: doc, sentence: s, country: country, covered: dictionaryMentions[s])
                + gazetteer.designatedListMentions(in: doc, sentence: s, country: country)
                + LeadingHeadProgramRule.mentions(in: doc, sentence: s, known: named)
                + EmbassyRule.mentions(in: doc, sentence: s, known: known, country: country, origin: document.metadata.origin,
                                       gazetteer: gazetteer)
                + PersonListRule.mentions(in: doc, sentence: s, persons: persons, known: named)
            definitions += AcronymDefinitionRule.definitions(in: doc, sentence: s)
        }
        LeadingHeadProgramRule.unify(&otherMentions)
        let learned = learn(doc, definitions: definitions, dictionary: dictionaryMentions, institutions: institutionMentions)
        let surnames = PersonSurnameRule.surnames(otherMentions.joined().filter { $0.type == .person }, doc: doc)

        var selected: [Mention] = []
        var relations: [RelationMention] = []
        var currentLaw: Mention?
        let acronymFamilies = BodyComplementRule.families(in: doc)
        for s in 0..<count {
            if s & 63 == 0 { try deadline.check() }
            let again = learned.mentions(in: doc, sentence: s)
            // At the same place, the reading that wins selection (a short name the text gave) names the law.
            let candidates = (institutionMentions[s] + again).filter { $0.type == .law }.sorted {
                ($0.tokens.lowerBound, MentionSelector.priority($0)) < ($1.tokens.lowerBound, MentionSelector.priority($1))
            }
            var best: [Range<Int>: Int] = [:]
            for law in candidates { best[law.tokens] = min(best[law.tokens] ?? .max, MentionSelector.priority(law)) }
            let laws = candidates.filter { MentionSelector.priority($0) == best[$0.tokens] }
            let articles = LegalArticleRule.apply(doc, sentence: s, laws: laws, current: &currentLaw) { sentence, tokens in
                Mention(type: .law, clean: doc.cleanRange(tokens), tokens: tokens, sentence: sentence, surface: "criminal code",
                        name: "criminal code", rule: LegalArticleRule.name, confidence: 0.6, attributes: ["implicit": "true"])
            }
            relations += articles.partOf
            let named = again + institutionMentions[s]
            let families = BodyComplementRule.mayApply(doc, mentions: named, families: acronymFamilies)
                ? BodyComplementRule.mentions(in: doc, sentence: s, mentions: named,
                                              known: KnownTokens(sentence: doc.sentences[s], mentions: dictionaryMentions[s]),
                                              families: acronymFamilies)
                : []
            var dictionary = PersonSurnameRule.reclaim(dictionaryMentions[s], surnames: surnames, doc: doc)
            if !learned.redefined.isEmpty {
                dictionary.removeAll { $0.key != nil && $0.type == .agency && $0.tokens.count == 1 && learned.redefined.contains(EntityNames.clean($0.surface)) }
            }
            let others = PersonSurnameRule.complete(otherMentions[s], surnames: surnames)
            selected += MentionSelector.select(dictionary + institutionMentions[s] + others + again + families + articles.articles,
                                               doc: doc)
        }
        return Extraction(tokens: doc, country: country, mentions: selected, definitions: definitions, relations: relations)
    }

    /// The document dictionary: defined acronyms and the institution names used.
    private func learn(_ doc: DocumentTokens, definitions: [AcronymDefinition], dictionary: [[Mention]],
                       institutions: [[Mention]]) -> DocumentDictionary {
        var learned = DocumentDictionary()
        var seen = Set<String>()
        for definition in definitions {
            // A definition repeated word for word teaches nothing new.
            guard seen.insert(definition.short + "\u{1}" + doc.text(definition.long)).inserted else { continue }
            let candidates = dictionary[definition.sentence] + institutions[definition.sentence]
            let entry = LongForm.entry(for: definition, doc: doc, candidates: candidates, gazetteer: gazetteer)
            if entry?.key == nil, LongForm.redefinesKnownAcronym(definition, doc: doc, candidates: candidates, gazetteer: gazetteer) {
                learned.redefine(definition.short)
            }
            if let entry {
                learned.addAcronym(definition.short, for: entry)
                // `study by Chile's National Department of ... (SENAME)`: a long form that starts in the sentence's
                // words is no name.
                if definition.lettersMatch, let first = definition.long.first, doc.tokens[first].isCapitalized,
                   // The last word ends the name however the cable writes it (`Civil affairs`, `Committee's`): only the
                   // words before it can describe a body rather than name it.
                   !doc.word(first, in: NameLexicon.sentenceStarters), !LongForm.describes(definition.long.dropLast(), doc: doc) {
                    learned.addName(doc.text(definition.long), for: entry)
                }
            }
        }
        // Other names the text gives a body or a law: in parentheses, or after `called` (AlternateNameRule).
        var shortNames = AlternateNameRule.inParentheses(doc, institutions: institutions)
        let calling = institutions.indices.filter { AlternateNameRule.mayCall(doc, sentence: $0) }
        var used = DocumentDictionary()
        if !calling.isEmpty {
            for m in institutions.joined() where m.attributes["implicit"] == nil {
                used.addName(m.surface, for: .init(type: m.type, name: m.name, key: nil, scope: m.scope))
            }
        }
        for s in calling {
            // The first name may be written in lower case (`Prostitution law: ... called the Law for ...`).
            let names = (used.mentions(in: doc, sentence: s) + institutions[s]).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            shortNames += AlternateNameRule.called(doc, names: names)
        }
        for (surface, entry) in shortNames { learned.addName(surface, for: entry) }
        for m in institutions.joined() where m.attributes["implicit"] == nil {
            learned.addName(m.surface, for: .init(type: m.type, name: m.name, key: nil, scope: m.scope))
        }
        return learned
    }
}

/// What the long form of an acronym definition names.
enum LongForm {
    static let fillers: Set<String> = ["of", "the", "for", "on", "and", "in", "to", "&", "de", "la", "del", "des", "du"]

    /// The same name up to small words and at most one word that differs or is left out (`UN High Commission for
    /// Refugees` = `UN High Commissioner for Refugees`, `Drug Enforcement Agency` = `Drug Enforcement Administration`).
    static func nearlySameName(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> [String] {
            s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init).filter { !fillers.contains($0) }
        }
        func same(_ x: String, _ y: String) -> Bool { x == y || (min(x.count, y.count) >= 6 && x.prefix(6) == y.prefix(6)) }
        let x = words(a), y = words(b)
        guard min(x.count, y.count) >= 2, abs(x.count - y.count) <= 1 else { return false }
        let unmatched = x.filter { w in !y.contains { same(w, $0) } }
        // `National Security Adviser (NSA)` is a person's post, not the agency.
        if unmatched.contains(where: { PersonRule.titles.contains($0) }) { return false }
        return x.count - unmatched.count >= max(x.count, y.count) - 1
    }

    /// Whether a definition spells out an acronym the gazetteer knows as a body with none of its words
    /// (`American University in Cairo (AUC)`, `Avian Influenza (AI)`); not a variant of its name (`Comprehensive Test
    /// Ban Treaty Organization (CTBTO)`).
    static func redefinesKnownAcronym(_ d: AcronymDefinition, doc: DocumentTokens, candidates: [Mention], gazetteer: Gazetteer) -> Bool {
        guard d.lettersMatch, let known = candidates.first(where: {
            $0.type == .agency && $0.key != nil && $0.tokens == d.shortToken..<(d.shortToken + 1)
        }), let key = known.key else { return false }
        func words(_ s: String) -> Set<String> {
            Set(s.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { !fillers.contains($0) && $0.count > 2 })
        }
        let long = words(doc.text(d.long))
        return !(gazetteer.agencyNames[key] ?? [known.name]).contains { !words($0).isDisjoint(with: long) }
    }

    /// Words that describe a body rather than name it: a possessive or a lower-case word other than a connector.
    static func describes<C: Collection<Int>>(_ tokens: C, doc: DocumentTokens) -> Bool {
        tokens.contains { i in
            doc.tokens[i].isPossessive || (doc.tokens[i].kind == .word && !doc.tokens[i].isCapitalized
                && !doc.word(i, in: NameLexicon.connectors) && !doc.word(i, in: .namePrepositions))
        }
    }

    static func entry(for d: AcronymDefinition, doc: DocumentTokens, candidates: [Mention], gazetteer: Gazetteer) -> DocumentDictionary.Entry? {
        func entry(_ m: Mention) -> DocumentDictionary.Entry {
            .init(type: m.type, name: m.name, key: m.key, scope: m.scope)
        }
        let plain = candidates.filter { $0.attributes["demonym"] == nil }
        // `UN High Commission for Refugees (UNHCR)`, `Drug Enforcement Agency (DEA)`: a known body's acronym names it
        // when the long form is one of its names written a little differently. Acronyms are shared, so a long form
        // that names something else stays that (`Avian Influenza (AI)` is not Amnesty International).
        if d.lettersMatch, let known = plain.first(where: { $0.type == .agency && $0.key != nil && $0.tokens == d.shortToken..<(d.shortToken + 1) }),
           let key = known.key, !plain.contains(where: { $0.tokens == d.long && $0.key != nil && $0.key != key }),
           (gazetteer.agencyNames[key] ?? []).contains(where: { nearlySameName(doc.text(d.long), $0) }) {
            return entry(known)
        }
        guard d.lettersMatch else {
            // A foreign acronym: accepted for an institution name that ends right before the parenthesis.
            return plain.first { $0.rule == InstitutionNameRule.name && $0.tokens.upperBound == d.shortToken - 1 }.map(entry)
        }
        let long = d.long
        if let same = plain.first(where: { $0.tokens == long }) { return entry(same) }
        // A name ending where the long form ends: within it, or a little longer when the letters matched
        // a shorter tail (`National Coalition against ... (CONATT)` matched from `Coalition`).
        if let tail = plain.filter({ $0.tokens.upperBound == long.upperBound && $0.tokens.lowerBound + 3 >= long.lowerBound })
            .max(by: { $0.tokens.count < $1.tokens.count }), tail.tokens.count * 2 >= long.count {
            // A known body's name at the end of a longer one is another body when the words before it are
            // a name of their own: `Peace and Security Council (PSC)` is not the UN Security Council,
            // `Her Majesty's Treasury (HMT)` not the US Treasury; `the UN Security Council (UNSC)` is.
            let lead = long.lowerBound..<max(long.lowerBound, tail.tokens.lowerBound)
            let ownLead = lead.allSatisfy { i in
                !doc.tokens[i].isCapitalized || doc.word(i, in: NameLexicon.sentenceStarters)
                    || candidates.contains { $0.tokens.contains(i) && $0.type != .agency }
                    || candidates.contains { $0.key != nil && $0.key == tail.key && $0.tokens.contains(i) }
            }
            if tail.key == nil || ownLead { return entry(tail) }
            // `President Zapatero's center-left Spanish Socialist Workers' Party (PSOE)`: words before a known body that
            // are no name (a possessive, a lower-case word) describe it.
            if describes(lead, doc: doc) { return entry(tail) }
            // Its own name, unless it is a title (`Chairman of the Joint Chiefs of Staff (CJCS)`) or no name at all.
            guard tail.type == .agency, let first = long.first, doc.tokens[first].isCapitalized,
                  InstitutionNameRule.isNameWord(doc, first), !doc.word(first, in: NameLexicon.sentenceStarters) else { return nil }
            return .init(type: .agency, name: doc.text(long), key: nil, scope: nil)
        }
        let text = doc.text(long)
        // `Save the Children UK`: a known organization's name extended.
        if let org = plain.first(where: { $0.type == .agency && $0.tokens.lowerBound == long.lowerBound && long.upperBound > $0.tokens.upperBound }) {
            return .init(type: .agency, name: text, key: nil, scope: org.scope ?? Mention.noCountry)
        }
        // `Royal Thai Government (RTG)`, `Government of Iceland (GOI)`: the country itself.
        if (long).contains(where: { doc.word($0, is: "government") }),
           let country = candidates.first(where: { $0.type == .country && long.contains($0.tokens.lowerBound) }) {
            return entry(country)
        }
        // `Patronato Nacional de la Infancia (PANI)`: a foreign name led by its head.
        if let first = long.first, doc.word(first, in: NameLexicon.leadingForeignHeads), long.count >= 2 {
            return .init(type: .agency, name: text, key: nil, scope: nil)
        }
        return nil
    }
}

private extension WordSet {
    /// Small words inside names (`American University in Cairo`, `Instituto de la Mujer`).
    static let namePrepositions: WordSet = ["in", "at", "on", "to", "of", "for", "and", "the", "de", "la", "del", "des", "du",
                                            "da", "do", "dos", "das", "y", "e", "et", "el", "al", "le", "les", "von", "van"]
}
