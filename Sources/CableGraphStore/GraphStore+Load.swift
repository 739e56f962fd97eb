import CableGraphCore
import GRDB

extension GraphStore {
    /// The graph the store holds: with empty criteria the merged graph, as `KnowledgeGraph.merge` of every
    /// cable's fragment would give it; otherwise the merge of the contributions of the cables that match.
    public func loadGraph(_ criteria: CableCriteria = CableCriteria()) throws -> KnowledgeGraph {
        try database.read { db in
            criteria.isEmpty ? try Self.loadMerged(db) : try Self.loadSelected(db, cables: Self.cableRows(db, matching: criteria))
        }
    }

    /// Row ids of the cables that match, in ingest order.
    static func cableRows(_ db: Database, matching criteria: CableCriteria) throws -> [Int64] {
        var out: [Int64] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, date, classification, origin, tags FROM cable ORDER BY id")
        while let row = try rows.next() {
            let tags = (row["tags"] as String).split(separator: " ").map(String.init)
            if criteria.matches(date: row["date"], classification: row["classification"], origin: row["origin"], tags: tags) {
                out.append(row["id"])
            }
        }
        return out
    }

    private static func loadMerged(_ db: Database) throws -> KnowledgeGraph {
        var cablesByNode: [Int64: Set<String>] = [:]
        let cableRows = try Row.fetchCursor(db, sql: "SELECT node, cables FROM cable_node WHERE cables != '[]'")
        while let row = try cableRows.next() { cablesByNode[row["node"], default: []].formUnion(RowCoding.list(row["cables"])) }
        var nodes: [GraphNode] = []
        let nodeRows = try Row.fetchCursor(db, sql: "SELECT id, \(StoredRows.nodeColumns) FROM node")
        while let row = try nodeRows.next() {
            guard var node = StoredRows.node(row) else { continue }
            node.cables = cablesByNode[row["id"]] ?? []
            nodes.append(node)
        }
        var evidenceByEdge: [Int64: [Evidence]] = [:]
        let evidenceRows = try Row.fetchCursor(db, sql: """
            SELECT ev.edge, \(StoredRows.evidenceColumns) FROM evidence ev
            JOIN sentence sn ON sn.id = ev.sentence JOIN cable c ON c.id = sn.cable
            """)
        while let row = try evidenceRows.next() { evidenceByEdge[row["edge"], default: []].append(StoredRows.evidence(row)) }
        var edges: [GraphEdge] = []
        let edgeRows = try Row.fetchCursor(db, sql: "SELECT e.id, \(StoredRows.edgeSummaryColumns) FROM edge e \(StoredRows.edgeJoins)")
        while let row = try edgeRows.next() {
            guard let summary = StoredRows.edgeSummary(row) else { continue }
            edges.append(GraphEdge(key: summary.key, weight: summary.weight, confidence: summary.confidence,
                                   evidence: evidenceByEdge[row["id"]] ?? [], properties: summary.properties))
        }
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }

    private static func loadSelected(_ db: Database, cables: [Int64]) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let nodeSQL = """
            SELECT n.key AS key, n.type AS type, cn.label, cn.aliases, cn.country, cn.mention_count, cn.cables,
                   cn.first_seen, cn.last_seen, cn.properties, cn.label_votes
            FROM cable_node cn JOIN node n ON n.id = cn.node WHERE cn.cable = ?
            """
        let edgeSQL = """
            SELECT ce.edge, s.key AS source_key, e.type, t.key AS target_key, ce.weight, ce.confidence, ce.properties
            FROM cable_edge ce JOIN edge e ON e.id = ce.edge \(StoredRows.edgeJoins) WHERE ce.cable = ?
            """
        let evidenceSQL = """
            SELECT ev.edge, \(StoredRows.evidenceColumns) FROM evidence ev
            JOIN sentence sn ON sn.id = ev.sentence JOIN cable c ON c.id = sn.cable WHERE ev.cable = ?
            """
        for cable in cables {
            var fragment = KnowledgeGraph()
            for row in try Row.fetchAll(db.cachedStatement(sql: nodeSQL), arguments: [cable]) {
                guard let type = NodeType(rawValue: row["type"]) else { continue }
                fragment.add(StoredRows.contribution(row, id: row["key"], type: type))
            }
            var evidence: [Int64: [Evidence]] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: evidenceSQL), arguments: [cable]) {
                evidence[row["edge"], default: []].append(StoredRows.evidence(row))
            }
            for row in try Row.fetchAll(db.cachedStatement(sql: edgeSQL), arguments: [cable]) {
                guard let type = RelationType(rawValue: row["type"]) else { continue }
                fragment.add(GraphEdge(key: EdgeKey(source: row["source_key"], type: type, target: row["target_key"]),
                                       weight: row["weight"], confidence: row["confidence"], evidence: evidence[row["edge"]] ?? [],
                                       properties: RowCoding.stringMap(row["properties"])))
            }
            graph.merge(fragment)
        }
        return graph
    }
}
