import CableGraphCore

/// GraphML for Gephi, yEd, networkx and igraph, written with libxml2.
///
/// Every `<key>` comes before `<graph>`, with `for` and `attr.type`, one per (for, name); key ids are
/// `node_<name>` and `edge_<name>`, so they never clash between nodes and edges; the display attribute
/// is named `label`. Node ids are the graph's ids (NMTOKENs); edge ids are unique. The graph is
/// directed; symmetric relations carry `symmetric=true`. Lists and evidence are JSON strings.
public struct GraphMLExporter: GraphExporter {
    public let options: ExportOptions
    public var format: ExportFormat { .graphml }

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    static let namespace = "http://graphml.graphdrawing.org/xmlns"
    static let schemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

    @discardableResult
    public func write(_ graph: KnowledgeGraph, to sink: any OutputSink) throws -> ExportSummary {
        let attributes = GraphAttributes(graph)
        let nodeKeys = Array(zip(XMLIdentifier.keyIDs(prefix: "node_", names: attributes.node.map(\.name)), attributes.node))
        let edgeKeys = Array(zip(XMLIdentifier.keyIDs(prefix: "edge_", names: attributes.edge.map(\.name)), attributes.edge))
        let edgeIDs = EdgeIdentifiers(graph)

        let xml = try XMLWriter(sink: sink, indent: options.pretty)
        try xml.startDocument()
        try xml.startElement("graphml")
        try xml.attribute("xmlns", GraphMLExporter.namespace)
        try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        try xml.attribute("xsi:schemaLocation", GraphMLExporter.schemaLocation)
        for (id, column) in nodeKeys { try key(xml, id: id, for: "node", column) }
        for (id, column) in edgeKeys { try key(xml, id: id, for: "edge", column) }

        try xml.startElement("graph")
        try xml.attribute("id", XMLIdentifier.nmtoken(options.title))
        try xml.attribute("edgedefault", "directed")
        let view = ExportView(graph)
        let nodes = view.nodes
        try OrderedParallel.forEach(count: nodes.count, prepare: { i in
            Rendered(id: XMLIdentifier.nmtoken(nodes[i].id),
                     data: nodeKeys.compactMap { key, column in AttributeValues.value(column, of: nodes[i]).map { (key, XMLText.clean($0)) } })
        }) { node in
            try xml.startElement("node")
            try xml.attribute("id", node.id, cleaned: true)
            for (key, value) in node.data { try data(xml, key: key, value) }
            try xml.endElement()
        }
        let edges = view.edges
        try OrderedParallel.forEach(count: edges.count, prepare: { i in
            let edge = edges[i]
            return Rendered(id: edgeIDs.id(edge, index: i), source: XMLIdentifier.nmtoken(edge.source),
                            target: XMLIdentifier.nmtoken(edge.target),
                            data: edgeKeys.compactMap { key, column in AttributeValues.value(column, of: edge).map { (key, XMLText.clean($0)) } })
        }) { edge in
            try xml.startElement("edge")
            try xml.attribute("id", edge.id, cleaned: true)
            try xml.attribute("source", edge.source, cleaned: true)
            try xml.attribute("target", edge.target, cleaned: true)
            for (key, value) in edge.data { try data(xml, key: key, value) }
            try xml.endElement()
        }
        try xml.endElement()  // graph
        try xml.endElement()  // graphml
        try xml.endDocument()
        return ExportSummary(nodes: nodes.count, edges: edges.count)
    }

    /// A node or edge as text, prepared off the writing thread.
    private struct Rendered {
        var id: String
        var source = ""
        var target = ""
        var data: [(String, String)]
    }

    /// `<data key="…">value</data>`, the value already cleaned.
    private func data(_ xml: XMLWriter, key: String, _ value: String) throws {
        try xml.startElement("data")
        try xml.attribute("key", key, cleaned: true)
        try xml.text(value, cleaned: true)
        try xml.endElement()
    }

    private func key(_ xml: XMLWriter, id: String, for kind: String, _ column: AttributeColumn) throws {
        try xml.element("key", ["id": id, "for": kind, "attr.name": column.name, "attr.type": column.type.graphML])
    }
}
