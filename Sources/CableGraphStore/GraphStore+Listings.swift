import CableGraphCore
import GRDB

/// A cable as `query cables` lists it.
public struct StoredCable: Sendable, Hashable, Codable {
    public var id: String
    public var date: String?
    public var classification: String?
    public var origin: String?
    public var tags: [String]
    public var subject: String
    public var path: String
}

extension GraphStore {
    /// Counts of what the store holds; equal to `GraphStats(loadGraph())`.
    public func stats() throws -> GraphStats {
        try database.read { db in
            func grouped(_ sql: String) throws -> [String: Int] {
                var out: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: sql) { out[row[0]] = row[1] }
                return out
            }
            let dates = try Row.fetchOne(db, sql: "SELECT MIN(date), MAX(date) FROM cable WHERE date IS NOT NULL")
            return GraphStats(
                cables: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cable") ?? 0,
                nodes: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM node") ?? 0,
                edges: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM edge") ?? 0,
                evidence: try Self.listedEvidence(db),
                nodesByType: try grouped("SELECT type, COUNT(*) FROM node GROUP BY type"),
                edgesByType: try grouped("SELECT type, COUNT(*) FROM edge GROUP BY type"),
                firstDate: dates?[0], lastDate: dates?[1])
        }
    }

    /// Evidence the graph lists: every stored row, but at most the type's limit per edge.
    private static func listedEvidence(_ db: Database) throws -> Int {
        let limits = RelationType.allCases.compactMap { type in type.evidenceLimit.map { "WHEN '\(type.rawValue)' THEN \($0)" } }
        return try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(MIN(e.evidence_count, CASE e.type \(limits.joined(separator: " ")) ELSE e.evidence_count END)), 0)
            FROM edge e
            """) ?? 0
    }

    /// Cables that match the criteria and, when `node` is given, mention it; newest first.
    public func cables(mentioning node: String?, criteria: CableCriteria = CableCriteria(), limit: Int? = nil) throws -> (total: Int, cables: [StoredCable]) {
        try database.read { db in
            let sql: String
            var arguments: StatementArguments = []
            if let node {
                sql = """
                    SELECT c.* FROM cable_node cn JOIN node n ON n.id = cn.node JOIN cable c ON c.id = cn.cable
                    WHERE n.key = ? AND cn.cables != '[]' ORDER BY COALESCE(c.date, '') DESC, c.cable_id
                    """
                arguments = [node]
            } else {
                sql = "SELECT * FROM cable ORDER BY COALESCE(date, '') DESC, cable_id"
            }
            var total = 0
            var out: [StoredCable] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let tags = (row["tags"] as String).split(separator: " ").map(String.init)
                guard criteria.matches(date: row["date"], classification: row["classification"], origin: row["origin"], tags: tags) else { continue }
                total += 1
                if let limit, out.count >= limit { continue }
                out.append(StoredCable(id: row["cable_id"], date: row["date"], classification: row["classification"], origin: row["origin"],
                                       tags: tags, subject: row["subject"], path: row["path"]))
            }
            return (total, out)
        }
    }

    public func edges(ofType type: RelationType, sourceTypes: Set<NodeType>?, targetTypes: Set<NodeType>?, limit: Int?) throws -> [EdgeSummary] {
        try database.read { db in
            var conditions = ["e.type = ?"]
            var arguments: [any DatabaseValueConvertible] = [type.rawValue]
            func typeCondition(_ forward: Bool) -> String? {
                var parts: [String] = []
                for (alias, types) in [("s", forward ? sourceTypes : targetTypes), ("t", forward ? targetTypes : sourceTypes)] {
                    guard let types else { continue }
                    parts.append("\(alias).type IN (\(Self.marks(types.count)))")
                    arguments += types.map(\.rawValue).sorted()
                }
                return parts.isEmpty ? nil : "(" + parts.joined(separator: " AND ") + ")"
            }
            if let forward = typeCondition(true) {
                // Symmetric edges are stored one way round; look for them both ways.
                if type.isSymmetric, let backward = typeCondition(false) {
                    conditions.append("(\(forward) OR \(backward))")
                } else {
                    conditions.append(forward)
                }
            }
            arguments.append(limit ?? -1)
            return try Row.fetchAll(db, sql: """
                SELECT e.id, \(StoredRows.edgeSummaryColumns) FROM edge e \(StoredRows.edgeJoins)
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY e.weight DESC, e.confidence DESC, s.key, t.key LIMIT ?
                """, arguments: StatementArguments(arguments)).compactMap(StoredRows.edgeSummary)
        }
    }
}
