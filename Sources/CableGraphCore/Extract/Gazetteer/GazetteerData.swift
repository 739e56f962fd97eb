import Foundation

/// The bundled gazetteers: general world knowledge (countries, first-level subdivisions, world
/// regions, international and US bodies, cities) loaded once from `Resources/Gazetteers`.
///
/// Data only: lookups by identifier and by exact surface form. Finding the forms in text is the
/// matcher's job. Loading never traps: a missing file or a malformed row is skipped and described
/// in `problems`.
public struct GazetteerData: Sendable {
    public static let fileNames = ["countries.tsv", "subdivisions.tsv", "regions.tsv", "organizations.tsv",
                                   "cities.tsv"]

    /// The bundled gazetteers, loaded on first use.
    public static let shared: GazetteerData = loadBundled()

    public let countries: [CountryEntry]
    public let subdivisions: [SubdivisionEntry]
    public let regions: [RegionEntry]
    public let organizations: [OrganizationEntry]
    public let cities: [CityEntry]
    /// What could not be read: missing files, malformed rows, duplicate identifiers.
    public let problems: [String]

    private let countryByCode: [String: Int]
    private let subdivisionByCode: [String: Int]
    private let subdivisionsByCountry: [String: [Int]]
    private let regionByKey: [String: Int]
    private let organizationByKey: [String: Int]
    private let cityByKey: [String: Int]
    private let citiesByCountry: [String: [Int]]
    private let countriesByForm: [String: [Int]]
    private let subdivisionsByForm: [String: [Int]]
    private let regionsByForm: [String: [Int]]
    private let organizationsByForm: [String: [Int]]
    private let citiesByForm: [String: [Int]]

    // MARK: Loading

    /// The folder of the gazetteer files bundled with the library.
    static var bundledDirectory: URL? { Bundle.module.url(forResource: "Gazetteers", withExtension: nil) }

    /// Loads the files bundled with the library (`Bundle.module`).
    public static func loadBundled() -> GazetteerData {
        guard let dir = bundledDirectory else {
            return GazetteerData(tables: [:], extraProblems: ["Gazetteers resource folder not found in the bundle"],
                                 unreadable: [])
        }
        return GazetteerData(directory: dir)
    }

    /// Loads the five files from `directory`.
    public init(directory: URL) {
        var tables: [String: [UInt8]] = [:]
        var problems: [String] = []
        var unreadable = Set<String>()
        for name in Self.fileNames {
            let url = directory.appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: url.path) {
                tables[name] = [UInt8](data)
            } else {
                problems.append("\(name): cannot read \(url.path)")
                unreadable.insert(name)
            }
        }
        self.init(tables: tables, extraProblems: problems, unreadable: unreadable)
    }

    /// Parses the files from their bytes, keyed by file name (`countries.tsv`, ...). A file that
    /// is absent from `tables` gives an empty list and a problem.
    public init(tables: [String: [UInt8]]) {
        self.init(tables: tables, extraProblems: [], unreadable: [])
    }

    private init(tables: [String: [UInt8]], extraProblems: [String], unreadable: Set<String>) {
        var problems = extraProblems
        func table(_ name: String, _ columns: [String]) -> TSVTable? {
            guard let bytes = tables[name] else {
                if !unreadable.contains(name) { problems.append("\(name): missing") }
                return nil
            }
            let t = TSVTable(bytes: bytes, file: name, columns: columns)
            problems += t.problems
            return t
        }

        var countries: [CountryEntry] = []
        if let t = table("countries.tsv", ["code", "name", "aliases", "demonyms", "flags"]) {
            for (line, c) in t.rows {
                guard Self.required(c[0], c[1], "countries.tsv", line, &problems) else { continue }
                countries.append(CountryEntry(code: c[0], name: c[1], aliases: TSVTable.list(c[2]),
                                              demonyms: TSVTable.list(c[3]), flags: TSVTable.list(c[4])))
            }
        }
        var subdivisions: [SubdivisionEntry] = []
        if let t = table("subdivisions.tsv", ["code", "country", "name", "kind", "aliases", "flags"]) {
            for (line, c) in t.rows {
                guard Self.required(c[0], c[2], "subdivisions.tsv", line, &problems) else { continue }
                guard !c[1].isEmpty else {
                    problems.append("subdivisions.tsv:\(line): empty country; row skipped")
                    continue
                }
                subdivisions.append(SubdivisionEntry(code: c[0], country: c[1], name: c[2], kind: c[3],
                                                     aliases: TSVTable.list(c[4]), flags: TSVTable.list(c[5])))
            }
        }
        var regions: [RegionEntry] = []
        if let t = table("regions.tsv", ["key", "name", "aliases", "flags"]) {
            for (line, c) in t.rows {
                guard Self.required(c[0], c[1], "regions.tsv", line, &problems) else { continue }
                regions.append(RegionEntry(key: c[0], name: c[1], aliases: TSVTable.list(c[2]),
                                           flags: TSVTable.list(c[3])))
            }
        }
        var organizations: [OrganizationEntry] = []
        if let t = table("organizations.tsv", ["key", "name", "acronyms", "aliases", "scope", "kind", "flags"]) {
            for (line, c) in t.rows {
                guard Self.required(c[0], c[1], "organizations.tsv", line, &problems) else { continue }
                guard let kind = OrganizationEntry.Kind(rawValue: c[5]) else {
                    problems.append("organizations.tsv:\(line): unknown kind '\(c[5])'; row skipped")
                    continue
                }
                organizations.append(OrganizationEntry(key: c[0], name: c[1], acronyms: TSVTable.list(c[2]),
                                                       aliases: TSVTable.list(c[3]), scope: c[4], kind: kind,
                                                       flags: TSVTable.list(c[6])))
            }
        }
        var cities: [CityEntry] = []
        if let t = table("cities.tsv", ["key", "name", "country", "subdivision", "aliases", "population", "flags"]) {
            for (line, c) in t.rows {
                guard Self.required(c[0], c[1], "cities.tsv", line, &problems) else { continue }
                var population: Int? = nil
                if !c[5].isEmpty {
                    guard let p = Int(c[5]), p >= 0 else {
                        problems.append("cities.tsv:\(line): population '\(c[5])' is not a number; row skipped")
                        continue
                    }
                    population = p
                }
                cities.append(CityEntry(key: c[0], name: c[1], country: c[2], subdivision: c[3].isEmpty ? nil : c[3],
                                        aliases: TSVTable.list(c[4]), population: population,
                                        flags: TSVTable.list(c[6])))
            }
        }

        self.countries = Self.dedupe(countries, "countries.tsv", &problems)
        self.subdivisions = Self.dedupe(subdivisions, "subdivisions.tsv", &problems)
        self.regions = Self.dedupe(regions, "regions.tsv", &problems)
        self.organizations = Self.dedupe(organizations, "organizations.tsv", &problems)
        self.cities = Self.dedupe(cities, "cities.tsv", &problems)
        self.problems = problems

        countryByCode = Self.byID(self.countries)
        subdivisionByCode = Self.byID(self.subdivisions)
        regionByKey = Self.byID(self.regions)
        organizationByKey = Self.byID(self.organizations)
        cityByKey = Self.byID(self.cities)
        let subs = self.subdivisions, cityList = self.cities
        subdivisionsByCountry = Dictionary(grouping: subs.indices, by: { subs[$0].country })
        citiesByCountry = Dictionary(grouping: cityList.indices, by: { cityList[$0].country })
        countriesByForm = Self.byForm(self.countries)
        subdivisionsByForm = Self.byForm(self.subdivisions)
        regionsByForm = Self.byForm(self.regions)
        organizationsByForm = Self.byForm(self.organizations)
        citiesByForm = Self.byForm(self.cities)
    }

    private static func required(_ id: String, _ name: String, _ file: String, _ line: Int,
                                 _ problems: inout [String]) -> Bool {
        if id.isEmpty || name.isEmpty {
            problems.append("\(file):\(line): empty \(id.isEmpty ? "identifier" : "name"); row skipped")
            return false
        }
        return true
    }

    private static func dedupe<E: GazetteerEntry>(_ entries: [E], _ file: String, _ problems: inout [String]) -> [E] {
        var seen = Set<String>()
        var out: [E] = []
        out.reserveCapacity(entries.count)
        for e in entries {
            if seen.insert(e.id).inserted {
                out.append(e)
            } else {
                problems.append("\(file): duplicate identifier \(e.id); later row skipped")
            }
        }
        return out
    }

    private static func byID<E: GazetteerEntry>(_ entries: [E]) -> [String: Int] {
        var out: [String: Int] = [:]
        out.reserveCapacity(entries.count)
        for (i, e) in entries.enumerated() { out[e.id] = i }
        return out
    }

    private static func byForm<E: GazetteerEntry>(_ entries: [E]) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for (i, e) in entries.enumerated() {
            var seen = Set<String>()
            for form in e.forms where seen.insert(form).inserted {
                out[form, default: []].append(i)
            }
        }
        return out
    }

    // MARK: Lookups by identifier

    public func country(code: String) -> CountryEntry? { countryByCode[code].map { countries[$0] } }
    public func subdivision(code: String) -> SubdivisionEntry? { subdivisionByCode[code].map { subdivisions[$0] } }
    public func region(key: String) -> RegionEntry? { regionByKey[key].map { regions[$0] } }
    public func organization(key: String) -> OrganizationEntry? { organizationByKey[key].map { organizations[$0] } }
    public func city(key: String) -> CityEntry? { cityByKey[key].map { cities[$0] } }

    /// The subdivisions of a country (ISO 3166-1 alpha-2 code), in file order.
    public func subdivisions(ofCountry code: String) -> [SubdivisionEntry] {
        (subdivisionsByCountry[code] ?? []).map { subdivisions[$0] }
    }

    /// The cities of a country (ISO 3166-1 alpha-2 code), in file order.
    public func cities(inCountry code: String) -> [CityEntry] {
        (citiesByCountry[code] ?? []).map { cities[$0] }
    }

    // MARK: Lookups by exact surface form (case-sensitive)

    /// Countries with `form` as name, alias or demonym ("Myanmar", "DPRK", "Vietnamese").
    public func countries(named form: String) -> [CountryEntry] { (countriesByForm[form] ?? []).map { countries[$0] } }
    /// Subdivisions with `form` as name or alias ("Sichuan Province"); Punjab gives two.
    public func subdivisions(named form: String) -> [SubdivisionEntry] {
        (subdivisionsByForm[form] ?? []).map { subdivisions[$0] }
    }
    public func regions(named form: String) -> [RegionEntry] { (regionsByForm[form] ?? []).map { regions[$0] } }
    /// Organizations with `form` as name, acronym or alias ("IOM", "International Labour Organization").
    public func organizations(named form: String) -> [OrganizationEntry] {
        (organizationsByForm[form] ?? []).map { organizations[$0] }
    }
    public func cities(named form: String) -> [CityEntry] { (citiesByForm[form] ?? []).map { cities[$0] } }
}
