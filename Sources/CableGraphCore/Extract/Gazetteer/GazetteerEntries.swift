/// Rows of the bundled gazetteer files (`Resources/Gazetteers/*.tsv`, written by
/// `Scripts/gazetteers/build.py`). Plain data: matching text against them is the extractor's job.
///
/// Every entry carries `flags`, `|`-separated in the file:
/// - `ambiguous`: the canonical `name` also means something else; with one or more reasons
///   `word` (an ordinary English word: China, Turkey), `person` (a common personal name: Jordan),
///   `other` (another place or body: Georgia, Punjab), `short` (a two-letter capital form: US), `minor` (a city
///   under 500,000 people, `Iquique`, `Hassan`: found only in its own country's cables);
/// - `ambiguous-alias:FORM`: that alias, acronym or demonym is ambiguous;
/// - `collides:KIND:KEY`: another entry (`country:GE`, `subdivision:US-GA`, `city:kw-kuwait-city`,
///   `region:...`, `org:...`) shares one of this entry's forms; `collides-more:N` when the
///   list was cut;
/// - file-specific flags: `historical`, `non-iso`, `no-subdivisions`, `iso3166-3:CODE` (countries),
///   `parent:CODE`, `historical-aliases`, `former` (a cable-era division ISO has since deleted: Kenya's provinces)
///   (subdivisions), `capital`, `geonames:ID` (cities).
public protocol GazetteerEntry: Sendable {
    /// The stable identifier: an ISO code for countries and subdivisions, a key otherwise.
    var id: String { get }
    var name: String { get }
    var flags: [String] { get }
    /// Every surface form of the entry: the name first, then aliases (and acronyms, demonyms).
    var forms: [String] { get }
}

extension GazetteerEntry {
    /// The canonical name itself is ambiguous (see the type's documentation).
    public var isAmbiguous: Bool { flags.contains("ambiguous") }

    /// The forms that the flags mark as ambiguous (the name when `isAmbiguous`).
    public var ambiguousForms: [String] {
        var out: [String] = isAmbiguous ? [name] : []
        for flag in flags where flag.hasPrefix("ambiguous-alias:") {
            out.append(String(flag.dropFirst("ambiguous-alias:".count)))
        }
        return out
    }

    /// The other entries that share a form with this one, as `KIND:KEY`.
    public var collisions: [String] {
        flags.filter { $0.hasPrefix("collides:") }.map { String($0.dropFirst("collides:".count)) }
    }

    /// The value of the first `prefix:value` flag, if any (`flagValue("parent")`).
    public func flagValue(_ prefix: String) -> String? {
        let p = prefix + ":"
        return flags.first { $0.hasPrefix(p) }.map { String($0.dropFirst(p.count)) }
    }
}

/// `countries.tsv`: ISO 3166-1 countries plus cable-era states (Soviet Union `SU`, Yugoslavia `YU`,
/// Czechoslovakia `CS`, Serbia and Montenegro `XS`, ...) and Kosovo `XK`.
public struct CountryEntry: GazetteerEntry, Hashable {
    /// ISO 3166-1 alpha-2 (upper case), or the pseudo-code of a non-ISO entry.
    public var code: String
    /// The short English name cables use (Burma, North Korea, Cote d'Ivoire).
    public var name: String
    public var aliases: [String]
    /// Nationality words and their plurals (Vietnamese, Filipino, Filipinos).
    public var demonyms: [String]
    public var flags: [String]

    public init(code: String, name: String, aliases: [String], demonyms: [String], flags: [String]) {
        self.code = code
        self.name = name
        self.aliases = aliases
        self.demonyms = demonyms
        self.flags = flags
    }

    public var id: String { code }
    public var forms: [String] { [name] + aliases + demonyms }
    /// A state that no longer exists (Soviet Union) rather than a current ISO entry.
    public var isHistorical: Bool { flags.contains("historical") }
}

/// `subdivisions.tsv`: first-level divisions (ISO 3166-2), names in the English form cables use.
public struct SubdivisionEntry: GazetteerEntry, Hashable {
    /// ISO 3166-2 code (`CN-SC`).
    public var code: String
    /// ISO 3166-1 alpha-2 code of the country (`CN`).
    public var country: String
    public var name: String
    /// The ISO subdivision type (Province, State, Autonomous region, Municipality, ...).
    public var kind: String
    public var aliases: [String]
    public var flags: [String]

    public init(code: String, country: String, name: String, kind: String, aliases: [String], flags: [String]) {
        self.code = code
        self.country = country
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.flags = flags
    }

    public var id: String { code }
    public var forms: [String] { [name] + aliases }
    /// The ISO parent of an entry taken from below the ISO top level (Philippine provinces).
    public var parent: String? { flagValue("parent") }
}

/// `regions.tsv`: named multi-country world regions (Southeast Asia, Middle East, Sahel).
public struct RegionEntry: GazetteerEntry, Hashable {
    public var key: String
    public var name: String
    public var aliases: [String]
    public var flags: [String]

    public init(key: String, name: String, aliases: [String], flags: [String]) {
        self.key = key
        self.name = name
        self.aliases = aliases
        self.flags = flags
    }

    public var id: String { key }
    public var forms: [String] { [name] + aliases }
}

/// `organizations.tsv`: intergovernmental bodies, international NGOs, US federal agencies, national legislatures
/// and security services, political parties and armed groups.
public struct OrganizationEntry: GazetteerEntry, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case intergovernmental, ngo, government, party, armed, company, media
    }

    public var key: String
    public var name: String
    /// Exact, well-known acronyms (IOM, UNHCR); ambiguous ones carry `ambiguous-alias:` flags.
    public var acronyms: [String]
    public var aliases: [String]
    /// `INT` for international bodies, else the ISO code of the country (`US`).
    public var scope: String
    public var kind: Kind
    public var flags: [String]

    public init(key: String, name: String, acronyms: [String], aliases: [String], scope: String, kind: Kind,
                flags: [String]) {
        self.key = key
        self.name = name
        self.acronyms = acronyms
        self.aliases = aliases
        self.scope = scope
        self.kind = kind
        self.flags = flags
    }

    public var id: String { key }
    public var forms: [String] { [name] + acronyms + aliases }
    public var isInternational: Bool { scope == "INT" }
}

/// `cities.tsv`: national capitals and cities of 500,000 or more (GeoNames), plus a few
/// cable-important smaller ones (Geneva, The Hague).
public struct CityEntry: GazetteerEntry, Hashable {
    /// `cc-slug` (`cn-beijing`), with the GeoNames id appended when a country has two of a name.
    public var key: String
    public var name: String
    /// ISO 3166-1 alpha-2 code.
    public var country: String
    /// ISO 3166-2 code of the subdivision in `subdivisions.tsv`, where it could be mapped.
    public var subdivision: String?
    public var aliases: [String]
    /// GeoNames population; nil for the few capitals taken from a table without one.
    public var population: Int?
    public var flags: [String]

    public init(key: String, name: String, country: String, subdivision: String?, aliases: [String],
                population: Int?, flags: [String]) {
        self.key = key
        self.name = name
        self.country = country
        self.subdivision = subdivision
        self.aliases = aliases
        self.population = population
        self.flags = flags
    }

    public var id: String { key }
    public var forms: [String] { [name] + aliases }
    /// A national capital (often a metonym for its government in cables: "Beijing said").
    public var isCapital: Bool { flags.contains("capital") }
}
