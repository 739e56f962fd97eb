import CableGraphCore

/// RDF/XML instance data for triple stores and Protégé, written with libxml2, in the vocabulary of
/// `Schemas/cablegraph.owl.rdf` (written by `OntologyWriter`).
///
/// - Entities: `<base>id/<type>/<slug…>`, typed with their cablegraph class and its schema.org
///   counterpart, labelled with `rdfs:label`, `skos:prefLabel` and `skos:altLabel` (`@en`).
/// - Cables: `dcterms:identifier`, `dcterms:date` (`xsd:date`), `dcterms:subject`, `cg:classification`.
/// - Every relation is a direct triple (`cg:cooperatesWith`); stated and co-occurrence relations are
///   also a `cg:Assertion` resource with its weight, confidence and `prov:wasDerivedFrom` links to
///   `cg:Evidence` resources, one per cited sentence, which carry the sentence, its paragraph and
///   offsets and `prov:wasQuotedFrom` their cable. No per-triple reification.
/// - Literals carry `xml:lang` or `rdf:datatype`, never both. Subjects and predicates are never blank.
public struct RDFXMLExporter: GraphExporter {
    public let options: ExportOptions
    public var format: ExportFormat { .rdfxml }

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    /// Whether a relation gets an assertion resource with its evidence.
    public static func hasAssertion(_ type: RelationType) -> Bool {
        type.kind == .stated || type.kind == .cooccurrence
    }

    @discardableResult
    public func write(_ graph: KnowledgeGraph, to sink: any OutputSink) throws -> ExportSummary {
        let iris = try IRIMinter(base: options.baseIRI)
        for relation in RelationType.allCases where !XMLText.isNCName(relation.rdfProperty) {
            throw ExportError.invalidName("relation \(relation.rawValue) has RDF property \(relation.rdfProperty), not an NCName")
        }
        let rdf = try RDFXMLWriter(sink: sink, pretty: options.pretty)
        let view = ExportView(graph)
        let nodes = view.nodes
        let edges = view.edges

        // Nodes, each with its outgoing relations (edges are sorted by source, like nodes by id).
        var nextEdge = 0
        for node in nodes {
            try rdf.startDescription(iris.node(node.id))
            try describe(node, rdf)
            while nextEdge < edges.count {
                let edge = edges.key(nextEdge)
                if edge.source < node.id { nextEdge += 1; continue }
                guard edge.source == node.id else { break }
                try rdf.resource("cg:" + edge.type.rdfProperty, iris.node(edge.target))
                nextEdge += 1
            }
            try rdf.endDescription()
        }

        // Assertions, each followed by the evidence it is the first to cite.
        var evidenceWritten: Set<EvidenceKey> = []
        for edge in edges where RDFXMLExporter.hasAssertion(edge.type) {
            try rdf.startDescription(iris.assertion(edge))
            try rdf.resource("rdf:type", RDFNamespace.cg + CGVocabulary.assertionClass)
            try rdf.resource("cg:assertedSource", iris.node(edge.source))
            try rdf.resource("cg:assertedRelation", RDFNamespace.cg + edge.type.rdfProperty)
            try rdf.resource("cg:assertedTarget", iris.node(edge.target))
            try rdf.literal(CGVocabulary.weight, String(edge.weight))
            try rdf.literal(CGVocabulary.confidence, NumberText.xmlDouble(edge.confidence))
            try rdf.literal(CGVocabulary.evidenceCount, String(edge.evidenceCount))
            for evidence in edge.evidence {
                try rdf.resource("prov:wasDerivedFrom", iris.evidence(cable: evidence.cable, sentence: evidence.sentence))
            }
            for (name, value) in edge.properties.sorted(by: { $0.key < $1.key }) {
                try property(name, value, CGVocabulary.edgeProperty(name), rdf)
            }
            try rdf.endDescription()
            for evidence in edge.evidence
            where evidenceWritten.insert(EvidenceKey(cable: evidence.cable, sentence: evidence.sentence)).inserted {
                try describe(evidence, iris, rdf)
            }
        }
        try rdf.finish()
        return ExportSummary(nodes: nodes.count, edges: edges.count, triples: rdf.triples)
    }

    private struct EvidenceKey: Hashable {
        var cable: String
        var sentence: Int
    }

    private func describe(_ node: GraphNode, _ rdf: RDFXMLWriter) throws {
        try rdf.resource("rdf:type", RDFNamespace.cg + node.type.rawValue)
        if let equivalent = node.type.equivalentClass { try rdf.resource("rdf:type", equivalent) }
        try rdf.literal("rdfs:label", node.label, .english)
        try rdf.literal("skos:prefLabel", node.label, .english)
        for alias in node.sortedAliases { try rdf.literal("skos:altLabel", alias, .english) }
        if node.type == .cable { try rdf.literal(CGVocabulary.identifier, node.label) }
        if let country = node.country { try rdf.literal(CGVocabulary.countryCode, country) }
        if node.type != .cable || node.mentionCount > 0 {
            try rdf.literal(CGVocabulary.mentionCount, String(node.mentionCount))
        }
        if let first = node.firstSeen { try rdf.literal(CGVocabulary.firstSeen, first) }
        if let last = node.lastSeen { try rdf.literal(CGVocabulary.lastSeen, last) }
        for (name, value) in node.properties.sorted(by: { $0.key < $1.key }) {
            try property(name, value, CGVocabulary.nodeProperty(name), rdf)
        }
    }

    /// A property with a vocabulary term, split when it is a list; any other as `cg:attribute "name: value"`.
    private func property(_ name: String, _ value: String, _ mapping: (DataProperty, separator: Character?)?,
                          _ rdf: RDFXMLWriter) throws {
        guard let (term, separator) = mapping else {
            try rdf.literal(CGVocabulary.attribute, name + ": " + value)
            return
        }
        if let separator {
            for item in value.split(separator: separator).map({ $0.trimmingSpaces() }) where !item.isEmpty {
                try rdf.literal(term, item)
            }
        } else {
            try rdf.literal(term, value)
        }
    }

    private func describe(_ evidence: Evidence, _ iris: IRIMinter, _ rdf: RDFXMLWriter) throws {
        try rdf.startDescription(iris.evidence(cable: evidence.cable, sentence: evidence.sentence))
        try rdf.resource("rdf:type", RDFNamespace.cg + CGVocabulary.evidenceClass)
        try rdf.literal(CGVocabulary.sentenceText, evidence.text)
        if let paragraph = evidence.paragraph { try rdf.literal(CGVocabulary.paragraph, paragraph) }
        try rdf.literal(CGVocabulary.sentenceIndex, String(evidence.sentence))
        try rdf.literal(CGVocabulary.startOffset, String(evidence.start))
        try rdf.literal(CGVocabulary.endOffset, String(evidence.end))
        try rdf.resource("prov:wasQuotedFrom", iris.node(CableNodes.id(evidence.cable)))
        try rdf.endDescription()
    }
}

private extension Substring {
    func trimmingSpaces() -> String {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
