/// A `KnowledgeGraph` in memory with the lookups queries need: adjacency and names.
public struct GraphIndex: GraphReader, Sendable {
    public let graph: KnowledgeGraph
    private let adjacency: [String: [EdgeKey]]
    private let namesByKey: [String: [NameEntry]]

    public init(_ graph: KnowledgeGraph) {
        self.graph = graph
        var adjacency: [String: [EdgeKey]] = [:]
        for key in graph.edgesByKey.keys {
            adjacency[key.source, default: []].append(key)
            if key.target != key.source { adjacency[key.target, default: []].append(key) }
        }
        for id in adjacency.keys { adjacency[id]!.sort() }
        self.adjacency = adjacency
        var names: [String: [NameEntry]] = [:]
        for node in graph.nodes {
            for entry in NameEntry.entries(for: node) { names[entry.key, default: []].append(entry) }
        }
        namesByKey = names
    }

    public func summaries(_ ids: [String]) throws -> [String: NodeSummary] {
        var out: [String: NodeSummary] = [:]
        for id in ids { if let node = graph.node(id) { out[id] = NodeSummary(node) } }
        return out
    }

    public func node(_ id: String) throws -> GraphNode? { graph.node(id) }

    public func cables(mentioning id: String, limit: Int?) throws -> CableList {
        guard let node = graph.node(id) else { return CableList(total: 0, ids: []) }
        let dated = node.cables.map { cable in (cable, graph.node(CableNodes.id(cable))?.properties["date"] ?? "") }
        let sorted = dated.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
        return CableList(total: sorted.count, ids: limit.map { Array(sorted.prefix(max(0, $0))) } ?? sorted)
    }

    public func edges(touching ids: [String], relations: Set<RelationType>) throws -> [EdgeSummary] {
        var keys: Set<EdgeKey> = []
        for id in ids {
            for key in adjacency[id] ?? [] where relations.contains(key.type) { keys.insert(key) }
        }
        return keys.sorted().compactMap { graph.edge($0).map(EdgeSummary.init) }
    }

    public func edges(between a: String, and b: String) throws -> [EdgeSummary] {
        (adjacency[a] ?? []).filter { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }
            .compactMap { graph.edge($0).map(EdgeSummary.init) }
    }

    public func edges(ofType type: RelationType, sourceTypes: Set<NodeType>?, targetTypes: Set<NodeType>?,
                      limit: Int?) throws -> [EdgeSummary] {
        func admits(_ source: String, _ target: String) -> Bool {
            guard let s = graph.node(source)?.type, let t = graph.node(target)?.type else { return false }
            return (sourceTypes?.contains(s) ?? true) && (targetTypes?.contains(t) ?? true)
        }
        let matching = graph.edgesByKey.values.filter { edge in
            edge.type == type && (admits(edge.source, edge.target) || (type.isSymmetric && admits(edge.target, edge.source)))
        }.map(EdgeSummary.init).sorted(by: EdgeSummary.stronger)
        return limit.map { Array(matching.prefix(max(0, $0))) } ?? matching
    }

    public func evidence(for key: EdgeKey, limit: Int?) throws -> [Evidence] {
        let all = graph.edge(key)?.evidence ?? []
        return limit.map { Array(all.prefix(max(0, $0))) } ?? all
    }

    public func names(forKey key: String) throws -> [NameEntry] { namesByKey[key] ?? [] }

    public func allNames() throws -> [NameEntry] { namesByKey.values.flatMap { $0 } }
}
