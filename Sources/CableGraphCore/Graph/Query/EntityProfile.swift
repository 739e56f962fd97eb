/// Everything `query entity` shows about one node.
public struct EntityProfile: Sendable {
    public var node: GraphNode
    public var summary: NodeSummary
    public var cables: CableList
    /// Strongest relations to other entities (MENTIONS left out: `cables` lists those), with evidence.
    public var relations: [Relation]

    public struct Relation: Sendable, Hashable {
        public var other: NodeSummary
        public var edge: EdgeSummary
        public var evidence: [Evidence]
    }

    public static func make(_ id: String, in reader: any GraphReader, relationLimit: Int = 10, evidenceLimit: Int = 2,
                            cableLimit: Int = 20) throws -> EntityProfile? {
        guard let node = try reader.node(id), let summary = try reader.summaries([id])[id] else { return nil }
        let cables = try reader.cables(mentioning: id, limit: cableLimit)
        let kinds = Set(RelationType.allCases.filter { $0 != .mentions })
        let strongest = try reader.strongestEdges(touching: id, relations: kinds, limit: relationLimit)
        let others = try reader.summaries(strongest.map { $0.other(than: id) })
        let relations = try strongest.compactMap { edge -> Relation? in
            guard let other = others[edge.other(than: id)] else { return nil }
            return Relation(other: other, edge: edge, evidence: try reader.evidence(for: edge.key, limit: evidenceLimit))
        }
        return EntityProfile(node: node, summary: summary, cables: cables, relations: relations)
    }
}
