import CableGraphCore

/// The cablegraph ontology as RDF/XML (OWL 2, readable by Protégé): what `cablegraph schema`
/// writes to `Schemas/cablegraph.owl.rdf`, generated from the types in `Schemas/ontology.json`.
///
/// - One `owl:Class` per node type, `rdfs:subClassOf` its schema.org (or PROV) class. Sub-class,
///   not equivalence: Law and LegalArticle both refine `schema:Legislation` without being the same.
/// - One `owl:ObjectProperty` per relation type, `owl:SymmetricProperty` when symmetric, with its
///   domain and range (a union class when there are several) and `rdfs:subPropertyOf` its
///   counterpart in Dublin Core or schema.org.
/// - The assertion and evidence vocabulary of the instance data.
public enum OntologyWriter {
    @discardableResult
    public static func write(to sink: any OutputSink, pretty: Bool = true) throws -> Int {
        let rdf = try RDFXMLWriter(sink: sink, pretty: pretty)
        let cg = RDFNamespace.cg
        let owl = RDFNamespace.owl

        try rdf.startDescription(RDFNamespace.ontologyIRI)
        try rdf.resource("rdf:type", owl + "Ontology")
        try rdf.literal("dcterms:title", "cablegraph ontology", .english)
        try rdf.literal("rdfs:comment", "Types of the cablegraph knowledge graph of US diplomatic cables: entities, the relations between them, and the assertions and evidence sentences behind each relation.", .english)
        try rdf.literal("owl:versionInfo", Ontology.version, .string)
        try rdf.endDescription()

        for type in NodeType.allCases {
            try rdf.startDescription(cg + type.rawValue)
            try rdf.resource("rdf:type", owl + "Class")
            try rdf.literal("rdfs:label", type.displayName, .english)
            try rdf.literal("rdfs:comment", type.comment, .english)
            if let parent = type.equivalentClass { try rdf.resource("rdfs:subClassOf", parent) }
            try rdf.resource("rdfs:isDefinedBy", RDFNamespace.ontologyIRI)
            try rdf.endDescription()
        }
        for (name, comment) in [(CGVocabulary.assertionClass, "A relation as stated in (or inferred from) cable sentences, with its weight, confidence and evidence."),
                                (CGVocabulary.evidenceClass, "A sentence of a cable that supports an assertion.")] {
            try rdf.startDescription(cg + name)
            try rdf.resource("rdf:type", owl + "Class")
            try rdf.literal("rdfs:label", name, .english)
            try rdf.literal("rdfs:comment", comment, .english)
            try rdf.resource("rdfs:subClassOf", RDFNamespace.prov + "Entity")
            try rdf.resource("rdfs:isDefinedBy", RDFNamespace.ontologyIRI)
            try rdf.endDescription()
        }

        for relation in RelationType.allCases {
            guard XMLText.isNCName(relation.rdfProperty) else {
                throw ExportError.invalidName("relation \(relation.rawValue) has RDF property \(relation.rdfProperty), not an NCName")
            }
            try rdf.startDescription(cg + relation.rdfProperty)
            try rdf.resource("rdf:type", owl + "ObjectProperty")
            if relation.isSymmetric { try rdf.resource("rdf:type", owl + "SymmetricProperty") }
            try rdf.literal("rdfs:label", relation.rawValue, .english)
            try rdf.literal("rdfs:comment", relation.comment, .english)
            try rdf.literal("cg:relationKind", relation.kind.rawValue, .string)
            if let types = relation.domain { try classExpression("rdfs:domain", types, rdf) }
            if let types = relation.range { try classExpression("rdfs:range", types, rdf) }
            if let parent = relation.superProperty { try rdf.resource("rdfs:subPropertyOf", parent) }
            try rdf.resource("rdfs:isDefinedBy", RDFNamespace.ontologyIRI)
            try rdf.endDescription()
        }
        for link in CGVocabulary.assertionLinks {
            try rdf.startDescription(cg + link.name)
            try rdf.resource("rdf:type", owl + "ObjectProperty")
            try rdf.resource("rdf:type", owl + "FunctionalProperty")
            try rdf.literal("rdfs:comment", link.comment, .english)
            try rdf.resource("rdfs:domain", cg + CGVocabulary.assertionClass)
            try rdf.resource("rdfs:range", link.range)
            try rdf.resource("rdfs:isDefinedBy", RDFNamespace.ontologyIRI)
            try rdf.endDescription()
        }

        try rdf.startDescription(cg + "relationKind")
        try rdf.resource("rdf:type", owl + "AnnotationProperty")
        try rdf.literal("rdfs:comment", "How a relation is known: structural, document, cooccurrence or stated.", .english)
        try rdf.resource("rdfs:isDefinedBy", RDFNamespace.ontologyIRI)
        try rdf.endDescription()

        for property in CGVocabulary.ownDataProperties {
            try rdf.startDescription(cg + property.localName)
            try rdf.resource("rdf:type", owl + "DatatypeProperty")
            try rdf.literal("rdfs:comment", property.comment, .english)
            try rdf.resource("rdfs:range", property.kind.range)
            try rdf.resource("rdfs:isDefinedBy", RDFNamespace.ontologyIRI)
            try rdf.endDescription()
        }
        try rdf.finish()
        return rdf.triples
    }

    /// `rdfs:domain cg:Agency`, or for several types an anonymous `owl:Class` that is their
    /// `owl:unionOf` (an RDF collection): one triple for the link, one for the class's type,
    /// one for `owl:unionOf`, and two per collection cell.
    private static func classExpression(_ predicate: String, _ types: [NodeType], _ rdf: RDFXMLWriter) throws {
        if types.count == 1, let only = types.first {
            try rdf.resource(predicate, RDFNamespace.cg + only.rawValue)
            return
        }
        try rdf.startElement(predicate)
        try rdf.startElement("owl:Class")
        try rdf.startElement("owl:unionOf")
        try rdf.attribute("rdf:parseType", "Collection")
        for type in types {
            try rdf.startElement("rdf:Description")
            try rdf.attribute("rdf:about", RDFNamespace.cg + type.rawValue)
            try rdf.endElement()
        }
        try rdf.endElement()
        try rdf.endElement()
        try rdf.endElement()
        rdf.addTriples(3 + 2 * types.count)
    }
}
