import CableGraphCore

/// Graphviz DOT: shape and colours per node type and line colour and style per relation type from the
/// schema, relation types as edge labels, and a legend of the types present.
///
/// Every ID and label is quoted and escaped (`DOTText`), so keywords and hostile names are safe. The
/// graph is not `strict`, which would merge typed parallel edges. It is written as it comes: filter
/// large graphs first (`GraphFilters`); above `sfdpThreshold` nodes the file asks for `sfdp`.
/// `rankdir` only concerns `dot`; the other engines ignore it.
public struct DOTExporter: GraphExporter {
    public let options: ExportOptions
    public var format: ExportFormat { .dot }

    /// Above this many nodes `dot` gets slow and `sfdp` is the better layout.
    public static let sfdpThreshold = 1000

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    /// The layout engine the file names: the one asked for, else `sfdp` above the threshold, else none,
    /// so that the command (`dot`, `sfdp`, `neato`) decides. A `layout` in the file takes precedence
    /// over the command name and `-K`.
    public func layout(nodeCount: Int) -> String? {
        options.dotLayout ?? (nodeCount > DOTExporter.sfdpThreshold ? "sfdp" : nil)
    }

    @discardableResult
    public func write(_ graph: KnowledgeGraph, to sink: any OutputSink) throws -> ExportSummary {
        let view = ExportView(graph)
        let nodes = view.nodes
        let edges = view.edges
        let layout = self.layout(nodeCount: nodes.count)
        var out = TextOutput(sink)
        let indent = options.pretty ? "  " : ""
        try out.write("// \(nodes.count) nodes, \(edges.count) edges, written by cablegraph.\n")
        if let layout {
            try out.write("// Render: dot -Tsvg FILE -o FILE.svg (the file asks for the \(layout) layout, whatever the command).\n")
        } else {
            try out.write("// Render: dot -Tsvg FILE -o FILE.svg, or sfdp/neato for a force-directed layout.\n")
        }
        try out.write("digraph ", DOTText.id(options.title), " {\n")
        var graphAttributes = ["rankdir=\"LR\"", "fontname=\"Helvetica\"", "labelloc=\"t\"",
                               "label=\(DOTText.label(options.title))", "overlap=\"false\"", "outputorder=\"edgesfirst\""]
        if let layout { graphAttributes.insert("layout=\(DOTText.id(layout))", at: 0) }
        try out.write(indent, "graph [", graphAttributes.joined(separator: ", "), "];\n")
        try out.write(indent, "node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"10\"];\n")
        try out.write(indent, "edge [fontname=\"Helvetica\", fontsize=\"8\"];\n")

        if options.dotLegend && !nodes.isEmpty {
            var legendID = "cablegraph:legend"
            while graph.node(legendID) != nil { legendID += "_" }
            try out.write(indent, DOTText.id(legendID), " [shape=\"plaintext\", style=\"\", label=<",
                          DOTExporter.legend(nodeTypes: Set(nodes.map(\.type)), relations: Set(edges.map(\.type))), ">];\n")
        }

        for node in nodes {
            var tooltip = "\(node.type.displayName): \(node.label)"
            if !node.aliases.isEmpty { tooltip += "\nalso: " + node.sortedAliases.joined(separator: ", ") }
            try out.write(indent, DOTText.id(node.id), " [label=", DOTText.label(node.label),
                          ", shape=\"", node.type.dotShape, "\", color=\"", node.type.dotColor,
                          "\", fillcolor=\"", node.type.dotFill, "\", tooltip=", DOTText.label(tooltip), "];\n")
        }
        for edge in edges {
            var attributes = "label=\"\(edge.type.rawValue)\", color=\"\(edge.type.dotColor)\", fontcolor=\"\(edge.type.dotColor)\", style=\"\(edge.type.dotStyle)\""
            if edge.weight > 1 { attributes += ", penwidth=\"\(DOTExporter.penWidth(edge.weight))\"" }
            if edge.type.isSymmetric { attributes += ", dir=\"none\"" }
            if let sentence = edge.evidence.first?.text {
                attributes += ", tooltip=" + DOTText.label(DOTExporter.truncated(sentence, to: 300))
            }
            try out.write(indent, DOTText.id(edge.source), " -> ", DOTText.id(edge.target), " [", attributes, "];\n")
        }
        try out.write("}\n")
        try out.finish()
        return ExportSummary(nodes: nodes.count, edges: edges.count)
    }

    /// 1 for a single piece of evidence, growing with its logarithm, at most 6.
    static func penWidth(_ weight: Int) -> Int {
        var width = 1
        var w = max(1, weight)
        while w > 1 && width < 6 { w /= 2; width += 1 }
        return width
    }

    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// An HTML-like table: one row per node type (its fill, border colour and shape), one per relation type.
    static func legend(nodeTypes: Set<NodeType>, relations: Set<RelationType>) -> String {
        var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for type in NodeType.allCases where nodeTypes.contains(type) {
            rows += "<TR><TD BGCOLOR=\"\(type.dotFill)\"><FONT COLOR=\"\(type.dotColor)\">\(html(type.displayName))</FONT></TD>"
                + "<TD>\(html(type.dotShape))</TD></TR>"
        }
        for relation in RelationType.allCases where relations.contains(relation) {
            rows += "<TR><TD><FONT COLOR=\"\(relation.dotColor)\">\(html(relation.rawValue))</FONT></TD>"
                + "<TD>\(html(relation.dotStyle + (relation.isSymmetric ? ", no arrow" : "")))</TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">" + rows + "</TABLE>"
    }

    private static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
