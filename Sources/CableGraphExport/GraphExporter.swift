import CableGraphCore

/// Writes a knowledge graph in one file format, streaming to a sink.
///
/// Output is deterministic: the same graph gives the same bytes on every run (nodes and edges in
/// `KnowledgeGraph` order, attributes sorted, no timestamps).
public protocol GraphExporter: Sendable {
    var format: ExportFormat { get }
    @discardableResult
    func write(_ graph: KnowledgeGraph, to sink: any OutputSink) throws -> ExportSummary
}

/// The formats `cablegraph export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, rdfxml, dot, gexf, json, csv

    /// File name extension, without the dot. CSV writes two files, `-nodes.csv` and `-edges.csv`.
    public var fileExtension: String {
        switch self {
        case .graphml: return "graphml"
        case .rdfxml: return "rdf"
        case .dot: return "dot"
        case .gexf: return "gexf"
        case .json: return "json"
        case .csv: return "csv"
        }
    }

    public var mediaType: String {
        switch self {
        case .graphml: return "application/graphml+xml"
        case .rdfxml: return "application/rdf+xml"
        case .dot: return "text/vnd.graphviz"
        case .gexf: return "application/gexf+xml"
        case .json: return "application/json"
        case .csv: return "text/csv"
        }
    }

    public func exporter(_ options: ExportOptions = ExportOptions()) -> any GraphExporter {
        switch self {
        case .graphml: return GraphMLExporter(options: options)
        case .rdfxml: return RDFXMLExporter(options: options)
        case .dot: return DOTExporter(options: options)
        case .gexf: return GEXFExporter(options: options)
        case .json: return JSONGraphExporter(options: options)
        case .csv: return CSVExporter(options: options)
        }
    }
}

/// Settings shared by the exporters; each reads the ones that concern it.
public struct ExportOptions: Sendable, Hashable {
    /// RDF: instance IRIs are `<base>id/<type>/<slug...>`. Must be an absolute IRI; a missing
    /// trailing `/` is added.
    public var baseIRI: String
    /// Indent XML and JSON. Off gives smaller files with the same content.
    public var pretty: Bool
    /// DOT: the Graphviz layout engine named in the file; nil picks `dot` up to
    /// `DOTExporter.sfdpThreshold` nodes and `sfdp` above.
    public var dotLayout: String?
    /// DOT: add the legend node.
    public var dotLegend: Bool
    /// A title written into formats that have a place for one.
    public var title: String

    public static let defaultBaseIRI = "https://w3id.org/cablegraph/"

    public init(baseIRI: String = ExportOptions.defaultBaseIRI, pretty: Bool = true, dotLayout: String? = nil,
                dotLegend: Bool = true, title: String = "cablegraph") {
        self.baseIRI = baseIRI
        self.pretty = pretty
        self.dotLayout = dotLayout
        self.dotLegend = dotLegend
        self.title = title
    }
}

/// What an export wrote.
public struct ExportSummary: Sendable, Hashable {
    public var nodes: Int
    public var edges: Int
    /// RDF only: the number of triples written, each written once.
    public var triples: Int?

    public init(nodes: Int, edges: Int, triples: Int? = nil) {
        self.nodes = nodes
        self.edges = edges
        self.triples = triples
    }
}

public enum ExportError: Error, Sendable, CustomStringConvertible, Equatable {
    case xml(String)
    case io(String)
    case invalidOption(String)
    /// A name the format cannot carry (an RDF predicate that is not an NCName).
    case invalidName(String)

    public var description: String {
        switch self {
        case .xml(let m): return "XML writer: \(m)"
        case .io(let m): return "output: \(m)"
        case .invalidOption(let m): return "invalid option: \(m)"
        case .invalidName(let m): return "invalid name: \(m)"
        }
    }
}

extension ExportOptions {
    /// The base IRI as the RDF export uses it (a `/` added when it ends in neither `/` nor `#`);
    /// throws when it is not an absolute IRI.
    public func validatedBaseIRI() throws -> String {
        try IRIMinter(base: baseIRI).base
    }
}
