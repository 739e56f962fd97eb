/// One hop of a path: from a node to the next, over an edge that may point either way.
public struct PathHop: Sendable, Hashable {
    public var from: String
    public var to: String
    public var edge: EdgeSummary
}

/// Shortest chains of relations between two nodes.
public enum PathFinder {
    /// A shortest path of at most `maxHops` edges through the given relations, edges walked in either
    /// direction; nil when there is none. Breadth first from both ends; among paths of the same length,
    /// stronger edges are tried first, so the answer is deterministic.
    public static func shortestPath(from start: String, to goal: String, in reader: any GraphReader,
                                    relations: Set<RelationType> = RelationType.entityRelations,
                                    maxHops: Int = 4) throws -> [PathHop]? {
        if start == goal { return [] }
        // parent[node] = (previous node toward that side's root, edge)
        var forward: [String: (String, EdgeSummary)] = [:]
        var backward: [String: (String, EdgeSummary)] = [:]
        var seenForward: Set<String> = [start], seenBackward: Set<String> = [goal]
        var frontierForward = [start], frontierBackward = [goal]
        var hops = 0
        while hops < maxHops, !frontierForward.isEmpty, !frontierBackward.isEmpty {
            let expandForward = frontierForward.count <= frontierBackward.count
            let frontier = expandForward ? frontierForward : frontierBackward
            let inFrontier = Set(frontier)
            let edges = try reader.edges(touching: frontier, relations: relations).sorted(by: EdgeSummary.stronger)
            var next: [String] = []
            var meeting: String?
            for edge in edges {
                for (from, to) in [(edge.key.source, edge.key.target), (edge.key.target, edge.key.source)]
                where inFrontier.contains(from) {
                    if expandForward {
                        guard seenForward.insert(to).inserted else { continue }
                        forward[to] = (from, edge)
                        if meeting == nil, seenBackward.contains(to) { meeting = to }
                    } else {
                        guard seenBackward.insert(to).inserted else { continue }
                        backward[to] = (from, edge)
                        if meeting == nil, seenForward.contains(to) { meeting = to }
                    }
                    next.append(to)
                }
            }
            hops += 1
            if let meeting { return chain(meeting: meeting, start: start, goal: goal, forward: forward, backward: backward) }
            if expandForward { frontierForward = next } else { frontierBackward = next }
        }
        return nil
    }

    private static func chain(meeting: String, start: String, goal: String,
                              forward: [String: (String, EdgeSummary)], backward: [String: (String, EdgeSummary)]) -> [PathHop] {
        var head: [PathHop] = []
        var node = meeting
        while node != start, let (previous, edge) = forward[node] {
            head.append(PathHop(from: previous, to: node, edge: edge))
            node = previous
        }
        var tail: [PathHop] = []
        node = meeting
        while node != goal, let (next, edge) = backward[node] {
            tail.append(PathHop(from: node, to: next, edge: edge))
            node = next
        }
        return head.reversed() + tail
    }
}
