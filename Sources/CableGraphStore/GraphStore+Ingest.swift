import CableGraphCore
import Foundation
import GRDB

extension GraphStore {
    /// Ingests a batch of cables in one transaction. A cable stored with the same bytes is skipped; one stored
    /// under the same id with other bytes has its old contribution taken out first. `afterEach` runs after
    /// each cable is written, inside the transaction (tests use it to interrupt an ingest); if it throws,
    /// nothing of the batch is kept. With `force`, cables stored with the same bytes are extracted again too
    /// (after the extraction rules changed).
    @discardableResult
    public func ingest(_ records: [CableRecord], force: Bool = false, afterEach: ((Int) throws -> Void)? = nil) throws -> IngestSummary {
        try database.write { db in
            var session = try IngestSession(db)
            session.force = force
            for (i, record) in records.enumerated() {
                try session.add(record)
                try afterEach?(i)
            }
            try session.finish()
            return session.summary
        }
    }

    /// Takes cables and their contributions out of the store; returns how many were there.
    @discardableResult
    public func remove(cableIDs: [String]) throws -> Int {
        try database.write { db in
            var session = try IngestSession(db)
            var removed = 0
            for id in cableIDs {
                if let row = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM cable WHERE cable_id = ?"), arguments: [id]) {
                    try session.removeContribution(of: row)
                    removed += 1
                }
            }
            try session.finish()
            return removed
        }
    }
}

/// One transaction's worth of ingest. Contributions are written as cables come; the merged `node` and
/// `edge` rows they touch are brought up to date once, in `finish()`: by merging the new contributions
/// into the stored row, or, where a cable was taken out, by merging again every contribution left.
struct IngestSession {
    private let db: Database
    private let now: String
    var summary = IngestSummary()
    /// Replace a stored cable even when its bytes did not change.
    var force = false

    private struct NodeRef { var key: String; var type: NodeType }
    private struct EdgeRef { var source: Int64; var type: RelationType; var target: Int64; var key: EdgeKey }
    private struct EdgeIdentity: Hashable { var source: Int64; var type: RelationType; var target: Int64 }

    private var nodeIDs: [String: Int64] = [:]
    private var nodeRefs: [Int64: NodeRef] = [:]
    private var edgeIDs: [EdgeIdentity: Int64] = [:]
    private var edgeRefs: [Int64: EdgeRef] = [:]
    private var nextNodeID: Int64
    private var nextEdgeID: Int64
    private var newNodes: Set<Int64> = []
    private var newEdges: Set<Int64> = []
    /// New contributions to merge into the stored rows.
    private var pendingNodes: [Int64: [GraphNode]] = [:]
    private var pendingEdges: [Int64: [(edge: GraphEdge, evidence: Int)]] = [:]
    /// Rows to merge again from every contribution left (a cable was taken out, or a contribution is unusual).
    private var dirtyNodes: Set<Int64> = []
    private var dirtyEdges: Set<Int64> = []

    init(_ db: Database) throws {
        self.db = db
        now = ISO8601DateFormatter().string(from: Date())
        nextNodeID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) FROM node")) ?? 0
        nextEdgeID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) FROM edge")) ?? 0
    }

    mutating func add(_ record: CableRecord) throws {
        let cableID = record.cableID
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, content_hash FROM cable WHERE cable_id = ?"), arguments: [cableID]) {
            if !force, row["content_hash"] as String == record.contentHash { summary.unchanged += 1; return }
            try removeContribution(of: row["id"])
            summary.replaced += 1
        } else {
            summary.added += 1
        }
        let m = record.metadata
        try RowWriter.execute(db.cachedStatement(sql: """
            INSERT INTO cable (cable_id, source_id, path, content_hash, date, classification, origin, tags, subject, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """), .text(cableID), .text(m.id), .text(record.path), .text(record.contentHash), .text(m.date), .text(m.classification),
            .text(m.origin), .text(m.tags.joined(separator: " ")), .text(m.subject), .text(now))
        let cableRow = db.lastInsertedRowID
        let rows = record.rows

        let insertNode = try db.cachedStatement(sql: """
            INSERT INTO cable_node (cable, node, label, aliases, country, mention_count, cables, first_seen, last_seen, properties, label_votes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for row in rows.nodes {
            let node = row.node
            let id = try nodeID(node.id, type: node.type)
            try RowWriter.execute(insertNode, .int(cableRow), .int(id), .text(node.label), .text(row.aliases), .text(node.country),
                                  .int(node.mentionCount), .text(row.cables), .text(node.firstSeen), .text(node.lastSeen),
                                  .text(row.properties), .text(row.labelVotes))
            if row.ownOnly { pendingNodes[id, default: []].append(node) } else { dirtyNodes.insert(id) }
        }

        let insertEdge = try db.cachedStatement(sql: """
            INSERT INTO cable_edge (cable, edge, weight, confidence, properties) VALUES (?, ?, ?, ?, ?)
            """)
        let insertSentence = try db.cachedStatement(sql: """
            INSERT INTO sentence (cable, cited_cable, paragraph, sentence, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let insertEvidence = try db.cachedStatement(sql: "INSERT OR IGNORE INTO evidence (edge, sentence, cable) VALUES (?, ?, ?)")
        var sentenceRows = [Int64?](repeating: nil, count: rows.sentences.count)
        for row in rows.edges {
            let edge = row.bare
            // Every edge must rest on nodes of the same cable, so that no node can vanish under an edge.
            guard row.anchored, let source = nodeIDs[edge.source], let target = nodeIDs[edge.target] else {
                summary.danglingEdges += 1
                continue
            }
            let id = try edgeID(EdgeIdentity(source: source, type: edge.type, target: target), key: edge.key)
            try RowWriter.execute(insertEdge, .int(cableRow), .int(id), .int(edge.weight), .double(edge.confidence), .text(row.properties))
            for index in row.sentences {
                let sentence: Int64
                if let known = sentenceRows[index] {
                    sentence = known
                } else {
                    let evidence = rows.sentences[index]
                    try RowWriter.execute(insertSentence, .int(cableRow), evidence.cable == cableID ? .null : .text(evidence.cable),
                                          .text(evidence.paragraph), .int(evidence.sentence), .int(evidence.start), .int(evidence.end),
                                          .text(evidence.text))
                    sentence = db.lastInsertedRowID
                    sentenceRows[index] = sentence
                }
                try RowWriter.execute(insertEvidence, .int(id), .int(sentence), .int(cableRow))
            }
            if row.ownOnly {
                pendingEdges[id, default: []].append((edge, row.sentences.count))
            } else {
                dirtyEdges.insert(id)
            }
        }
    }

    /// Deletes a cable and everything it contributed; the rows it touched are merged again in `finish()`.
    mutating func removeContribution(of cableRow: Int64) throws {
        dirtyNodes.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT node FROM cable_node WHERE cable = ?"), arguments: [cableRow]))
        dirtyEdges.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT edge FROM cable_edge WHERE cable = ?"), arguments: [cableRow]))
        for table in ["evidence", "sentence", "cable_edge", "cable_node"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE cable = ?", arguments: [cableRow])
        }
        try db.execute(sql: "DELETE FROM cable WHERE id = ?", arguments: [cableRow])
    }

    mutating func finish() throws {
        try finishNodes()
        try finishEdges()
    }

    // MARK: - ids

    private mutating func nodeID(_ key: String, type: NodeType) throws -> Int64 {
        if let id = nodeIDs[key] { return id }
        let id: Int64
        if let stored = try RowWriter.int64(db.cachedStatement(sql: "SELECT id FROM node WHERE key = ?"), .text(key)) {
            id = stored
        } else {
            nextNodeID += 1
            id = nextNodeID
            newNodes.insert(id)
        }
        nodeIDs[key] = id
        nodeRefs[id] = NodeRef(key: key, type: type)
        return id
    }

    private mutating func edgeID(_ identity: EdgeIdentity, key: EdgeKey) throws -> Int64 {
        if let id = edgeIDs[identity] { return id }
        let id: Int64
        if let stored = try RowWriter.int64(db.cachedStatement(sql: "SELECT id FROM edge WHERE source = ? AND type = ? AND target = ?"),
                                            .int(identity.source), .text(identity.type.rawValue), .int(identity.target)) {
            id = stored
        } else {
            nextEdgeID += 1
            id = nextEdgeID
            newEdges.insert(id)
        }
        edgeIDs[identity] = id
        edgeRefs[id] = EdgeRef(source: identity.source, type: identity.type, target: identity.target, key: key)
        return id
    }

    private func nodeRef(_ id: Int64) throws -> NodeRef? {
        if let ref = nodeRefs[id] { return ref }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT key, type FROM node WHERE id = ?"), arguments: [id]),
              let type = NodeType(rawValue: row["type"]) else { return nil }
        return NodeRef(key: row["key"], type: type)
    }

    private func edgeRef(_ id: Int64) throws -> EdgeRef? {
        if let ref = edgeRefs[id] { return ref }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT e.source, e.type, e.target, s.key AS source_key, t.key AS target_key FROM edge e
            JOIN node s ON s.id = e.source JOIN node t ON t.id = e.target WHERE e.id = ?
            """), arguments: [id]), let type = RelationType(rawValue: row["type"]) else { return nil }
        return EdgeRef(source: row["source"], type: type, target: row["target"],
                       key: EdgeKey(source: row["source_key"], type: type, target: row["target_key"]))
    }

    // MARK: - merged rows

    private mutating func finishNodes() throws {
        let write = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO node (id, key, type, label, country, mention_count, cable_count, first_seen, last_seen,
                                         aliases, properties, label_votes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for id in Set(pendingNodes.keys).union(dirtyNodes).sorted() {
            guard let ref = try nodeRef(id) else { continue }
            var merged: GraphNode?
            var cableCount = 0
            var namesChanged = true
            if dirtyNodes.contains(id) {
                let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT \(StoredRows.contributionColumns) FROM cable_node WHERE node = ? ORDER BY cable"),
                                            arguments: [id])
                for row in rows {
                    let part = StoredRows.contribution(row, id: ref.key, type: ref.type)
                    if merged == nil { merged = part } else { merged!.merge(part) }
                }
                cableCount = merged?.cables.count ?? 0
            } else if newNodes.contains(id) {
                for part in pendingNodes[id] ?? [] {
                    if merged == nil { merged = part } else { merged!.merge(part) }
                }
                cableCount = merged?.cables.count ?? 0
            } else if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(StoredRows.nodeColumns) FROM node WHERE id = ?"), arguments: [id]),
                      var stored = StoredRows.node(row) {
                let before = (stored.label, stored.aliases)
                cableCount = row["cable_count"]
                for part in pendingNodes[id] ?? [] {
                    stored.merge(part)
                    cableCount += part.cables.count
                }
                namesChanged = before.0 != stored.label || before.1 != stored.aliases
                merged = stored
            }
            guard let node = merged else {
                try db.cachedStatement(sql: "DELETE FROM node WHERE id = ?").execute(arguments: [id])
                try db.cachedStatement(sql: "DELETE FROM name WHERE node = ?").execute(arguments: [id])
                continue
            }
            try RowWriter.execute(write, .int(id), .text(node.id), .text(node.type.rawValue), .text(node.label), .text(node.country),
                                  .int(node.mentionCount), .int(cableCount), .text(node.firstSeen), .text(node.lastSeen),
                                  .text(RowCoding.encode(node.aliases)), .text(RowCoding.encode(node.properties)),
                                  .text(RowCoding.encode(node.labelVotes)))
            if namesChanged {
                if !newNodes.contains(id) { try db.cachedStatement(sql: "DELETE FROM name WHERE node = ?").execute(arguments: [id]) }
                let insertName = try db.cachedStatement(sql: "INSERT OR IGNORE INTO name (key, node, kind) VALUES (?, ?, ?)")
                for entry in NameEntry.entries(for: node) {
                    try RowWriter.execute(insertName, .text(entry.key), .int(id), .int(entry.kind.rawValue))
                }
            }
        }
    }

    private mutating func finishEdges() throws {
        let write = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO edge (id, source, type, target, weight, confidence, evidence_count, properties)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for id in Set(pendingEdges.keys).union(dirtyEdges).sorted() {
            guard let ref = try edgeRef(id) else { continue }
            var merged: GraphEdge?
            var evidenceCount = 0
            func fold(_ part: GraphEdge) {
                if merged == nil { merged = part } else { merged!.merge(part) }
            }
            if dirtyEdges.contains(id) {
                let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT weight, confidence, properties FROM cable_edge WHERE edge = ? ORDER BY cable"),
                                            arguments: [id])
                for row in rows {
                    fold(GraphEdge(key: ref.key, weight: row["weight"], confidence: row["confidence"],
                                   properties: RowCoding.stringMap(row["properties"])))
                }
                evidenceCount = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM evidence WHERE edge = ?"), arguments: [id]) ?? 0
            } else {
                if !newEdges.contains(id),
                   let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT weight, confidence, evidence_count, properties FROM edge WHERE id = ?"),
                                              arguments: [id]) {
                    fold(GraphEdge(key: ref.key, weight: row["weight"], confidence: row["confidence"],
                                   properties: RowCoding.stringMap(row["properties"])))
                    evidenceCount = row["evidence_count"]
                }
                for part in pendingEdges[id] ?? [] {
                    fold(part.edge)
                    evidenceCount += part.evidence
                }
            }
            guard let edge = merged else {
                try db.cachedStatement(sql: "DELETE FROM edge WHERE id = ?").execute(arguments: [id])
                continue
            }
            try RowWriter.execute(write, .int(id), .int(ref.source), .text(ref.type.rawValue), .int(ref.target), .int(edge.weight),
                                  .double(edge.confidence), .int(evidenceCount), .text(RowCoding.encode(edge.properties)))
        }
    }
}
