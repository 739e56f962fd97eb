/// A node reached from the start of a neighbors query.
public struct Neighbor: Sendable, Hashable {
    public var node: NodeSummary
    /// Hops from the start (1 = adjacent).
    public var depth: Int
    /// The node it was reached from, and the (strongest) edge that reached it.
    public var via: String
    public var edge: EdgeSummary
}

/// Neighbors up to a depth, breadth first, through the given relations.
public enum Neighborhood {
    /// `types` filters the nodes listed, not the nodes walked through: `--type Agency --depth 2` lists the
    /// agencies two hops away whatever lies between. Sorted by depth, then edge weight, then label.
    public static func neighbors(of start: String, in reader: any GraphReader,
                                 relations: Set<RelationType> = RelationType.entityRelations,
                                 types: Set<NodeType>? = nil, depth: Int = 1, limit: Int? = nil) throws -> [Neighbor] {
        var visited: Set<String> = [start]
        var frontier = [start]
        var found: [(id: String, depth: Int, via: String, edge: EdgeSummary)] = []
        for level in 1...max(1, depth) {
            guard !frontier.isEmpty else { break }
            let inFrontier = Set(frontier)
            var reached: [String: (via: String, edge: EdgeSummary)] = [:]
            let edges = try (depth == 1 && types == nil ? limit.flatMap { try strongEnough(start, reader, relations, limit: $0) } : nil)
                ?? reader.edges(touching: frontier, relations: relations)
            for edge in edges {
                for (from, to) in [(edge.key.source, edge.key.target), (edge.key.target, edge.key.source)]
                where inFrontier.contains(from) && !visited.contains(to) {
                    if let current = reached[to], !EdgeSummary.stronger(edge, current.edge) { continue }
                    reached[to] = (from, edge)
                }
            }
            for (id, hit) in reached { found.append((id, level, hit.via, hit.edge)) }
            visited.formUnion(reached.keys)
            frontier = reached.keys.sorted()
        }
        let listed = found.filter { hit in types.map { set in NodeType(nodeID: hit.id).map(set.contains) ?? false } ?? true }
        // With a limit, only hits that can still make the list need their summaries (a hub has thousands):
        // those at least as near and as strong as the limit-th by depth and weight.
        if let limit, limit > 0, listed.count > limit {
            let ranked = listed.sorted { ($0.depth, -$0.edge.weight) < ($1.depth, -$1.edge.weight) }
            let cut = ranked[limit - 1]
            let candidates = ranked.filter { ($0.depth, -$0.edge.weight) <= (cut.depth, -cut.edge.weight) }
            let neighbors = try summarized(candidates, reader)
            if neighbors.count >= limit { return Array(neighbors.prefix(limit)) }
        }
        let neighbors = try summarized(listed, reader)
        return limit.map { Array(neighbors.prefix(max(0, $0))) } ?? neighbors
    }

    /// For one hop with a limit: the strongest edges of `start`, when they are enough to rank its first
    /// `limit` neighbors exactly (the limit-th neighbor's weight is above the weakest edge read, so no edge
    /// left out could change the list); nil when they are not, and every edge is read.
    private static func strongEnough(_ start: String, _ reader: any GraphReader, _ relations: Set<RelationType>,
                                     limit: Int) throws -> [EdgeSummary]? {
        guard limit > 0 else { return nil }
        let read = max(limit * 4, 64)
        let edges = try reader.strongestEdges(touching: start, relations: relations, limit: read)
        guard edges.count == read else { return edges }
        var best: [String: Int] = [:]
        for edge in edges where edge.key.source != edge.key.target {
            best[edge.other(than: start)] = max(best[edge.other(than: start)] ?? 0, edge.weight)
        }
        let weights = best.values.sorted(by: >)
        guard weights.count >= limit, let weakest = edges.last?.weight, weights[limit - 1] > weakest else { return nil }
        return edges
    }

    private static func summarized(_ hits: [(id: String, depth: Int, via: String, edge: EdgeSummary)],
                                   _ reader: any GraphReader) throws -> [Neighbor] {
        let summaries = try reader.summaries(hits.map(\.id))
        return hits.compactMap { hit in
            summaries[hit.id].map { Neighbor(node: $0, depth: hit.depth, via: hit.via, edge: hit.edge) }
        }.sorted { a, b in
            if a.depth != b.depth { return a.depth < b.depth }
            if a.edge.weight != b.edge.weight { return a.edge.weight > b.edge.weight }
            return NodeSummary.moreProminent(a.node, b.node)
        }
    }
}
