import CableGraphCore
import GRDB

/// Nodes and edges to and from their rows: the merged `node`/`edge` rows and the per-cable contributions.
enum StoredRows {
    static let nodeColumns = "key, type, label, country, mention_count, cable_count, first_seen, last_seen, aliases, properties, label_votes"

    /// A `node` row selected with `nodeColumns`. Its `cables` is left empty: they live in `cable_node`.
    static func node(_ row: Row) -> GraphNode? {
        guard let type = NodeType(rawValue: row["type"]) else { return nil }
        var node = GraphNode(id: row["key"], type: type, label: row["label"], aliases: Set(RowCoding.list(row["aliases"])),
                             country: row["country"], mentionCount: row["mention_count"], firstSeen: row["first_seen"],
                             lastSeen: row["last_seen"], properties: RowCoding.stringMap(row["properties"]))
        node.labelVotes = votes(row["label_votes"], label: node.label)
        return node
    }

    static let contributionColumns = "label, aliases, country, mention_count, cables, first_seen, last_seen, properties, label_votes"

    /// A `cable_node` row selected with `contributionColumns`.
    static func contribution(_ row: Row, id: String, type: NodeType) -> GraphNode {
        var node = GraphNode(id: id, type: type, label: row["label"], aliases: Set(RowCoding.list(row["aliases"])),
                             country: row["country"], mentionCount: row["mention_count"], cables: Set(RowCoding.list(row["cables"])),
                             firstSeen: row["first_seen"], lastSeen: row["last_seen"], properties: RowCoding.stringMap(row["properties"]))
        node.labelVotes = votes(row["label_votes"], label: node.label)
        return node
    }

    /// Label votes never empty: merging picks the label among them.
    private static func votes(_ text: String, label: String) -> [String: Int] {
        let votes = RowCoding.intMap(text)
        return votes.isEmpty ? [label: 1] : votes
    }

    static func summary(_ row: Row) -> NodeSummary? {
        guard let type = NodeType(rawValue: row["type"]) else { return nil }
        return NodeSummary(id: row["key"], type: type, label: row["label"], country: row["country"],
                           mentionCount: row["mention_count"], cableCount: row["cable_count"])
    }

    /// Columns for `edgeSummary`: the edge joined with its endpoints' keys as `s` and `t`.
    static let edgeSummaryColumns = "s.key AS source_key, e.type, t.key AS target_key, e.weight, e.confidence, e.evidence_count, e.properties"
    static let edgeJoins = "JOIN node s ON s.id = e.source JOIN node t ON t.id = e.target"

    static func edgeSummary(_ row: Row) -> EdgeSummary? {
        guard let type = RelationType(rawValue: row["type"]) else { return nil }
        // The column counts every stored evidence row; the graph lists at most the type's limit.
        let rows: Int = row["evidence_count"]
        return EdgeSummary(key: EdgeKey(source: row["source_key"], type: type, target: row["target_key"]), weight: row["weight"],
                           confidence: row["confidence"], evidenceCount: min(rows, type.evidenceLimit ?? rows),
                           properties: RowCoding.stringMap(row["properties"]))
    }

    static let evidenceColumns = "COALESCE(sn.cited_cable, c.cable_id) AS cable_key, sn.paragraph, sn.sentence, sn.start, sn.\"end\", sn.text"
    static let evidenceOrder = "cable_key, sn.sentence, sn.start"

    static func evidence(_ row: Row) -> Evidence {
        Evidence(cable: row["cable_key"], paragraph: row["paragraph"], sentence: row["sentence"], start: row["start"],
                 end: row["end"], text: row["text"])
    }
}
