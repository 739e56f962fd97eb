/// A typed property graph: nodes by id, edges by (source, type, target).
///
/// Graphs merge by union (`merge(_:)`), commutatively, so per-cable fragments built in parallel
/// give the same graph whatever the order they are merged in.
public struct KnowledgeGraph: Sendable {
    public private(set) var nodesByID: [String: GraphNode] = [:]
    public private(set) var edgesByKey: [EdgeKey: GraphEdge] = [:]

    public init() {}

    public init(nodes: [GraphNode], edges: [GraphEdge]) {
        for node in nodes { add(node) }
        for edge in edges { add(edge) }
    }

    public var nodeCount: Int { nodesByID.count }
    public var edgeCount: Int { edgesByKey.count }

    /// Nodes sorted by id: the order every export uses.
    public var nodes: [GraphNode] { nodesByID.values.sorted { $0.id < $1.id } }
    /// Edges sorted by key: the order every export uses.
    public var edges: [GraphEdge] { edgesByKey.values.sorted { $0.key < $1.key } }

    public func node(_ id: String) -> GraphNode? { nodesByID[id] }
    public func edge(_ key: EdgeKey) -> GraphEdge? { edgesByKey[key] }

    public mutating func add(_ node: GraphNode) {
        if nodesByID[node.id] != nil {
            nodesByID[node.id]!.merge(node)
        } else {
            nodesByID[node.id] = node
        }
    }

    public mutating func add(_ edge: GraphEdge) {
        if edgesByKey[edge.key] != nil {
            edgesByKey[edge.key]!.merge(edge)
        } else {
            edgesByKey[edge.key] = edge
        }
    }

    public mutating func merge(_ other: KnowledgeGraph) {
        for node in other.nodesByID.values { add(node) }
        for edge in other.edgesByKey.values { add(edge) }
    }

    /// Keeps the nodes for which `keep` is true and the edges between kept nodes.
    public func filtered(nodes keep: (GraphNode) -> Bool, edges keepEdge: (GraphEdge) -> Bool = { _ in true }) -> KnowledgeGraph {
        var out = KnowledgeGraph()
        for node in nodesByID.values where keep(node) { out.nodesByID[node.id] = node }
        for edge in edgesByKey.values where out.nodesByID[edge.source] != nil && out.nodesByID[edge.target] != nil && keepEdge(edge) {
            out.edgesByKey[edge.key] = edge
        }
        return out
    }
}
