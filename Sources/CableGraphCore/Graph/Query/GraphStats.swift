/// Counts that describe a graph; the same for a store and for the graph it holds.
public struct GraphStats: Sendable, Hashable, Codable {
    /// Cables read (cable nodes that were ingested, not only cited).
    public var cables: Int
    public var nodes: Int
    public var edges: Int
    /// Evidence sentences over all edges (a sentence backing two edges counts twice).
    public var evidence: Int
    public var nodesByType: [String: Int]
    public var edgesByType: [String: Int]
    /// Dates of the oldest and newest cable read.
    public var firstDate: String?
    public var lastDate: String?

    public init(cables: Int, nodes: Int, edges: Int, evidence: Int, nodesByType: [String: Int], edgesByType: [String: Int],
                firstDate: String?, lastDate: String?) {
        self.cables = cables
        self.nodes = nodes
        self.edges = edges
        self.evidence = evidence
        self.nodesByType = nodesByType
        self.edgesByType = edgesByType
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    public init(_ graph: KnowledgeGraph) {
        var nodesByType: [String: Int] = [:], edgesByType: [String: Int] = [:]
        var cables = 0, evidence = 0
        var first: String?, last: String?
        for node in graph.nodesByID.values {
            nodesByType[node.type.rawValue, default: 0] += 1
            if node.type == .cable, node.properties["read"] == "true" {
                cables += 1
                if let date = node.properties["date"] {
                    first = first.map { min($0, date) } ?? date
                    last = last.map { max($0, date) } ?? date
                }
            }
        }
        for edge in graph.edgesByKey.values {
            edgesByType[edge.type.rawValue, default: 0] += 1
            evidence += edge.evidence.count
        }
        self.init(cables: cables, nodes: graph.nodeCount, edges: graph.edgeCount, evidence: evidence,
                  nodesByType: nodesByType, edgesByType: edgesByType, firstDate: first, lastDate: last)
    }
}
