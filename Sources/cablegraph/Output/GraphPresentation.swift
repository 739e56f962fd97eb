import CableGraphCore

/// How nodes, edges and evidence read in tables and JSON, the same in every command.
enum GraphPresentation {
    static func name(_ node: NodeSummary) -> String {
        var facts = [node.type.rawValue]
        if let country = node.country { facts.append(country.uppercased()) }
        return "\(node.label) [\(facts.joined(separator: ", "))]"
    }

    static func json(_ node: NodeSummary) -> JSONValue {
        .object([("id", .string(node.id)), ("label", .string(node.label)), ("type", .string(node.type.rawValue)),
                 ("country", .optional(node.country)), ("mentions", .int(node.mentionCount)), ("cables", .int(node.cableCount))])
    }

    static func json(_ edge: EdgeSummary) -> JSONValue {
        .object([("id", .string(edge.key.id)), ("source", .string(edge.key.source)), ("type", .string(edge.key.type.rawValue)),
                 ("target", .string(edge.key.target)), ("weight", .int(edge.weight)), ("confidence", .double(edge.confidence)),
                 ("evidence_count", .int(edge.evidenceCount)), ("properties", .map(edge.properties))])
    }

    static func json(_ evidence: Evidence) -> JSONValue {
        .object([("cable", .string(evidence.cable)), ("paragraph", .optional(evidence.paragraph)), ("sentence", .int(evidence.sentence)),
                 ("start", .int(evidence.start)), ("end", .int(evidence.end)), ("text", .string(evidence.text))])
    }

    /// `09BEIJING509 ¶A`: where a sentence was read.
    static func citation(_ evidence: Evidence) -> String {
        evidence.paragraph.map { "\(evidence.cable) ¶\($0)" } ?? evidence.cable
    }

    /// `A -[TYPE]-> B`, or `A -[TYPE]- B` for symmetric relations, with labels.
    static func relation(_ edge: EdgeSummary, labels: [String: NodeSummary]) -> String {
        let s = labels[edge.key.source]?.label ?? edge.key.source
        let t = labels[edge.key.target]?.label ?? edge.key.target
        return edge.key.type.isSymmetric ? "\(s) -[\(edge.key.type.rawValue)]- \(t)" : "\(s) -[\(edge.key.type.rawValue)]-> \(t)"
    }

    static func evidenceRows(_ evidence: [Evidence]) -> [[String]] {
        evidence.map { [citation($0), $0.text] }
    }
}
