/// Read access the query layer needs, implemented by `GraphIndex` (a graph in memory) and by the
/// SQLite store, so that both answer every query with the same algorithms.
public protocol GraphReader {
    /// Short records of the given nodes; unknown ids are absent from the result.
    func summaries(_ ids: [String]) throws -> [String: NodeSummary]
    /// The full node. Its `cables` may be left empty by readers that keep them apart: use `cables(mentioning:limit:)`.
    func node(_ id: String) throws -> GraphNode?
    /// The cables a node appears in, newest first, and how many there are in all.
    func cables(mentioning id: String, limit: Int?) throws -> CableList
    /// Every edge of one of the given relation types with an endpoint among `ids`, sorted by key.
    func edges(touching ids: [String], relations: Set<RelationType>) throws -> [EdgeSummary]
    /// The `limit` strongest edges (`EdgeSummary.stronger`) of the given types touching one node.
    func strongestEdges(touching id: String, relations: Set<RelationType>, limit: Int) throws -> [EdgeSummary]
    /// Every edge between two nodes, in either direction, of any type, sorted by key.
    func edges(between a: String, and b: String) throws -> [EdgeSummary]
    /// Edges of one type whose endpoints have the given types (nil: any), strongest first. Symmetric edges
    /// match whichever way round they are stored.
    func edges(ofType type: RelationType, sourceTypes: Set<NodeType>?, targetTypes: Set<NodeType>?, limit: Int?) throws -> [EdgeSummary]
    /// The evidence of one edge, sorted (cable, sentence), at most `limit` of it.
    func evidence(for key: EdgeKey, limit: Int?) throws -> [Evidence]
    /// Names whose normalized form (`NameKey.normalize`) is exactly `key`.
    func names(forKey key: String) throws -> [NameEntry]
    /// Every name, for fuzzy search and suggestions.
    func allNames() throws -> [NameEntry]
}

extension GraphReader {
    /// Every edge, sorted; a store answers with an index instead (a country touches thousands of edges).
    public func strongestEdges(touching id: String, relations: Set<RelationType>, limit: Int) throws -> [EdgeSummary] {
        Array(try edges(touching: [id], relations: relations).sorted(by: EdgeSummary.stronger).prefix(max(0, limit)))
    }
}

/// What lists and tables show of a node.
public struct NodeSummary: Sendable, Hashable, Codable {
    public var id: String
    public var type: NodeType
    public var label: String
    public var country: String?
    public var mentionCount: Int
    public var cableCount: Int

    public init(id: String, type: NodeType, label: String, country: String?, mentionCount: Int, cableCount: Int) {
        self.id = id
        self.type = type
        self.label = label
        self.country = country
        self.mentionCount = mentionCount
        self.cableCount = cableCount
    }

    public init(_ node: GraphNode) {
        self.init(id: node.id, type: node.type, label: node.label, country: node.country,
                  mentionCount: node.mentionCount, cableCount: node.cables.count)
    }
}

/// An edge without its evidence sentences (they can be many); `evidenceCount` says how many it lists.
public struct EdgeSummary: Sendable, Hashable {
    public var key: EdgeKey
    public var weight: Int
    public var confidence: Double
    public var evidenceCount: Int
    public var properties: [String: String]

    public init(key: EdgeKey, weight: Int, confidence: Double, evidenceCount: Int, properties: [String: String]) {
        self.key = key
        self.weight = weight
        self.confidence = confidence
        self.evidenceCount = evidenceCount
        self.properties = properties
    }

    public init(_ edge: GraphEdge) {
        self.init(key: edge.key, weight: edge.weight, confidence: edge.confidence, evidenceCount: edge.evidence.count,
                  properties: edge.properties)
    }

    /// The endpoint that is not `id` (`id` itself for a loop).
    public func other(than id: String) -> String { key.source == id ? key.target : key.source }

    /// Stronger first: weight, then confidence, then key, so that every listing is deterministic.
    public static func stronger(_ a: EdgeSummary, _ b: EdgeSummary) -> Bool {
        if a.weight != b.weight { return a.weight > b.weight }
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        return a.key < b.key
    }
}

/// Cables that mention a node: the first `ids` (newest first) and the total.
public struct CableList: Sendable, Hashable {
    public var total: Int
    public var ids: [String]

    public init(total: Int, ids: [String]) {
        self.total = total
        self.ids = ids
    }
}

/// One name a node can be found by.
public struct NameEntry: Sendable, Hashable {
    public enum Kind: Int, Sendable, Comparable, Codable {
        /// Ranked: a match on the id beats one on the label, which beats an alias, which beats a derived acronym.
        case id = 0, label = 1, alias = 2, acronym = 3
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Normalized (`NameKey.normalize`).
    public var key: String
    public var node: String
    public var kind: Kind

    public init(key: String, node: String, kind: Kind) {
        self.key = key
        self.node = node
        self.kind = kind
    }

    /// The names of a node: its label, aliases and, for organizations, programs and laws, the acronym of its label.
    public static func entries(for node: GraphNode) -> [NameEntry] {
        var seen: Set<String> = []
        var out: [NameEntry] = []
        func add(_ text: String, _ kind: Kind) {
            let key = NameKey.normalize(text)
            guard !key.isEmpty, seen.insert(key).inserted else { return }
            out.append(NameEntry(key: key, node: node.id, kind: kind))
        }
        add(node.label, .label)
        for alias in node.sortedAliases { add(alias, .alias) }
        if [.agency, .program, .law].contains(node.type), let acronym = NameKey.acronym(of: node.label) { add(acronym, .acronym) }
        return out
    }
}

extension RelationType {
    /// Relations between entities: every type but MENTIONS and REFERENCES, which link cables.
    /// The default for neighbors and paths, so that they do not run through every cable.
    public static let entityRelations: Set<RelationType> = Set(allCases.filter { $0.kind != .document })
}

extension NodeType {
    /// The type a node id says (`agency:cn:...` is an agency), or nil for ids not made by `NodeID`.
    public init?(nodeID: String) {
        let prefix = nodeID.prefix { $0 != ":" }
        guard let type = NodeType.allCases.first(where: { $0.idPrefix == prefix }) else { return nil }
        self = type
    }
}
