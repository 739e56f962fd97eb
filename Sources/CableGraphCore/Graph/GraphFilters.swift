/// What to keep of a graph before showing it: node and relation types, a minimum edge weight, the
/// neighbourhood of one entity, and a cap on the number of nodes. Applied in that order.
public struct GraphFilter: Sendable, Hashable {
    /// Keep only nodes of these types; nil keeps every type.
    public var nodeTypes: Set<NodeType>?
    /// Keep only edges of these types; nil keeps every type.
    public var relationTypes: Set<RelationType>?
    /// Drop edges lighter than this, then the nodes left without any edge.
    public var minWeight: Int?
    /// Keep the ego network of the entities this names (id, label or alias).
    public var focus: String?
    /// Hops from the focus, counted along edges in either direction.
    public var depth: Int
    /// Keep at most this many nodes: the focus first, then by weighted degree.
    public var maxNodes: Int?

    public init(nodeTypes: Set<NodeType>? = nil, relationTypes: Set<RelationType>? = nil, minWeight: Int? = nil,
                focus: String? = nil, depth: Int = 1, maxNodes: Int? = nil) {
        self.nodeTypes = nodeTypes
        self.relationTypes = relationTypes
        self.minWeight = minWeight
        self.focus = focus
        self.depth = depth
        self.maxNodes = maxNodes
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool {
        nodeTypes == nil && relationTypes == nil && minWeight == nil && focus == nil && maxNodes == nil
    }
}

/// Pure functions that cut a graph down; the query commands share them with the exports.
public enum GraphFilters {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case focusNotFound(String)

        public var description: String {
            switch self {
            case .focusNotFound(let name): return "no node has the id, label or alias \"\(name)\""
            }
        }
    }

    /// The filtered graph, and the ids the focus matched (empty without a focus).
    public static func apply(_ filter: GraphFilter, to graph: KnowledgeGraph) -> Result<(graph: KnowledgeGraph, focus: [String]), Failure> {
        var g = graph
        if filter.nodeTypes != nil || filter.relationTypes != nil {
            g = restrict(g, nodeTypes: filter.nodeTypes, relationTypes: filter.relationTypes)
        }
        if let minWeight = filter.minWeight { g = dropLightEdges(g, minWeight: minWeight) }
        var seeds: [String] = []
        if let focus = filter.focus {
            seeds = findNodes(g, named: focus)
            guard !seeds.isEmpty else { return .failure(.focusNotFound(focus)) }
            g = egoNetwork(g, around: seeds, depth: filter.depth)
        }
        if let maxNodes = filter.maxNodes { g = topNodes(g, limit: maxNodes, keeping: seeds) }
        return .success((g, seeds))
    }

    /// Nodes of the given types and edges of the given relation types between them (nil: all).
    public static func restrict(_ graph: KnowledgeGraph, nodeTypes: Set<NodeType>?, relationTypes: Set<RelationType>?) -> KnowledgeGraph {
        graph.filtered(nodes: { nodeTypes?.contains($0.type) ?? true },
                       edges: { relationTypes?.contains($0.type) ?? true })
    }

    /// Edges of at least `minWeight`, and the nodes that still have an edge (nodes that had none to
    /// start with stay).
    public static func dropLightEdges(_ graph: KnowledgeGraph, minWeight: Int) -> KnowledgeGraph {
        var hadEdge: Set<String> = []
        var hasEdge: Set<String> = []
        for edge in graph.edgesByKey.values {
            hadEdge.insert(edge.source)
            hadEdge.insert(edge.target)
            if edge.weight >= minWeight {
                hasEdge.insert(edge.source)
                hasEdge.insert(edge.target)
            }
        }
        return graph.filtered(nodes: { !hadEdge.contains($0.id) || hasEdge.contains($0.id) },
                              edges: { $0.weight >= minWeight })
    }

    /// The ids of the nodes a name designates: the node with that id; otherwise the nodes with that
    /// label; otherwise those with that alias. Labels and aliases match ignoring case and runs of
    /// spaces. Sorted.
    public static func findNodes(_ graph: KnowledgeGraph, named name: String) -> [String] {
        if graph.node(name) != nil { return [name] }
        let wanted = normalized(name)
        guard !wanted.isEmpty else { return [] }
        let byLabel = graph.nodesByID.values.filter { normalized($0.label) == wanted }.map(\.id)
        if !byLabel.isEmpty { return byLabel.sorted() }
        return graph.nodesByID.values.filter { $0.aliases.contains { normalized($0) == wanted } }.map(\.id).sorted()
    }

    /// The nodes within `depth` hops of the seeds (edges followed in both directions) and the edges between them.
    public static func egoNetwork(_ graph: KnowledgeGraph, around seeds: [String], depth: Int) -> KnowledgeGraph {
        var neighbours: [String: [String]] = [:]
        for edge in graph.edgesByKey.values {
            neighbours[edge.source, default: []].append(edge.target)
            neighbours[edge.target, default: []].append(edge.source)
        }
        var kept = Set(seeds.filter { graph.node($0) != nil })
        var frontier = Array(kept)
        var hop = 0
        while hop < max(0, depth) && !frontier.isEmpty {
            var next: [String] = []
            for id in frontier {
                for other in neighbours[id] ?? [] where kept.insert(other).inserted { next.append(other) }
            }
            frontier = next
            hop += 1
        }
        return graph.filtered(nodes: { kept.contains($0.id) })
    }

    /// At most `limit` nodes: those in `keeping` first, then the highest weighted degree (sum of
    /// the weights of a node's edges), ties by id; with the edges between them.
    public static func topNodes(_ graph: KnowledgeGraph, limit: Int, keeping: [String] = []) -> KnowledgeGraph {
        guard graph.nodeCount > limit else { return graph }
        var degree: [String: Int] = [:]
        for edge in graph.edgesByKey.values {
            degree[edge.source, default: 0] += edge.weight
            if edge.target != edge.source { degree[edge.target, default: 0] += edge.weight }
        }
        var kept = Set<String>()
        for id in keeping where kept.count < limit && graph.node(id) != nil { kept.insert(id) }
        let ranked = graph.nodesByID.keys.sorted { a, b in
            let da = degree[a] ?? 0, db = degree[b] ?? 0
            return da != db ? da > db : a < b
        }
        for id in ranked where kept.count < limit { kept.insert(id) }
        return graph.filtered(nodes: { kept.contains($0.id) })
    }

    /// Lower case, whitespace runs folded to one space, trimmed.
    static func normalized(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out += " "; pendingSpace = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
