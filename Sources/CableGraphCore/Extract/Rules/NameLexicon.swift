/// Words that decide what a capitalized name is: head nouns per type, connectors inside names,
/// and modifiers too generic to make a name on their own.
enum NameLexicon {
    /// Heads of Spanish, Portuguese and French names, which put adjectives after the head (`Fuerza Publica`).
    static let romanceHeadWords = [
        "federacion", "ministerio", "ministere", "instituto", "institut", "patronato", "fiscalia", "direccion",
        "consejo", "comision", "comite", "oficina", "policia", "corte", "juzgado", "procuraduria", "defensoria",
        "secretaria", "fundacion", "asociacion", "coordinadora", "conselho", "departamento", "conseil", "agence",
        "sindicato", "confederacion", "polícia", "policía", "fiscalía", "dirección", "comisión", "procuraduría",
        "defensoría", "secretaría", "fundación", "asociación", "ministère", "organizacion", "organización",
        "organismo", "fuerza", "fuerzas", "alianza", "grupo", "carabineros", "servicio", "unidad", "agencia",
        "colegio", "escuela", "universidad", "partido", "movimiento", "frente", "centro", "congreso", "asamblea",
        "ministério", "fundação", "associação", "movimento", "procuradoria", "comissão", "agência", "serviço",
        "assembleia", "université", "parti", "mouvement", "fédération",
    ]
    static let romanceHeads = WordSet(romanceHeadWords)

    /// Head nouns of organization names (singular, lower case): English ones, a few other forms cables quote
    /// (`Ministerium`, `Comité`), and the Romance-language heads (`Ministerio`, `Fiscalia`, `Patronato`).
    static let agencyHeads = WordSet([
        "ministry", "department", "bureau", "office", "court", "committee", "council", "commission", "federation",
        "association", "agency", "administration", "procuratorate", "procuracy", "police", "party", "embassy",
        "consulate", "foundation", "center", "centre", "institute", "university", "union", "league", "organization",
        "organisation", "service", "authority", "directorate", "secretariat", "assembly", "parliament", "congress",
        "senate", "cabinet", "coalition", "network", "fund", "bank", "front", "movement", "society", "alliance",
        "tribunal", "unit", "force", "group", "staff", "division", "army", "navy", "guard", "academy", "chamber",
        "board", "corps", "mission", "command", "commissariat", "inspectorate", "ombudsman", "gendarmerie", "militia",
        "caucus", "procurator", "prosecutor", "prosecution", "judiciary", "legislature", "majlis", "shura",
        "taskforce", "clinic", "hospital", "church", "brigade", "battalion", "regiment", "presidency", "school",
        "college", "company", "corporation", "mining", "chemicals", "airlines", "airways", "holdings", "cartel",
        "brotherhood", "consortium", "syndicate", "cooperative", "ministerium", "direction", "confederation",
        "comité",
    ] + romanceHeadWords)

    /// Articles a complement may begin with after its connector: `of the Interior`, `de la Mujer`, `of all Forms` (`all`
    /// only in lower case before a capitalized word no dictionary knows).
    static let articles: WordSet = ["the", "la", "las", "los", "el", "le", "les", "all"]

    /// Heads of program names: plans, campaigns, initiatives, projects, mechanisms, report series.
    static let programHeads: WordSet = [
        "plan", "program", "programme", "campaign", "initiative", "project", "mechanism", "strategy", "scheme",
        "process", "framework", "system", "report", "reports", "agenda", "partnership", "dialogue", "compact",
        "programa", "campana", "campaña", "proyecto", "iniciativa", "sistema",
    ]

    /// Heads of law names.
    static let lawHeads: WordSet = [
        "law", "act", "code", "decree", "ordinance", "regulation", "regulations", "statute", "constitution",
        "order", "bill", "directive", "proclamation", "edict", "amendment", "ley", "decreto", "codigo", "código", "loi", "lei",
        "protocol", "convention", "treaty", "covenant", "charter", "agreement",
    ]

    /// Law heads of international agreements, which belong to no country.
    static let treatyHeads: Set<String> = ["protocol", "convention", "treaty", "covenant", "charter", "statute", "agreement"]

    /// Program heads that count even in lower case after a capitalized or quoted name (`"Spring Rain" campaign`).
    static let lowercaseProgramHeads: WordSet = ["campaign", "program", "programme", "initiative", "project", "operation"]

    /// Foreign-language heads that come first in the name (`Patronato Nacional de la Infancia`).
    static let leadingForeignHeads: WordSet = [
        "ministerio", "ministere", "ministère", "instituto", "institut", "patronato", "fiscalia", "fiscalía",
        "direccion", "dirección", "consejo", "comision", "comisión", "comite", "comité", "oficina", "policia",
        "policía", "corte", "juzgado", "procuraduria", "procuraduría", "defensoria", "defensoría", "secretaria",
        "secretaría", "fundacion", "fundación", "asociacion", "asociación", "coordinadora", "conselho", "departamento",
        "sindicato", "confederacion", "federacion", "organizacion", "organización", "agence", "direction", "conseil",
    ]

    /// Heads of national government bodies: a leading country or demonym is their owner, not their name
    /// (`Chinese Ministry of Public Security` is China's `Ministry of Public Security`).
    static let governmentHeads: WordSet = [
        "ministry", "embassy", "consulate", "government", "police", "army", "navy", "parliament", "cabinet",
        "presidency", "judiciary", "legislature", "ministerio", "ministere", "ministère", "court", "congress", "senate",
        "tribunal", "procuratorate", "procuracy", "prosecutor", "force", "guard", "office", "gendarmerie",
    ]

    /// Government heads of a country's armed and police forces, named with the country when nothing else names them
    /// (`Ghana Police`).
    static let forceHeads: Set<String> = ["police", "army", "navy", "gendarmerie", "guard", "force"]

    /// Words that join parts of a name after its head.
    static let connectors: WordSet = [
        "of", "for", "on", "against", "and", "&", "de", "del", "la", "las", "los", "el", "des", "du", "di", "da", "do",
        "para", "contra", "y", "e", "et", "pour", "sur", "en", "dos", "das", "por", "sobre", "sem",
    ]

    /// Connectors that coordinate rather than attach (`and`, `&`, `y`).
    static let conjunctions: WordSet = ["and", "&", "y", "e", "et"]

    /// Modifiers that only say what level of government something is; with nothing else they make no name
    /// (`Provincial Court`, `City Council`, `Local Government`).
    static let genericModifiers: WordSet = [
        "provincial", "municipal", "district", "county", "city", "local", "regional", "prefectural", "township",
        "village", "relevant", "respective", "various", "other", "some", "all", "these", "those", "its", "their",
        "his", "her", "our", "your", "this", "that", "each", "every", "both", "many", "several", "such", "one", "two",
        "three", "four", "five", "new", "same", "another", "policy", "mixed", "private", "related",
    ]

    /// What makes a bank a public body (`Central Bank of Egypt`, `Asian Development Bank`); other banks
    /// (`Standard Chartered Bank`) are companies, which are not agencies.
    static let publicBankWords: WordSet = [
        "central", "development", "reserve", "national", "investment", "world", "people's", "export-import", "reconstruction",
        "settlements", "state", "federal", "islamic", "european", "african", "asian", "inter-american", "caribbean",
    ]

    /// Capitalized words that start sentences but never start names.
    static let sentenceStarters: WordSet = [
        "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "with", "without", "under", "over",
        "after", "before", "during", "since", "while", "when", "where", "although", "though", "however", "moreover",
        "furthermore", "also", "both", "each", "all", "some", "many", "most", "several", "these", "those", "this",
        "that", "there", "here", "it", "its", "they", "their", "we", "our", "he", "his", "she", "her", "according",
        "as", "if", "but", "and", "or", "nor", "so", "yet", "because", "despite", "following", "per", "regarding",
        "post", "embassy", "chief", "among", "between", "through", "unlike", "like", "other", "such", "only",
        "even", "not", "no", "any", "every", "which", "who", "whose", "what", "how", "why", "then", "thus",
        "hence", "still", "yes", "meanwhile", "separately", "additionally", "finally", "first", "second", "third",
        "local", "southern", "northern", "eastern", "western", "recently", "currently", "previously", "officially",
        "reportedly", "generally", "typically", "overall", "until", "once", "upon", "into", "within", "toward",
        "towards", "about", "above", "below", "via", "re", "comment", "note", "summary", "begin", "end", "visit",
        "please", "contact", "see",
    ]

    /// Office holders whose office is a body (`Attorney General's Office`, `Prime Minister's Office`, `Public Prosecutor's
    /// Office`); the holder is then no body of its own beside it.
    static let officeHolderPossessives: WordSet = [
        "general's", "prosecutor's", "procurator's", "ombudsman's", "comptroller's", "auditor's", "attorney's", "minister's",
        "president's", "governor's", "mayor's", "registrar's", "commissioner's", "controller's",
    ]

    /// Whether the token at `k` is an office holder's possessive right before `Office`.
    static func isHoldersOffice(_ doc: DocumentTokens, possessive k: Int) -> Bool {
        doc.word(k + 1, is: "office") && doc.word(k, in: officeHolderPossessives)
    }

    /// Title words before an office holder's possessive (`Prime Minister's Office`).
    static let holderTitleWords: WordSet = ["prime", "deputy", "vice", "chief"]

    /// Possessives of groups of people that belong inside names (`All China Women's Federation`,
    /// `General People's Committee`, `Workers' Party`), unlike owners (`China's`, `GOI's`).
    static let groupPossessives: WordSet = [
        "women's", "workers'", "worker's", "children's", "people's", "peoples'", "men's", "farmers'", "journalists'",
        "lawyers'", "veterans'", "employers'", "teachers'", "students'", "writers'", "youth's", "soldiers'", "martyrs'",
        "nations'", "states'", "citizens'", "consumers'", "parents'", "mothers'", "victims'", "migrants'", "traders'",
    ]

    /// Titles and forms of address: a name ends before them (`State Bank of Pakistan Executive Director ...`).
    static let nameStoppers: WordSet = [
        "mr", "mrs", "ms", "dr", "director", "minister", "secretary", "ambassador", "chairman", "chairwoman", "spokesman",
        "spokeswoman", "spokesperson", "advisor", "adviser", "counselor", "counsellor", "governor", "mayor", "acting",
        "deputy", "assistant", "officer", "vice", "premier", "prime", "poloff", "econoff", "dcm", "charge", "said", "says",
        // Cable jargon for other cables and paragraphs (`the REF Ministry of Mine's report`).
        "ref", "reftel", "reftels", "septel", "para", "paras",
    ]

    /// Legal ideas and bodies of law, not statutes.
    static let notLaws: Set<String> = [
        "rule of law", "international law", "humanitarian law", "international humanitarian law", "common law", "case law",
        "customary law", "natural law", "sharia law", "islamic law", "martial law", "civil law", "law and order",
        "international criminal law", "human rights law", "law of the sea", "family law",
    ]

    /// What a government post is responsible for, after `of` or `for` in a title: `Minister for Energy`,
    /// `Secretary of State for Business, Enterprise and Regulatory Reform`, `Minister of Agriculture`.
    /// The capitalized words of a portfolio are not a name: the name comes after them, if at all.
    static let portfolioWords: WordSet = [
        "affairs", "agriculture", "agrarian", "business", "enterprise", "enterprises", "regulatory", "reform", "energy",
        "climate", "change", "development", "industry", "industries", "trade", "commerce", "cities", "planning",
        "communications", "communication", "telecommunications", "institutional", "security", "relations",
        "international", "organization", "organizations", "home", "foreign", "commonwealth", "defence", "defense",
        "economy", "economic", "finance", "financial", "health", "education", "labor", "labour", "employment", "justice",
        "interior", "internal", "transport", "transportation", "tourism", "culture", "cultural", "sport", "sports",
        "youth", "women", "women's", "family", "families", "population", "children", "social", "welfare", "environment",
        "environmental", "food", "rural", "science", "sciences", "technology", "innovation", "skills", "work", "works",
        "pensions", "housing", "local", "government", "human", "rights", "counter-narcotics", "counternarcotics",
        "narcotics", "drug", "drugs", "control", "information", "media", "public", "infrastructure", "water", "resources",
        "natural", "mines", "mining", "petroleum", "oil", "gas", "fisheries", "forestry", "forests", "land", "lands",
        "veterans", "religious", "religion", "immigration", "migration", "citizenship", "refugees", "refugee",
        "emergency", "emergencies", "situations", "civil", "aviation", "maritime", "post", "posts", "policy", "political",
        "european", "integration", "legal", "administrative", "administration", "budget", "treasury", "revenue",
        "customs", "statistics", "investment", "privatization", "small", "medium", "cooperatives", "consumer",
        "protection", "intelligence", "operations", "management", "research", "higher", "arts", "heritage",
        "minorities", "ethnic", "regional", "national", "parliamentary", "liaison", "coordination", "reconstruction",
        "rehabilitation", "peace", "reconciliation", "disarmament", "demobilization", "reintegration", "crime",
        "trafficking", "combating", "combatting", "equality", "gender", "status", "disabilities", "disability",
        "sanitation", "household", "house", "lords", "commons", "state", "states", "territories", "territory",
        "regions", "region", "nationalities", "minority", "children's", "elderly", "solidarity", "cooperation",
        "co-operation", "multilateral", "bilateral", "global", "issues", "programs", "programmes", "diplomacy",
        "diplomatic", "consular", "protocol", "overseas", "expatriates", "diaspora", "communities", "community",
        "wildlife", "parks", "marine", "ocean", "oceans", "space", "nuclear", "atomic", "electricity", "power",
        "mineral", "minerals", "hydrocarbons", "industrial", "commercial", "exports", "export", "imports", "tax",
        "taxation", "personnel", "training", "procurement", "logistics", "acquisition", "strategic",
        "strategy", "plans", "counterterrorism", "counter-terrorism", "terrorism", "nonproliferation",
        "non-proliferation", "arms", "democracy", "governance", "anti-corruption", "corruption", "legislative",
        "legislation", "constitutional", "electoral", "elections", "press", "broadcasting", "affair", "republic",
        "company", "companies", "corporation", "group", "groups", "holdings", "firm", "bank",
        "response", "quality", "proliferation", "use", "markets", "market", "radio", "television", "airlines",
        "candidatures", "studies", "medicine", "engineering", "law", "economics", "psychology", "sociology",
        "history", "physics", "chemistry", "biology", "mathematics", "philosophy", "literature", "languages",
        "judicial", "counter-proliferation", "advisory", "residence", "goods", "services", "exchange", "forum",
        "producers", "exporters", "importers", "manufacturers", "chamber", "stock", "unity", "branch", "section", "desk",
        "documentation", "archives", "census",
    ]

    /// Adjectives that describe people or the moment, before a body's name (`Senior Ministry of Defense officials`,
    /// `former Foreign Office`): the name starts after them.
    static let leadingAdjectives: WordSet = [
        "senior", "junior", "former", "top", "outgoing", "incoming", "current", "relevant", "respective", "various",
        "several", "concerned", "competent",
    ]

    /// Kinds of body before a body's name (`the NGO Alianza por tus Derechos`), not part of it, unless right before the
    /// head of an English name (`Alexandria NGO Association`).
    static let bodyKinds: WordSet = ["ngo", "ngos"]

    /// Words after a law's head that make it a field, not a statute (`Duke University Law Professor`, `Law Enforcement`).
    static let lawFieldFollowers: WordSet = [
        "school", "faculty", "firm", "firms", "student", "students", "clinic", "review", "journal", "enforcement",
        "professor", "professors", "degree", "graduate", "lecturer", "department", "society", "library", "center",
    ]

    /// Month and day names: `State Council in December` is not a name.
    static let calendarWords: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ches") || word.hasSuffix("sses") { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    /// The node type a head noun makes, if any; `plural` is set when the word was plural.
    /// A possessive head (`Council's`) counts as its stem.
    static func headType(_ doc: DocumentTokens, _ index: Int) -> (type: NodeType, plural: Bool)? {
        let law = doc.stem(index, in: lawHeads)
        if law.found && !law.plural { return (.law, false) }
        let program = doc.stem(index, in: programHeads)
        if program.found && !program.plural { return (.program, false) }
        let agency = doc.stem(index, in: agencyHeads)
        if agency.found { return (.agency, agency.plural) }
        if program.found { return (.program, true) }
        return nil
    }
}
