import CableGraphCore

/// The facts one cable contributes, as N-Triples or JSON Lines, for building beyond one machine.
///
/// Every line depends on its cable alone (no counts summed over cables, no labels voted across them),
/// so the facts of a corpus are the set union of the facts of its cables: shards written on several
/// machines merge by plain union in any triple store (or `sort -u`), and equal a single run.
/// Node and assertion IRIs are those of the RDF/XML export; an assertion here is per cable
/// (`<base>assertion/<cable>/<relation>/<source>,<target>`) and carries that cable's weight.
public struct CableFacts: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case ntriples, jsonl

        public var fileExtension: String { self == .ntriples ? "nt" : "jsonl" }
    }

    let iris: IRIMinter
    let expand: [String: String]

    public init(baseIRI: String = ExportOptions.defaultBaseIRI) throws {
        iris = try IRIMinter(base: baseIRI)
        expand = Dictionary(uniqueKeysWithValues: RDFNamespace.declarations.map { ($0.prefix, $0.iri) })
    }

    /// The lines of one cable's fragment (from `Pipeline.fragment(for:)`), sorted, without duplicates.
    public func lines(of fragment: KnowledgeGraph, cable: String, format: Format) -> [String] {
        var out: [String] = []
        switch format {
        case .ntriples: triples(fragment, cable: cable, into: &out)
        case .jsonl: json(fragment, cable: cable, into: &out)
        }
        return Array(Set(out)).sorted()
    }

    // MARK: - N-Triples

    private func triples(_ graph: KnowledgeGraph, cable: String, into out: inout [String]) {
        for node in graph.nodesByID.values {
            let s = iri(iris.node(node.id))
            out.append(s + " " + term("rdf:type") + " " + iri(RDFNamespace.cg + node.type.rawValue) + " .")
            if let equivalent = node.type.equivalentClass { out.append(s + " " + term("rdf:type") + " " + iri(equivalent) + " .") }
            out.append(s + " " + term("rdfs:label") + " " + literal(node.label, .english) + " .")
            for alias in node.aliases { out.append(s + " " + term("skos:altLabel") + " " + literal(alias, .english) + " .") }
            if let country = node.country { out.append(s + " " + term(CGVocabulary.countryCode.qname) + " " + literal(country, .string) + " .") }
            if node.type == .cable { out.append(s + " " + term(CGVocabulary.identifier.qname) + " " + literal(node.label, .string) + " .") }
            for (name, value) in node.properties {
                guard let (property, separator) = CGVocabulary.nodeProperty(name) else { continue }
                let values = separator.map { value.split(separator: $0).map(String.init) } ?? [value]
                for v in values where !v.isEmpty {
                    out.append(s + " " + term(property.qname) + " " + literal(v, property.kind) + " .")
                }
            }
        }
        for edge in graph.edgesByKey.values {
            let s = iri(iris.node(edge.source)), t = iri(iris.node(edge.target))
            out.append(s + " " + iri(RDFNamespace.cg + edge.type.rdfProperty) + " " + t + " .")
            // This cable's assertion of the relation, with its weight and evidence.
            let a = iri(iris.base + "assertion/" + IRIMinter.percentEncoded(cable) + "/" + edge.type.rawValue.lowercased() + "/"
                        + IRIMinter.path(edge.source) + "," + IRIMinter.path(edge.target))
            out.append(a + " " + term("rdf:type") + " " + iri(RDFNamespace.cg + CGVocabulary.assertionClass) + " .")
            out.append(a + " " + term("cg:assertedSource") + " " + s + " .")
            out.append(a + " " + term("cg:assertedRelation") + " " + iri(RDFNamespace.cg + edge.type.rdfProperty) + " .")
            out.append(a + " " + term("cg:assertedTarget") + " " + t + " .")
            out.append(a + " " + term(CGVocabulary.weight.qname) + " " + literal(String(edge.weight), .integer) + " .")
            out.append(a + " " + term("prov:wasQuotedFrom") + " " + iri(iris.node(CableNodes.id(cable))) + " .")
            for (name, value) in edge.properties {
                guard let (property, separator) = CGVocabulary.edgeProperty(name) else { continue }
                let values = separator.map { value.split(separator: $0).map(String.init) } ?? [value]
                for v in values where !v.isEmpty { out.append(a + " " + term(property.qname) + " " + literal(v, property.kind) + " .") }
            }
            for evidence in edge.evidence {
                let e = iri(iris.evidence(cable: evidence.cable, sentence: evidence.sentence))
                out.append(a + " " + term("prov:wasDerivedFrom") + " " + e + " .")
                out.append(e + " " + term("rdf:type") + " " + iri(RDFNamespace.cg + CGVocabulary.evidenceClass) + " .")
                if !evidence.text.isEmpty {
                    out.append(e + " " + term(CGVocabulary.sentenceText.qname) + " " + literal(evidence.text, .english) + " .")
                }
                if let paragraph = evidence.paragraph {
                    out.append(e + " " + term(CGVocabulary.paragraph.qname) + " " + literal(paragraph, .string) + " .")
                }
                out.append(e + " " + term(CGVocabulary.sentenceIndex.qname) + " " + literal(String(evidence.sentence), .integer) + " .")
                out.append(e + " " + term(CGVocabulary.startOffset.qname) + " " + literal(String(evidence.start), .integer) + " .")
                out.append(e + " " + term(CGVocabulary.endOffset.qname) + " " + literal(String(evidence.end), .integer) + " .")
                out.append(e + " " + term("prov:wasQuotedFrom") + " " + iri(iris.node(CableNodes.id(evidence.cable))) + " .")
            }
        }
    }

    private func term(_ qname: String) -> String {
        let parts = qname.split(separator: ":", maxSplits: 1)
        return iri((expand[String(parts[0])] ?? "") + parts[1])
    }

    private func iri(_ text: String) -> String { "<" + text + ">" }

    /// An N-Triples literal: escaped per the grammar, XML-illegal characters kept out as in the other formats.
    private func literal(_ value: String, _ kind: LiteralKind) -> String {
        let clean = XMLText.clean(value)
        let checked = RDFXMLWriter.validated(clean, kind)
        var out = "\""
        for scalar in clean.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        if let datatype = checked.datatype { return out + "^^<" + datatype + ">" }
        return out + "@en"
    }

    // MARK: - JSON Lines

    private func json(_ graph: KnowledgeGraph, cable: String, into out: inout [String]) {
        for node in graph.nodesByID.values {
            var fields: [(String, String)] = [("fact", JSONText.string("node")), ("cable", JSONText.string(cable)),
                                              ("id", JSONText.string(node.id)), ("type", JSONText.string(node.type.rawValue)),
                                              ("label", JSONText.string(node.label)),
                                              ("aliases", JSONText.array(node.sortedAliases))]
            if let country = node.country { fields.append(("country", JSONText.string(country))) }
            if !node.properties.isEmpty { fields.append(("properties", JSONText.object(node.properties))) }
            out.append(JSONText.objectLine(fields))
        }
        for edge in graph.edgesByKey.values {
            var fields: [(String, String)] = [("fact", JSONText.string("edge")), ("cable", JSONText.string(cable)),
                                              ("source", JSONText.string(edge.source)), ("type", JSONText.string(edge.type.rawValue)),
                                              ("target", JSONText.string(edge.target)), ("weight", String(edge.weight))]
            if !edge.properties.isEmpty { fields.append(("properties", JSONText.object(edge.properties))) }
            if !edge.evidence.isEmpty { fields.append(("evidence", JSONText.evidence(edge.evidence))) }
            out.append(JSONText.objectLine(fields))
        }
    }
}
