import CableGraphCore

/// The value type of an attribute column, with the spelling each format uses.
enum AttributeType: Sendable {
    case boolean, int, long, double, string

    var graphML: String {
        switch self {
        case .boolean: return "boolean"
        case .int: return "int"
        case .long: return "long"
        case .double: return "double"
        case .string: return "string"
        }
    }

    var gexf: String {
        switch self {
        case .boolean: return "boolean"
        case .int: return "integer"
        case .long: return "long"
        case .double: return "double"
        case .string: return "string"
        }
    }

    /// Neo4j admin-import header type: the same names.
    var neo4j: String { graphML }

    /// The narrowest type able to carry an integer: GraphML/GEXF `int` is 32-bit.
    static func forInteger(_ value: Int) -> AttributeType {
        value >= Int(Int32.min) && value <= Int(Int32.max) ? .int : .long
    }

    /// The type a free-form property value reads as: `true`/`false` are booleans, everything else a string.
    /// Numbers stay strings: an article number `240` has siblings like `240A`.
    static func inferred(from value: String) -> AttributeType {
        value == "true" || value == "false" ? .boolean : .string
    }

    /// The common type of two observations; incompatible ones fall back to string.
    func unified(with other: AttributeType) -> AttributeType {
        if self == other { return self }
        if (self == .int && other == .long) || (self == .long && other == .int) { return .long }
        return .string
    }
}

/// One attribute column of nodes or edges.
struct AttributeColumn: Sendable, Hashable {
    enum Source: Sendable, Hashable {
        case label, type, aliases, country, mentions, cables, firstSeen, lastSeen
        case relation, weight, confidence, symmetric, evidenceCount, evidenceText, evidence
        case property(String)
    }

    /// The attribute name consumers see (`attr.name`, GEXF `title`, CSV header).
    var name: String
    var type: AttributeType
    var source: Source
}

/// The attribute columns an export declares: the fixed ones every graph has, when any node or edge
/// has a value for them, then one per property name, sorted. Computed in one pass over the graph,
/// so every format declares exactly the union of what is present, each with one type.
struct GraphAttributes: Sendable {
    var node: [AttributeColumn]
    var edge: [AttributeColumn]

    /// Names the fixed columns use; a property with one of these names gets a `property_` prefix.
    static let reservedNodeNames: Set<String> = ["id", "label", "type", "aliases", "country", "mentions", "cables",
                                                 "first_seen", "last_seen", "x", "y", "z", "size", "r", "g", "b",
                                                 "xpos", "ypos", "d3", "spells", "viz", "pid", "start", "end"]
    static let reservedEdgeNames: Set<String> = ["id", "label", "type", "weight", "confidence", "symmetric",
                                                 "evidence_count", "evidence_text", "evidence", "source", "target",
                                                 "key", "edgeid", "edgelabel", "kind", "r", "g", "b", "d7",
                                                 "spells", "start", "end", "Edge Weight"]

    init(_ graph: KnowledgeGraph) {
        var hasAliases = false, hasCountry = false, hasCables = false, hasFirst = false, hasLast = false
        var mentionsType: AttributeType?
        var nodeProperties: [String: AttributeType] = [:]
        for node in graph.nodesByID.values {
            if !node.aliases.isEmpty { hasAliases = true }
            if node.country != nil { hasCountry = true }
            if !node.cables.isEmpty { hasCables = true }
            if node.firstSeen != nil { hasFirst = true }
            if node.lastSeen != nil { hasLast = true }
            let m = AttributeType.forInteger(node.mentionCount)
            mentionsType = mentionsType.map { $0.unified(with: m) } ?? m
            for (name, value) in node.properties {
                let t = AttributeType.inferred(from: value)
                nodeProperties[name] = nodeProperties[name].map { $0.unified(with: t) } ?? t
            }
        }
        var weightType: AttributeType?, countType: AttributeType?
        var hasEvidence = false
        var edgeProperties: [String: AttributeType] = [:]
        for edge in graph.edgesByKey.values {
            let w = AttributeType.forInteger(edge.weight)
            weightType = weightType.map { $0.unified(with: w) } ?? w
            let c = AttributeType.forInteger(edge.evidenceCount)
            countType = countType.map { $0.unified(with: c) } ?? c
            if !edge.evidence.isEmpty { hasEvidence = true }
            for (name, value) in edge.properties {
                let t = AttributeType.inferred(from: value)
                edgeProperties[name] = edgeProperties[name].map { $0.unified(with: t) } ?? t
            }
        }

        var node: [AttributeColumn] = []
        if graph.nodeCount > 0 {
            node.append(AttributeColumn(name: "label", type: .string, source: .label))
            node.append(AttributeColumn(name: "type", type: .string, source: .type))
        }
        if hasAliases { node.append(AttributeColumn(name: "aliases", type: .string, source: .aliases)) }
        if hasCountry { node.append(AttributeColumn(name: "country", type: .string, source: .country)) }
        if let mentionsType { node.append(AttributeColumn(name: "mentions", type: mentionsType, source: .mentions)) }
        if hasCables { node.append(AttributeColumn(name: "cables", type: .string, source: .cables)) }
        if hasFirst { node.append(AttributeColumn(name: "first_seen", type: .string, source: .firstSeen)) }
        if hasLast { node.append(AttributeColumn(name: "last_seen", type: .string, source: .lastSeen)) }
        node += GraphAttributes.propertyColumns(nodeProperties, reserved: GraphAttributes.reservedNodeNames)

        var edge: [AttributeColumn] = []
        if let weightType {
            edge.append(AttributeColumn(name: "type", type: .string, source: .relation))
            edge.append(AttributeColumn(name: "weight", type: weightType, source: .weight))
            edge.append(AttributeColumn(name: "confidence", type: .double, source: .confidence))
            edge.append(AttributeColumn(name: "symmetric", type: .boolean, source: .symmetric))
            edge.append(AttributeColumn(name: "evidence_count", type: countType ?? .int, source: .evidenceCount))
        }
        if hasEvidence {
            edge.append(AttributeColumn(name: "evidence_text", type: .string, source: .evidenceText))
            edge.append(AttributeColumn(name: "evidence", type: .string, source: .evidence))
        }
        edge += GraphAttributes.propertyColumns(edgeProperties, reserved: GraphAttributes.reservedEdgeNames)
        self.node = node
        self.edge = edge
    }

    /// Property columns sorted by property name; names that clash with a fixed column, or that
    /// clean to an empty string, are prefixed so that every column name is unique.
    private static func propertyColumns(_ properties: [String: AttributeType], reserved: Set<String>) -> [AttributeColumn] {
        var taken = reserved
        var columns: [AttributeColumn] = []
        for (property, type) in properties.sorted(by: { $0.key < $1.key }) {
            var name = XMLText.clean(property)
            if name.isEmpty || taken.contains(name) { name = "property_" + name }
            var candidate = name
            var n = 2
            while taken.contains(candidate) { candidate = "\(name)_\(n)"; n += 1 }
            taken.insert(candidate)
            columns.append(AttributeColumn(name: candidate, type: type, source: .property(property)))
        }
        return columns
    }
}

/// A column's value for one node or edge, as text in the column's type; nil when absent.
enum AttributeValues {
    /// The evidence list of one edge in a single attribute or field stops before this size (whole items;
    /// `evidence_count` keeps the total): libxml2-based readers refuse text over 10 MB, and Neo4j's
    /// import reads fields into a 4 MiB buffer. An edge stated in thousands of cables can pass both;
    /// the JSON export, the store and `explain` list everything.
    static let maxEvidenceBytes = 2_000_000

    static func value(_ column: AttributeColumn, of node: GraphNode) -> String? {
        switch column.source {
        case .label: return node.label
        case .type: return node.type.rawValue
        case .aliases: return node.aliases.isEmpty ? nil : node.sortedAliases.joined(separator: " | ")
        case .country: return node.country
        case .mentions: return String(node.mentionCount)
        case .cables: return node.cables.isEmpty ? nil : JSONText.array(node.cables.sorted())
        case .firstSeen: return node.firstSeen
        case .lastSeen: return node.lastSeen
        case .property(let name): return node.properties[name]
        default: return nil
        }
    }

    static func value(_ column: AttributeColumn, of edge: GraphEdge) -> String? {
        switch column.source {
        case .relation: return edge.type.rawValue
        case .weight: return String(edge.weight)
        case .confidence: return NumberText.xmlDouble(edge.confidence)
        case .symmetric: return edge.type.isSymmetric ? "true" : "false"
        case .evidenceCount: return String(edge.evidenceCount)
        case .evidenceText: return edge.evidence.first.flatMap { $0.text.isEmpty ? nil : $0.text }
        case .evidence: return edge.evidence.isEmpty ? nil : JSONText.evidence(edge.evidence, maxBytes: maxEvidenceBytes)
        case .property(let name): return edge.properties[name]
        default: return nil
        }
    }
}
