import CableGraphCore

/// Two CSV tables with Neo4j admin-import headers: nodes (`id:ID,:LABEL,…`) and edges
/// (`:START_ID,:END_ID,:TYPE,…`). Files are written separately (`writeNodes`, `writeEdges`);
/// `write` puts both on one stream, nodes first, then one empty line, then edges.
///
/// Strings are always quoted, absent values are empty fields (null in Neo4j); list columns
/// (`string[]`) use Neo4j's default array delimiter `;`; evidence is a JSON string.
public struct CSVExporter: GraphExporter {
    public let options: ExportOptions
    public var format: ExportFormat { .csv }

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    @discardableResult
    public func write(_ graph: KnowledgeGraph, to sink: any OutputSink) throws -> ExportSummary {
        let attributes = GraphAttributes(graph)
        let view = ExportView(graph)
        let nodes = try writeNodes(view, attributes: attributes, to: sink)
        try sink.write("\n")
        let edges = try writeEdges(view, EdgeIdentifiers(graph), attributes: attributes, to: sink)
        return ExportSummary(nodes: nodes, edges: edges)
    }

    /// The node table; returns the number of rows.
    @discardableResult
    public func writeNodes(_ graph: KnowledgeGraph, to sink: any OutputSink) throws -> Int {
        try writeNodes(ExportView(graph), attributes: GraphAttributes(graph), to: sink)
    }

    /// The edge table; returns the number of rows.
    @discardableResult
    public func writeEdges(_ graph: KnowledgeGraph, to sink: any OutputSink) throws -> Int {
        try writeEdges(ExportView(graph), EdgeIdentifiers(graph), attributes: GraphAttributes(graph), to: sink)
    }

    private func writeNodes(_ view: ExportView, attributes: GraphAttributes, to sink: any OutputSink) throws -> Int {
        let columns = attributes.node
        let names = CSVExporter.headerNames(columns.map(\.name), reserved: ["id"])
        var out = TextOutput(sink)
        var header = ["id:ID", ":LABEL"]
        for (column, name) in zip(columns, names) { header.append(name + ":" + CSVExporter.headerType(column)) }
        try out.write(header.joined(separator: ","), "\n")
        let nodes = view.nodes
        try OrderedParallel.forEach(count: nodes.count, prepare: { i in
            let node = nodes[i]
            var row = [CSVText.quoted(node.id), CSVText.quoted(node.type.rawValue)]
            for column in columns { row.append(CSVExporter.field(column, of: node)) }
            return row.joined(separator: ",")
        }) { try out.write($0, "\n") }
        try out.finish()
        return nodes.count
    }

    private func writeEdges(_ view: ExportView, _ edgeIDs: EdgeIdentifiers, attributes: GraphAttributes,
                            to sink: any OutputSink) throws -> Int {
        let columns = attributes.edge.filter { $0.source != .relation }
        let names = CSVExporter.headerNames(columns.map(\.name), reserved: ["id"])
        var out = TextOutput(sink)
        var header = [":START_ID", ":END_ID", ":TYPE", "id:string"]
        for (column, name) in zip(columns, names) { header.append(name + ":" + CSVExporter.headerType(column)) }
        try out.write(header.joined(separator: ","), "\n")
        let edges = view.edges
        try OrderedParallel.forEach(count: edges.count, prepare: { index in
            let edge = edges[index]
            var row = [CSVText.quoted(edge.source), CSVText.quoted(edge.target), CSVText.quoted(edge.type.rawValue),
                       CSVText.quoted(edgeIDs.id(edge, index: index))]
            for column in columns { row.append(CSVExporter.field(column, of: edge)) }
            return row.joined(separator: ",")
        }) { try out.write($0, "\n") }
        try out.finish()
        return edges.count
    }

    static func headerType(_ column: AttributeColumn) -> String {
        switch column.source {
        case .aliases, .cables: return "string[]"
        default: return column.type.neo4j
        }
    }

    /// Header names Neo4j can parse: `[A-Za-z0-9_]` only (`:` splits name from type), unique.
    static func headerNames(_ names: [String], reserved: Set<String>) -> [String] {
        var taken = reserved
        return names.map { name in
            var clean = String(name.unicodeScalars.map { s -> Character in
                s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_") ? Character(s) : "_"
            })
            if clean.isEmpty { clean = "_" }
            var candidate = clean
            var n = 2
            while taken.contains(candidate) { candidate = "\(clean)_\(n)"; n += 1 }
            taken.insert(candidate)
            return candidate
        }
    }

    static func field(_ column: AttributeColumn, of node: GraphNode) -> String {
        switch column.source {
        case .aliases: return node.aliases.isEmpty ? "" : CSVText.quoted(arrayValue(node.sortedAliases))
        case .cables: return node.cables.isEmpty ? "" : CSVText.quoted(arrayValue(node.cables.sorted()))
        default: return scalar(AttributeValues.value(column, of: node), column.type)
        }
    }

    static func field(_ column: AttributeColumn, of edge: GraphEdge) -> String {
        switch column.source {
        case .confidence: return NumberText.javaDouble(edge.confidence)
        default: return scalar(AttributeValues.value(column, of: edge), column.type)
        }
    }

    /// Elements joined with `;`, Neo4j's array delimiter; a `;` inside an element would split it,
    /// so it is written as the full-width `；`.
    static func arrayValue(_ items: [String]) -> String {
        items.map { $0.replacingOccurrences(of: ";", with: "\u{FF1B}") }.joined(separator: ";")
    }

    private static func scalar(_ text: String?, _ type: AttributeType) -> String {
        guard let text else { return "" }
        switch type {
        case .boolean, .int, .long, .double: return text
        case .string: return CSVText.quoted(text)
        }
    }
}
