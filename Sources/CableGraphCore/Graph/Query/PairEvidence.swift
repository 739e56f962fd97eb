/// An edge with the sentences it was read from.
public struct EdgeWithEvidence: Sendable, Hashable {
    public var edge: EdgeSummary
    public var evidence: [Evidence]
}

/// Everything the graph says about two entities together: the check behind `explain A B`.
public enum PairEvidence {
    /// Every edge between `a` and `b`, both directions and all types, strongest first, each with at most
    /// `evidenceLimit` sentences (all when nil).
    public static func edges(between a: String, and b: String, in reader: any GraphReader,
                             evidenceLimit: Int? = nil) throws -> [EdgeWithEvidence] {
        try reader.edges(between: a, and: b).sorted(by: EdgeSummary.stronger).map { edge in
            EdgeWithEvidence(edge: edge, evidence: try reader.evidence(for: edge.key, limit: evidenceLimit))
        }
    }
}
