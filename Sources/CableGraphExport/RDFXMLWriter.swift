/// Writes RDF/XML without abbreviation: one `rdf:Description` per subject, one property element
/// per triple. Property names must be `prefix:NCName` from the declared prefixes; anything else
/// throws rather than produce a file no parser reads.
///
/// Within a description a triple already written is skipped (two names can become equal once
/// XML-illegal characters are removed), so `triples` is exactly what parsers count.
final class RDFXMLWriter {
    private let xml: XMLWriter
    private struct Triple: Hashable {
        var predicate: String
        var kind: LiteralKind?
        var object: String
    }

    private var written: Set<Triple> = []
    private(set) var triples = 0
    private let prefixes: Set<String>
    /// Property names already checked (a handful, written millions of times).
    private var checkedNames: Set<String> = []

    init(sink: any OutputSink, pretty: Bool) throws {
        xml = try XMLWriter(sink: sink, indent: pretty)
        prefixes = Set(RDFNamespace.declarations.map(\.prefix))
        try xml.startDocument()
        try xml.startElement("rdf:RDF")
        for (prefix, iri) in RDFNamespace.declarations { try xml.attribute("xmlns:" + prefix, iri) }
    }

    func comment(_ text: String) throws {
        try xml.comment(text)
    }

    func startDescription(_ subject: String) throws {
        written.removeAll(keepingCapacity: true)
        try xml.startElement("rdf:Description")
        try xml.attribute("rdf:about", subject)
    }

    func endDescription() throws {
        try xml.endElement()
    }

    /// `subject predicate <object>`.
    func resource(_ predicate: String, _ object: String) throws {
        try checkName(predicate)
        guard written.insert(Triple(predicate: predicate, kind: nil, object: object)).inserted else { return }
        try xml.startElement(predicate)
        try xml.attribute("rdf:resource", object)
        try xml.endElement()
        triples += 1
    }

    /// `subject predicate "value"` typed by `kind`. A value that is not a valid lexical form of its
    /// datatype (a date like `2009-13-45`) is written as an `xsd:string` instead.
    func literal(_ predicate: String, _ value: String, _ kind: LiteralKind) throws {
        try checkName(predicate)
        let clean = XMLText.clean(value)
        let kind = RDFXMLWriter.validated(clean, kind)
        guard written.insert(Triple(predicate: predicate, kind: kind, object: clean)).inserted else { return }
        try xml.startElement(predicate)
        if let datatype = kind.datatype {
            try xml.attribute("rdf:datatype", datatype)
        } else {
            try xml.attribute("xml:lang", "en")
        }
        try xml.text(clean)
        try xml.endElement()
        triples += 1
    }

    func literal(_ property: DataProperty, _ value: String) throws {
        try literal(property.qname, value, property.kind)
    }

    /// Writes an element and its attributes as given, for the nested structures of the ontology
    /// (`owl:unionOf` collections); the caller counts their triples.
    func startElement(_ name: String) throws {
        try checkName(name)
        try xml.startElement(name)
    }

    func attribute(_ name: String, _ value: String) throws {
        try xml.attribute(name, value)
    }

    func endElement() throws {
        try xml.endElement()
    }

    func addTriples(_ count: Int) {
        triples += count
    }

    func finish() throws {
        try xml.endElement()  // rdf:RDF
        try xml.endDocument()
    }

    private func checkName(_ qname: String) throws {
        if checkedNames.contains(qname) { return }
        let parts = qname.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, prefixes.contains(String(parts[0])), XMLText.isNCName(String(parts[1])) else {
            throw ExportError.invalidName("RDF/XML cannot write the property \(qname): not a declared prefix and an NCName")
        }
        checkedNames.insert(qname)
    }

    static func validated(_ value: String, _ kind: LiteralKind) -> LiteralKind {
        switch kind {
        case .date: return ISODate.isValid(value) ? .date : .string
        case .boolean: return value == "true" || value == "false" ? .boolean : .string
        case .integer: return Int(value) != nil ? .integer : .string
        case .double:
            if value == "NaN" || value == "INF" || value == "-INF" { return .double }
            return value.allSatisfy({ "0123456789.eE+-".contains($0) }) && Double(value) != nil ? .double : .string
        case .english, .string: return kind
        }
    }
}
