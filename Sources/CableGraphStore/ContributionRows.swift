import CableGraphCore

/// A cable's contribution in the shape of the rows it adds: JSON columns encoded, edges in key order,
/// sentences numbered once. Made with the `CableRecord`, on the thread that extracted the cable, so the
/// one thread that writes the store only looks up ids and binds values.
struct ContributionRows: Sendable {
    struct Node: Sendable {
        var node: GraphNode
        var aliases: String
        var cables: String
        var properties: String
        var labelVotes: String
        /// Whether the node's cables are this cable alone (the usual case), so it merges without a re-read.
        var ownOnly: Bool
    }

    struct Edge: Sendable {
        /// The edge without its evidence.
        var bare: GraphEdge
        var properties: String
        /// Indexes into `sentences`.
        var sentences: [Int]
        /// Whether every piece of evidence is from this cable.
        var ownOnly: Bool
        /// Whether both endpoints are nodes of this cable (else the edge is left out).
        var anchored: Bool
    }

    var nodes: [Node] = []
    var edges: [Edge] = []
    /// Distinct evidence sentences, in first-use order.
    var sentences: [Evidence] = []

    init(_ fragment: KnowledgeGraph, cableID: String) {
        let own: Set<String> = [cableID]
        nodes = fragment.nodes.map { node in
            Node(node: node, aliases: RowCoding.encode(node.aliases), cables: RowCoding.encode(node.cables),
                 properties: RowCoding.encode(node.properties), labelVotes: RowCoding.encode(node.labelVotes),
                 ownOnly: node.cables.isSubset(of: own))
        }
        var sentenceIndex: [Evidence: Int] = [:]
        edges = fragment.edges.map { edge in
            var indexes: [Int] = []
            indexes.reserveCapacity(edge.evidence.count)
            for evidence in edge.evidence {
                if let known = sentenceIndex[evidence] {
                    indexes.append(known)
                } else {
                    sentenceIndex[evidence] = sentences.count
                    indexes.append(sentences.count)
                    sentences.append(evidence)
                }
            }
            var bare = edge
            bare.evidence = []
            return Edge(bare: bare, properties: RowCoding.encode(edge.properties), sentences: indexes,
                        ownOnly: edge.evidence.allSatisfy { $0.cable == cableID },
                        anchored: fragment.node(edge.source) != nil && fragment.node(edge.target) != nil)
        }
    }
}
