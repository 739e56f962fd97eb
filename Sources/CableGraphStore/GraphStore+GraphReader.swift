import CableGraphCore
import GRDB

/// The store answers the core query layer's questions with indexed SQL, without loading the graph.
extension GraphStore: GraphReader {
    /// SQLite allows at most 32766 parameters; stay well below.
    static let chunkSize = 500

    public func summaries(_ ids: [String]) throws -> [String: NodeSummary] {
        try database.read { db in
            var out: [String: NodeSummary] = [:]
            for chunk in Self.chunks(Array(Set(ids))) {
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT key, type, label, country, mention_count, cable_count FROM node WHERE key IN (\(Self.marks(chunk.count)))
                    """, arguments: StatementArguments(chunk))
                while let row = try rows.next() { if let s = StoredRows.summary(row) { out[s.id] = s } }
            }
            return out
        }
    }

    public func node(_ id: String) throws -> GraphNode? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT \(StoredRows.nodeColumns) FROM node WHERE key = ?", arguments: [id]).flatMap(StoredRows.node)
        }
    }

    public func cables(mentioning id: String, limit: Int?) throws -> CableList {
        try database.read { db in
            // `cable_count` is kept equal to the contributions that mention the node (the ingest merges them).
            guard let row = try Row.fetchOne(db, sql: "SELECT id, cable_count FROM node WHERE key = ?", arguments: [id]) else {
                return CableList(total: 0, ids: [])
            }
            let node: Int64 = row["id"], total: Int = row["cable_count"]
            // A node in many cables finds its newest ones faster by walking the date index from the newest end:
            // the limit-th newest date first, then every cable of the node from that date on.
            let mentioned = "EXISTS (SELECT 1 FROM cable_node cn WHERE cn.cable = c.id AND cn.node = ? AND cn.cables != '[]')"
            let cables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cable") ?? 0
            if let limit, limit > 0, limit < total, total * 20 > cables,
               let oldest = try String.fetchOne(db, sql: """
                   SELECT c.date FROM cable c INDEXED BY cable_by_date WHERE \(mentioned) ORDER BY c.date DESC LIMIT 1 OFFSET ?
                   """, arguments: [node, limit - 1]) {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT c.cable_id, c.date FROM cable c INDEXED BY cable_by_date WHERE c.date >= ? AND \(mentioned)
                    """, arguments: [oldest, node])
                let newest = rows.map { (id: $0["cable_id"] as String, date: $0["date"] as String) }
                    .sorted { $0.date != $1.date ? $0.date > $1.date : $0.id < $1.id }
                return CableList(total: total, ids: newest.prefix(limit).map(\.id))
            }
            let ids = try String.fetchAll(db, sql: """
                SELECT c.cable_id FROM cable_node cn JOIN cable c ON c.id = cn.cable
                WHERE cn.node = ? AND cn.cables != '[]' ORDER BY COALESCE(c.date, '') DESC, c.cable_id LIMIT ?
                """, arguments: [node, limit ?? -1])
            return CableList(total: total, ids: ids)
        }
    }

    public func edges(touching ids: [String], relations: Set<RelationType>) throws -> [EdgeSummary] {
        guard !relations.isEmpty else { return [] }
        return try database.read { db in
            let rowIDs = try Self.rowIDs(db, keys: ids)
            let types = relations.map(\.rawValue).sorted()
            var found: [Int64: EdgeSummary] = [:]
            for chunk in Self.chunks(rowIDs) {
                for end in ["source", "target"] {
                    let rows = try Row.fetchCursor(db, sql: """
                        SELECT e.id, \(StoredRows.edgeSummaryColumns) FROM edge e \(StoredRows.edgeJoins)
                        WHERE e.\(end) IN (\(Self.marks(chunk.count))) AND e.type IN (\(Self.marks(types.count)))
                        """, arguments: StatementArguments(chunk.map { $0 as any DatabaseValueConvertible } + types))
                    while let row = try rows.next() {
                        if let edge = StoredRows.edgeSummary(row) { found[row["id"]] = edge }
                    }
                }
            }
            return found.values.sorted { $0.key < $1.key }
        }
    }

    /// The `limit`-th weight at each end bounds the answer from below (the overall `limit`-th weight is at
    /// least as large), so only edges at or above it are read and decoded: tens instead of a hub's thousands.
    public func strongestEdges(touching id: String, relations: Set<RelationType>, limit: Int) throws -> [EdgeSummary] {
        guard !relations.isEmpty, limit > 0 else { return [] }
        return try database.read { db in
            guard let node = try Self.rowIDs(db, keys: [id]).first else { return [] }
            let types = relations.map(\.rawValue).sorted()
            let typeArguments = types.map { $0 as any DatabaseValueConvertible }
            var threshold = 0
            for end in ["source", "target"] {
                if let weight = try Int.fetchOne(db, sql: """
                    SELECT weight FROM edge WHERE \(end) = ? AND type IN (\(Self.marks(types.count))) ORDER BY weight DESC LIMIT 1 OFFSET ?
                    """, arguments: StatementArguments([node] + typeArguments + [limit - 1])) {
                    threshold = max(threshold, weight)
                }
            }
            var found: [Int64: EdgeSummary] = [:]
            for end in ["source", "target"] {
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT e.id, \(StoredRows.edgeSummaryColumns) FROM edge e \(StoredRows.edgeJoins)
                    WHERE e.\(end) = ? AND e.type IN (\(Self.marks(types.count))) AND e.weight >= ?
                    """, arguments: StatementArguments([node] + typeArguments + [threshold]))
                while let row = try rows.next() {
                    if let edge = StoredRows.edgeSummary(row) { found[row["id"]] = edge }
                }
            }
            return Array(found.values.sorted(by: EdgeSummary.stronger).prefix(limit))
        }
    }

    public func edges(between a: String, and b: String) throws -> [EdgeSummary] {
        try database.read { db in
            let ids = try Self.rowIDs(db, keys: [a, b])
            guard ids.count == 2 || (a == b && ids.count == 1) else { return [] }
            let x = ids[0], y = ids.count == 2 ? ids[1] : ids[0]
            return try Row.fetchAll(db, sql: """
                SELECT e.id, \(StoredRows.edgeSummaryColumns) FROM edge e \(StoredRows.edgeJoins)
                WHERE (e.source = ? AND e.target = ?) OR (e.source = ? AND e.target = ?)
                """, arguments: [x, y, y, x]).compactMap(StoredRows.edgeSummary).sorted { $0.key < $1.key }
        }
    }

    public func evidence(for key: EdgeKey, limit: Int?) throws -> [Evidence] {
        try database.read { db in
            guard let edge = try Int64.fetchOne(db, sql: """
                SELECT e.id FROM edge e \(StoredRows.edgeJoins) WHERE s.key = ? AND e.type = ? AND t.key = ?
                """, arguments: [key.source, key.type.rawValue, key.target]) else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT \(StoredRows.evidenceColumns) FROM evidence ev
                JOIN sentence sn ON sn.id = ev.sentence JOIN cable c ON c.id = sn.cable
                WHERE ev.edge = ? ORDER BY \(StoredRows.evidenceOrder) LIMIT ?
                """, arguments: [edge, [limit, key.type.evidenceLimit].compactMap { $0 }.min() ?? -1]).map(StoredRows.evidence)
        }
    }

    public func names(forKey key: String) throws -> [NameEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT n.key, nm.kind FROM name nm JOIN node n ON n.id = nm.node WHERE nm.key = ?",
                             arguments: [key]).compactMap { row in
                NameEntry.Kind(rawValue: row["kind"]).map { NameEntry(key: key, node: row["key"], kind: $0) }
            }
        }
    }

    public func allNames() throws -> [NameEntry] {
        try database.read { db in
            var out: [NameEntry] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT nm.key AS name, n.key AS node, nm.kind FROM name nm JOIN node n ON n.id = nm.node")
            while let row = try rows.next() {
                if let kind = NameEntry.Kind(rawValue: row["kind"]) { out.append(NameEntry(key: row["name"], node: row["node"], kind: kind)) }
            }
            return out
        }
    }

    static func rowIDs(_ db: Database, keys: [String]) throws -> [Int64] {
        var out: [Int64] = []
        for chunk in chunks(Array(Set(keys)).sorted()) {
            out += try Int64.fetchAll(db, sql: "SELECT id FROM node WHERE key IN (\(marks(chunk.count)))", arguments: StatementArguments(chunk))
        }
        return out
    }

    static func chunks<T>(_ items: [T]) -> [ArraySlice<T>] {
        stride(from: 0, to: items.count, by: chunkSize).map { items[$0..<min($0 + chunkSize, items.count)] }
    }

    static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }
}
