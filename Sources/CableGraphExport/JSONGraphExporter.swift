import CableGraphCore

/// Node-link JSON: `{"directed", "multigraph", "graph", "nodes": [...], "links": [...]}`, the shape
/// d3-force and networkx (`node_link_graph(data, edges="links")`) read, and that Cytoscape.js takes
/// after one `map` (see the README). Links carry `key` = relation type, as networkx multigraphs want.
/// Lists and evidence are real JSON arrays; keys are in a fixed order; one node or link per line.
public struct JSONGraphExporter: GraphExporter {
    public let options: ExportOptions
    public var format: ExportFormat { .json }

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    @discardableResult
    public func write(_ graph: KnowledgeGraph, to sink: any OutputSink) throws -> ExportSummary {
        let attributes = GraphAttributes(graph)
        let view = ExportView(graph)
        let nodes = view.nodes
        let edges = view.edges
        let edgeIDs = EdgeIdentifiers(graph)
        let newline = options.pretty ? "\n" : ""
        let indent = options.pretty ? "  " : ""
        var out = TextOutput(sink)
        try out.write("{", newline)
        try out.write(indent, "\"directed\": true,", newline)
        try out.write(indent, "\"multigraph\": true,", newline)
        try out.write(indent, "\"graph\": {\"name\": ", JSONText.string(options.title), ", \"ontology\": ",
                      JSONText.string(Ontology.namespace), "},", newline)
        try out.write(indent, "\"nodes\": [", newline)
        for (i, node) in nodes.enumerated() {
            var fields = ["\"id\": " + JSONText.string(node.id)]
            for column in attributes.node {
                guard let value = JSONGraphExporter.value(column, of: node) else { continue }
                fields.append(JSONText.string(column.name) + ": " + value)
            }
            try out.write(indent, indent, "{", fields.joined(separator: ", "), "}", i + 1 < nodes.count ? "," : "", newline)
        }
        try out.write(indent, "],", newline)
        try out.write(indent, "\"links\": [", newline)
        for (i, edge) in edges.enumerated() {
            var fields = ["\"id\": " + JSONText.string(edgeIDs.id(edge, index: i)),
                          "\"source\": " + JSONText.string(edge.source),
                          "\"target\": " + JSONText.string(edge.target),
                          "\"key\": " + JSONText.string(edge.type.rawValue)]
            for column in attributes.edge where column.source != .evidenceText {
                guard let value = JSONGraphExporter.value(column, of: edge) else { continue }
                fields.append(JSONText.string(column.name) + ": " + value)
            }
            try out.write(indent, indent, "{", fields.joined(separator: ", "), "}", i + 1 < edges.count ? "," : "", newline)
        }
        try out.write(indent, "]", newline)
        try out.write("}\n")
        try out.finish()
        return ExportSummary(nodes: nodes.count, edges: edges.count)
    }

    /// A node column as a JSON value: numbers and booleans bare, lists as arrays.
    static func value(_ column: AttributeColumn, of node: GraphNode) -> String? {
        switch column.source {
        case .aliases: return node.aliases.isEmpty ? nil : JSONText.array(node.sortedAliases)
        case .cables: return node.cables.isEmpty ? nil : JSONText.array(node.cables.sorted())
        default: return literal(AttributeValues.value(column, of: node), column.type)
        }
    }

    static func value(_ column: AttributeColumn, of edge: GraphEdge) -> String? {
        switch column.source {
        case .confidence: return NumberText.jsonDouble(edge.confidence)
        case .evidence: return edge.evidence.isEmpty ? nil : JSONText.evidence(edge.evidence)
        default: return literal(AttributeValues.value(column, of: edge), column.type)
        }
    }

    private static func literal(_ text: String?, _ type: AttributeType) -> String? {
        guard let text else { return nil }
        switch type {
        case .boolean, .int, .long: return text
        case .double: return Double(text).map(NumberText.jsonDouble) ?? "null"
        case .string: return JSONText.string(text)
        }
    }
}
