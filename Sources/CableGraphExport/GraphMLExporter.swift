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
        for node in nodes {
            try xml.startElement("node")
            try xml.attribute("id", XMLIdentifier.nmtoken(node.id))
            for (id, column) in nodeKeys {
                guard let value = AttributeValues.value(column, of: node) else { continue }
                try xml.element("data", ["key": id], text: value)
            }
            try xml.endElement()
        }
        let edges = view.edges
        for (index, edge) in edges.enumerated() {
            try xml.startElement("edge")
            try xml.attribute("id", edgeIDs.id(edge, index: index))
            try xml.attribute("source", XMLIdentifier.nmtoken(edge.source))
            try xml.attribute("target", XMLIdentifier.nmtoken(edge.target))
            for (id, column) in edgeKeys {
                guard let value = AttributeValues.value(column, of: edge) else { continue }
                try xml.element("data", ["key": id], text: value)
            }
            try xml.endElement()
        }
        try xml.endElement()  // graph
        try xml.endElement()  // graphml
        try xml.endDocument()
        return ExportSummary(nodes: nodes.count, edges: edges.count)
    }

    private func key(_ xml: XMLWriter, id: String, for kind: String, _ column: AttributeColumn) throws {
        try xml.element("key", ["id": id, "for": kind, "attr.name": column.name, "attr.type": column.type.graphML])
    }
}
