import CableGraphCore

/// GEXF 1.3, Gephi's own format, written with libxml2.
///
/// Edges carry their relation as `kind` (Gephi's edge type, so typed parallel edges stay apart)
/// and as `label`; `weight` is the evidence count. Nodes and edges carry the dates of their cables
/// as time spells (consecutive days merged), so Gephi's timeline works; colours come from the schema.
public struct GEXFExporter: GraphExporter {
    public let options: ExportOptions
    public var format: ExportFormat { .gexf }

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    static let namespace = "http://gexf.net/1.3"
    static let vizNamespace = "http://gexf.net/1.3/viz"

    @discardableResult
    public func write(_ graph: KnowledgeGraph, to sink: any OutputSink) throws -> ExportSummary {
        let attributes = GraphAttributes(graph)
        // `label` and `weight` are native GEXF attributes, not attribute values.
        let nodeColumns = GEXFExporter.withIDs(attributes.node.filter { $0.source != .label })
        let edgeColumns = GEXFExporter.withIDs(attributes.edge.filter { $0.source != .weight })
        let edgeIDs = EdgeIdentifiers(graph)
        let calendar = CableCalendar(graph)
        let view = ExportView(graph)
        let nodes = view.nodes
        let edges = view.edges
        let dynamic = !calendar.isEmpty || nodes.contains { !calendar.spells(for: $0).isEmpty }

        let xml = try XMLWriter(sink: sink, indent: options.pretty)
        try xml.startDocument()
        try xml.startElement("gexf")
        try xml.attribute("xmlns", GEXFExporter.namespace)
        try xml.attribute("xmlns:viz", GEXFExporter.vizNamespace)
        try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        try xml.attribute("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd")
        try xml.attribute("version", "1.3")
        try xml.startElement("meta")
        try xml.element("creator", text: "cablegraph")
        try xml.element("description", text: options.title)
        try xml.endElement()

        try xml.startElement("graph")
        try xml.attribute("defaultedgetype", "directed")
        if dynamic {
            try xml.attribute("mode", "dynamic")
            try xml.attribute("timeformat", "date")
            try xml.attribute("timerepresentation", "interval")
        } else {
            try xml.attribute("mode", "static")
        }
        try declare(xml, class: "node", nodeColumns)
        try declare(xml, class: "edge", edgeColumns)

        try xml.startElement("nodes")
        try OrderedParallel.forEach(count: nodes.count, prepare: { i in
            let node = nodes[i]
            return Rendered(attributes: [("id", XMLIdentifier.nmtoken(node.id)), ("label", XMLText.clean(node.label))],
                            values: Self.present(nodeColumns.map { ($0.id, AttributeValues.value($0.column, of: node)) }),
                            spells: calendar.spells(for: node), color: node.type.dotColor)
        }) { try write(xml, "node", $0) }
        try xml.endElement()

        try xml.startElement("edges")
        try OrderedParallel.forEach(count: edges.count, prepare: { i in
            let edge = edges[i]
            return Rendered(attributes: [("id", edgeIDs.id(edge, index: i)), ("source", XMLIdentifier.nmtoken(edge.source)),
                                         ("target", XMLIdentifier.nmtoken(edge.target)), ("kind", edge.type.rawValue),
                                         ("label", edge.type.rawValue), ("weight", String(edge.weight))],
                            values: Self.present(edgeColumns.map { ($0.id, AttributeValues.value($0.column, of: edge)) }),
                            spells: calendar.spells(for: edge, in: graph), color: edge.type.dotColor)
        }) { try write(xml, "edge", $0) }
        try xml.endElement()
        try xml.endElement()  // graph
        try xml.endElement()  // gexf
        try xml.endDocument()
        return ExportSummary(nodes: nodes.count, edges: edges.count)
    }

    /// GEXF attribute ids are per class, so nodes and edges can both have `type`.
    private static func withIDs(_ columns: [AttributeColumn]) -> [(id: String, column: AttributeColumn)] {
        Array(zip(XMLIdentifier.keyIDs(prefix: "", names: columns.map(\.name)), columns)).map { (id: $0.0, column: $0.1) }
    }

    private func declare(_ xml: XMLWriter, class kind: String, _ columns: [(id: String, column: AttributeColumn)]) throws {
        guard !columns.isEmpty else { return }
        try xml.startElement("attributes")
        try xml.attribute("class", kind)
        try xml.attribute("mode", "static")
        for (id, column) in columns {
            try xml.element("attribute", ["id": id, "title": column.name, "type": column.type.gexf])
        }
        try xml.endElement()
    }

    /// A node or edge as text, cleaned, prepared off the writing thread.
    private struct Rendered {
        var attributes: [(String, String)]
        var values: [(String, String)]
        var spells: [CableCalendar.Spell]
        var color: String
    }

    /// The attribute values present, cleaned.
    private static func present(_ values: [(id: String, value: String?)]) -> [(String, String)] {
        values.compactMap { id, value in value.map { (id, XMLText.clean($0)) } }
    }

    private func write(_ xml: XMLWriter, _ element: String, _ item: Rendered) throws {
        try xml.startElement(element)
        for (name, value) in item.attributes { try xml.attribute(name, value, cleaned: true) }
        if !item.values.isEmpty {
            try xml.startElement("attvalues")
            for (id, value) in item.values {
                try xml.startElement("attvalue")
                try xml.attribute("for", id)
                try xml.attribute("value", value, cleaned: true)
                try xml.endElement()
            }
            try xml.endElement()
        }
        try spells(xml, item.spells)
        try color(xml, item.color)
        try xml.endElement()
    }

    private func spells(_ xml: XMLWriter, _ spells: [CableCalendar.Spell]) throws {
        guard !spells.isEmpty else { return }
        try xml.startElement("spells")
        for spell in spells { try xml.element("spell", ["start": spell.start, "end": spell.end]) }
        try xml.endElement()
    }

    private func color(_ xml: XMLWriter, _ hex: String) throws {
        guard let (r, g, b) = GEXFExporter.rgb(hex) else { return }
        try xml.element("viz:color", ["r": String(r), "g": String(g), "b": String(b)])
    }

    /// `#rrggbb` to its components.
    static func rgb(_ hex: String) -> (Int, Int, Int)? {
        guard hex.hasPrefix("#"), hex.utf8.count == 7, let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }
}

/// Dates of the cables in a graph, for time spells.
struct CableCalendar {
    struct Spell: Equatable {
        var start: String
        var end: String
    }

    /// Canonical cable id to its ISO date, from the graph's cable nodes.
    private var dates: [String: String] = [:]

    var isEmpty: Bool { dates.isEmpty }

    init(_ graph: KnowledgeGraph) {
        for node in graph.nodesByID.values where node.type == .cable {
            guard let date = node.properties["date"] ?? node.firstSeen, ISODate.isValid(date) else { continue }
            for cable in node.cables.isEmpty ? [node.label] : Array(node.cables) {
                if let known = dates[cable], known <= date { continue }
                dates[cable] = date
            }
        }
    }

    /// The dates of the node's cables; for a node whose cables have no known date, its first-seen to
    /// last-seen range when both are valid dates.
    func spells(for node: GraphNode) -> [Spell] {
        let known = node.cables.compactMap { dates[$0] }
        if !known.isEmpty { return CableCalendar.coalesce(known) }
        if let first = node.firstSeen, let last = node.lastSeen, ISODate.isValid(first), ISODate.isValid(last), first <= last {
            return [Spell(start: first, end: last)]
        }
        return []
    }

    /// The dates of the edge's evidence cables; for an edge without evidence from a cable node
    /// (REFERENCES, MENTIONS), the dates of that cable.
    func spells(for edge: GraphEdge, in graph: KnowledgeGraph) -> [Spell] {
        let known = edge.evidence.compactMap { dates[$0.cable] }
        if !known.isEmpty { return CableCalendar.coalesce(known) }
        if let source = graph.node(edge.source), source.type == .cable { return spells(for: source) }
        return []
    }

    /// Sorted distinct dates, runs of consecutive days merged into one spell.
    static func coalesce(_ dates: [String]) -> [Spell] {
        var spells: [Spell] = []
        var lastDay: Int?
        for date in Set(dates).sorted() {
            guard let day = ISODate.dayNumber(date) else { continue }
            if let lastDay, day == lastDay + 1, !spells.isEmpty {
                spells[spells.count - 1].end = date
            } else {
                spells.append(Spell(start: date, end: date))
            }
            lastDay = day
        }
        return spells
    }
}
