import CableGraphCore
import Foundation
import Testing
@testable import CableGraphExport

@Suite struct OntologyTests {
    static func ontology() throws -> (text: MemorySink, triples: Int) {
        let sink = MemorySink()
        let triples = try OntologyWriter.write(to: sink)
        return (sink, triples)
    }

    @Test func committedOntologyIsWhatTheSchemaGives() throws {
        let committed = try Data(contentsOf: Repository.path("Schemas/cablegraph.owl.rdf"))
        #expect([UInt8](committed) == (try Self.ontology().text.bytes),
                "Schemas/cablegraph.owl.rdf is out of date: run Scripts/build-exports.sh (or cablegraph schema -o Schemas/cablegraph.owl.rdf)")
    }

    @Test func declaresEveryTypeAndRelation() throws {
        let root = try #require(XMLTree.parse(Self.ontology().text.bytes))
        let byIRI = Dictionary(uniqueKeysWithValues: root.children.map { ($0.attributes["rdf:about"] ?? "", $0) })
        func types(_ iri: String) -> Set<String> {
            Set(byIRI[iri]?.children.filter { $0.qualifiedName == "rdf:type" }.compactMap { $0.attributes["rdf:resource"] } ?? [])
        }
        for type in NodeType.allCases {
            #expect(types(Ontology.namespace + type.rawValue) == [RDFNamespace.owl + "Class"])
            let parent = byIRI[Ontology.namespace + type.rawValue]?.children.first { $0.qualifiedName == "rdfs:subClassOf" }
            #expect(parent?.attributes["rdf:resource"] == type.equivalentClass)
        }
        for relation in RelationType.allCases {
            let expected: Set<String> = relation.isSymmetric
                ? [RDFNamespace.owl + "ObjectProperty", RDFNamespace.owl + "SymmetricProperty"]
                : [RDFNamespace.owl + "ObjectProperty"]
            #expect(types(Ontology.namespace + relation.rdfProperty) == expected, "\(relation)")
        }
        let partOf = try #require(byIRI[Ontology.namespace + "partOf"])
        #expect(partOf.children.first { $0.qualifiedName == "rdfs:subPropertyOf" }?.attributes["rdf:resource"] == "http://purl.org/dc/terms/isPartOf")
        let union = partOf.children.first { $0.qualifiedName == "rdfs:domain" }?.first("Class")?.first("unionOf")
        #expect(union?.children.compactMap { $0.attributes["rdf:about"] } == RelationType.partOf.domain?.map { Ontology.namespace + $0.rawValue })
        #expect(types(Ontology.namespace + "Assertion") == [RDFNamespace.owl + "Class"])
        #expect(types(Ontology.namespace + "sentenceText") == [RDFNamespace.owl + "DatatypeProperty"])
    }

    @Test func parsersAgreeOnTheOntology() throws {
        let (sink, triples) = try Self.ontology()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cablegraph-ontology-\(UUID().uuidString).rdf")
        try Data(sink.bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let report = try Validators.consumer("check_rdf.py", [file.path]) else { return }
        #expect(report["rapper"] as? Int == triples)
        #expect(report["rdflib"] as? Int == triples)
        #expect(report["oxigraph"] as? Int == triples)
        #expect(report["lang_and_datatype"] as? Int == 0)
    }
}
