import CableGraphCore

/// A graph's nodes and edges in export order: nodes by id, edges by (source, relation, target), the
/// order of `KnowledgeGraph.nodes` and `.edges`. Edges are sorted on integer ranks rather than on
/// their id strings, and made one at a time as an exporter reads them, so a graph of millions of
/// edges is never held twice. Edges with an end that is not a node are left out rather than let
/// consumers invent a node.
struct ExportView {
    let nodes: [GraphNode]
    let edges: EdgeList

    init(_ graph: KnowledgeGraph) {
        nodes = graph.nodes
        var rank: [String: Int] = [:]
        rank.reserveCapacity(nodes.count)
        for (i, node) in nodes.enumerated() { rank[node.id] = i }
        edges = EdgeList(graph: graph, order: graph.edgeOrder(nodeRank: rank))
    }

    /// Edges in export order, made on access.
    struct EdgeList: RandomAccessCollection {
        let graph: KnowledgeGraph
        let order: [Int32]
        var startIndex: Int { 0 }
        var endIndex: Int { order.count }
        subscript(position: Int) -> GraphEdge { graph.edge(at: Int(order[position])) }
        /// The key of the edge at `position`, without building the edge.
        func key(_ position: Int) -> EdgeKey { graph.edgeKey(at: Int(order[position])) }
    }
}
