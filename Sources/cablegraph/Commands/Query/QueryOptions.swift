import ArgumentParser
import CableGraphCore
import CableGraphStore

/// `--db`: the store a command reads or writes.
struct StoreOptions: ParsableArguments {
    static let defaultPath = "cablegraph.db"

    @Option(help: "The store file, made by `cablegraph build`.")
    var db = StoreOptions.defaultPath
}

/// `--format`.
struct FormatOptions: ParsableArguments {
    @Option(help: "Output format: table, json or csv (default: table on a terminal, json otherwise).")
    var format: OutputFormat?

    var resolved: OutputFormat { OutputFormat.resolve(format) }
}

/// Which cables a query counts: the graph is then the one those cables alone give.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only cables dated on or after this (2008-03-01, 2008-03, 2008).")
    var since: String?

    @Option(help: "Only cables dated on or before this (a year or month includes all of it).")
    var until: String?

    @Option(name: .customLong("tag"), help: "Only cables with this TAGS entry (repeatable: any of them).")
    var tags: [String] = []

    @Option(name: .customLong("origin"), help: "Only cables whose origin contains this, e.g. Beijing (repeatable).")
    var origins: [String] = []

    @Option(help: "Only cables classified at most this: UNCLASSIFIED, UNCLASSIFIED//FOR OFFICIAL USE ONLY, CONFIDENTIAL, CONFIDENTIAL//NOFORN, SECRET, SECRET//NOFORN.")
    var maxClassification: String?

    func validate() throws {
        if let maxClassification, ClassificationLevel(maxClassification) == nil {
            throw ValidationError("unknown classification '\(maxClassification)'; use one of: "
                                  + ClassificationLevel.allCases.map(\.marking).joined(separator: ", "))
        }
        for date in [since, until].compactMap({ $0 }) where !Self.looksLikeDate(date) {
            throw ValidationError("'\(date)' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    var criteria: CableCriteria {
        CableCriteria(since: since, until: until, tags: tags, origins: origins,
                      maxClassification: maxClassification.flatMap(ClassificationLevel.init))
    }

    static func looksLikeDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let lengths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return false }
        return parts.enumerated().allSatisfy { i, part in part.count == lengths[i] && part.allSatisfy(\.isNumber) }
    }
}

/// What a query reads: the store itself, or, when filters are given, the graph of the matching cables.
struct QuerySource {
    let store: GraphStore
    let reader: any GraphReader
    /// The graph of the matching cables, when filters were given.
    let filtered: KnowledgeGraph?

    /// Where names were looked for, when that is not the whole store: for messages.
    var scope: String? {
        guard let filtered else { return nil }
        let cables = filtered.nodesByID.values.filter { $0.type == .cable && $0.properties["read"] == "true" }.count
        return "among the \(cables) cable\(cables == 1 ? "" : "s") that match the filters"
    }

    static func open(_ options: StoreOptions, filters: FilterOptions) throws -> QuerySource {
        try open(path: options.db, criteria: filters.criteria)
    }

    static func open(path: String, criteria: CableCriteria) throws -> QuerySource {
        let store: GraphStore
        do { store = try GraphStore.open(path, readOnly: true) } catch {
            Console.err("cablegraph: \(error)\n")
            throw ExitCode(1)
        }
        if criteria.isEmpty { return QuerySource(store: store, reader: store, filtered: nil) }
        let graph = try store.loadGraph(criteria)
        return QuerySource(store: store, reader: GraphIndex(graph), filtered: graph)
    }
}

extension RelationType: ExpressibleByArgument {
    /// `MENTIONS`, `mentions`, `co-occurs-with`, `cooccurs_with` all read.
    public init?(argument: String) {
        let key = argument.uppercased().filter { $0.isLetter }
        guard let type = RelationType.allCases.first(where: { $0.rawValue.filter { $0.isLetter } == key }) else { return nil }
        self = type
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension NodeType: ExpressibleByArgument {
    /// `Agency`, `agency`, `legal-article`, `LegalArticle` all read.
    public init?(argument: String) {
        let key = argument.lowercased().filter { $0.isLetter }
        guard let type = NodeType.allCases.first(where: { $0.rawValue.lowercased() == key || $0.idPrefix == key }) else { return nil }
        self = type
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
