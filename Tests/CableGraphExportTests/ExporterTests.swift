import CableGraphCore
import Foundation
import Testing
@testable import CableGraphExport

/// Plain checks of each exporter's output, read back with libxml2's parser or by hand.
@Suite struct ExporterTests {
    static func export(_ format: ExportFormat, _ graph: KnowledgeGraph, _ options: ExportOptions = ExportOptions()) throws -> MemorySink {
        let sink = MemorySink()
        try format.exporter(options).write(graph, to: sink)
        return sink
    }

    @Test(arguments: ExportFormat.allCases)
    func sameGraphSameBytes(_ format: ExportFormat) throws {
        // Built twice: dictionaries inside the graph may iterate in a different order each time.
        let first = try Self.export(format, TestGraphs.hostile()).bytes
        let second = try Self.export(format, TestGraphs.hostile()).bytes
        #expect(!first.isEmpty)
        #expect(first == second)
        #expect(try Self.export(format, TestGraphs.cooperation()).bytes == Self.export(format, TestGraphs.cooperation()).bytes)
    }

    @Test func exportOrderIsTheGraphsOrder() throws {
        for graph in [TestGraphs.hostile(), TestGraphs.cooperation(), try TestGraphs.corpusSample.get()] {
            let view = ExportView(graph)
            #expect(view.nodes.map(\.id) == graph.nodes.map(\.id))
            #expect(view.edges.map(\.key) == graph.edges.filter { graph.node($0.source) != nil && graph.node($0.target) != nil }.map(\.key))
        }
    }

    @Test(arguments: [ExportFormat.graphml, .gexf, .rdfxml])
    func xmlFormatsAreWellFormedForHostileNames(_ format: ExportFormat) throws {
        let sink = try Self.export(format, TestGraphs.hostile())
        #expect(XMLTree.parse(sink.bytes) != nil)
        // No XML-illegal character survives, not even as a character reference.
        #expect(!sink.text.unicodeScalars.contains { $0.value < 0x20 && $0.value != 0x0A && $0.value != 0x09 })
        #expect(!sink.text.contains("&#7;") && !sink.text.contains("&#x7;") && !sink.text.contains("&#0;"))
    }

    // MARK: GraphML

    @Test func graphMLDeclaresEveryKeyBeforeTheGraph() throws {
        let root = try #require(XMLTree.parse(Self.export(.graphml, TestGraphs.hostile()).bytes))
        #expect(root.name == "graphml")
        let names = root.children.map(\.name)
        let graphIndex = try #require(names.firstIndex(of: "graph"))
        #expect(names[..<graphIndex].allSatisfy { $0 == "key" })
        #expect(!names[graphIndex...].contains("key"))
        let keys = root.elements("key")
        #expect(Set(keys.map { $0.attributes["id"] ?? "" }).count == keys.count, "key ids are unique")
        let validTypes: Set<String> = ["boolean", "int", "long", "float", "double", "string"]
        for key in keys {
            #expect(["node", "edge"].contains(key.attributes["for"] ?? ""), "for on \(key.attributes)")
            #expect(validTypes.contains(key.attributes["attr.type"] ?? ""), "attr.type on \(key.attributes)")
            #expect(key.attributes["attr.name"]?.isEmpty == false)
        }
        let pairs = keys.map { "\($0.attributes["for"] ?? "")/\($0.attributes["attr.name"] ?? "")" }
        #expect(Set(pairs).count == pairs.count, "one key per (for, name)")
        // Every <data> refers to a declared key of its element's kind.
        let graph = try #require(root.first("graph"))
        let declared = Dictionary(uniqueKeysWithValues: keys.map { ($0.attributes["id"] ?? "", $0.attributes["for"] ?? "") })
        for element in graph.children {
            for data in element.elements("data") {
                #expect(declared[data.attributes["key"] ?? ""] == element.name)
            }
        }
        #expect(graph.attributes["edgedefault"] == "directed")
    }

    @Test func graphMLNamesTheDisplayAttributeLabelAndKeepsTypedParallelEdges() throws {
        let root = try #require(XMLTree.parse(Self.export(.graphml, TestGraphs.cooperation()).bytes))
        let keys = root.elements("key")
        let label = try #require(keys.first { $0.attributes["for"] == "node" && $0.attributes["attr.name"] == "label" })
        #expect(label.attributes["attr.type"] == "string")
        let weight = try #require(keys.first { $0.attributes["for"] == "edge" && $0.attributes["attr.name"] == "weight" })
        #expect(weight.attributes["attr.type"] == "int")
        let typeKey = try #require(keys.first { $0.attributes["for"] == "edge" && $0.attributes["attr.name"] == "type" }?.attributes["id"])
        let symmetricKey = try #require(keys.first { $0.attributes["attr.name"] == "symmetric" }?.attributes["id"])

        let edges = try #require(root.first("graph")).elements("edge")
        #expect(edges.count == 7)
        let ids = edges.map { $0.attributes["id"] ?? "" }
        #expect(Set(ids).count == ids.count, "edge ids are unique")
        #expect(ids.allSatisfy { !$0.isEmpty && !$0.contains(" ") })
        // COOPERATES_WITH and CO_OCCURS_WITH between the same two agencies stay two edges.
        let pair = edges.filter { $0.attributes["source"] == TestGraphs.mca && $0.attributes["target"] == TestGraphs.unicef }
        let types = pair.compactMap { edge in edge.elements("data").first { $0.attributes["key"] == typeKey }?.text }
        #expect(Set(types) == ["COOPERATES_WITH", "CO_OCCURS_WITH"])
        for edge in pair {
            #expect(edge.elements("data").first { $0.attributes["key"] == symmetricKey }?.text == "true")
        }
    }

    @Test func graphMLWritesListsAndEvidenceAsJSON() throws {
        let root = try #require(XMLTree.parse(Self.export(.graphml, TestGraphs.cooperation()).bytes))
        let keys = Dictionary(uniqueKeysWithValues: root.elements("key").map {
            (($0.attributes["for"] ?? "") + "/" + ($0.attributes["attr.name"] ?? ""), $0.attributes["id"] ?? "")
        })
        let graph = try #require(root.first("graph"))
        let ministry = try #require(graph.elements("node").first { $0.attributes["id"] == TestGraphs.mca })
        let cables = try #require(ministry.elements("data").first { $0.attributes["key"] == keys["node/cables"] }?.text)
        #expect(try JSONSerialization.jsonObject(with: Data(cables.utf8)) as? [String] == ["08BEIJING100", "09BEIJING509"])
        let edge = try #require(graph.elements("edge").first {
            $0.attributes["source"] == TestGraphs.acwf && $0.elements("data").contains { $0.text == "COOPERATES_WITH" }
        })
        let evidence = try #require(edge.elements("data").first { $0.attributes["key"] == keys["edge/evidence"] }?.text)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(evidence.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["text"] as? String == TestGraphs.sentenceACWF)
        #expect(items.first?["paragraph"] is NSNull)
        #expect(items.first?["sentence"] as? Int == 52)
        #expect(edge.elements("data").first { $0.attributes["key"] == keys["edge/evidence_text"] }?.text == TestGraphs.sentenceACWF)
    }

    @Test func graphMLNodeIdsAreNMTokens() throws {
        let root = try #require(XMLTree.parse(Self.export(.graphml, TestGraphs.hostile()).bytes))
        let graph = try #require(root.first("graph"))
        let ids = graph.elements("node").map { $0.attributes["id"] ?? "" }
        #expect(ids.count == TestGraphs.hostileLabels.count)
        #expect(Set(ids).count == ids.count)
        let nameCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-")
        for id in ids {
            #expect(!id.isEmpty && id.unicodeScalars.allSatisfy(nameCharacters.contains), "\(id)")
        }
        // Edges point at declared nodes only; the edge to a missing node is left out.
        let known = Set(ids)
        let edges = graph.elements("edge")
        #expect(edges.count == 10)
        #expect(edges.allSatisfy { known.contains($0.attributes["source"] ?? "") && known.contains($0.attributes["target"] ?? "") })
        // The hostile graph has an id with `--`, so edge ids are numbered.
        #expect(edges.map { $0.attributes["id"] ?? "" } == (1...10).map { "e\($0)" })
    }

    // MARK: GEXF

    @Test func gexfCarriesKindWeightAndSpells() throws {
        let root = try #require(XMLTree.parse(Self.export(.gexf, TestGraphs.cooperation()).bytes))
        #expect(root.attributes["version"] == "1.3")
        let graph = try #require(root.first("graph"))
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["timeformat"] == "date")
        let nodes = try #require(graph.first("nodes")).elements("node")
        let ministry = try #require(nodes.first { $0.attributes["id"] == TestGraphs.mca })
        #expect(ministry.attributes["label"] == "Ministry of Civil Affairs")
        let spells = try #require(ministry.first("spells")).elements("spell").map { [$0.attributes["start"], $0.attributes["end"]] }
        #expect(spells == [["2008-03-01", "2008-03-01"], ["2009-02-27", "2009-02-27"]])
        let edges = try #require(graph.first("edges")).elements("edge")
        let cooperation = try #require(edges.first { $0.attributes["kind"] == "COOPERATES_WITH" && $0.attributes["target"] == TestGraphs.unicef })
        #expect(cooperation.attributes["weight"] == "2")
        #expect(cooperation.attributes["label"] == "COOPERATES_WITH")
        #expect(edges.filter { $0.attributes["source"] == TestGraphs.mca && $0.attributes["target"] == TestGraphs.unicef }.count == 2)
        let declared = Set(try #require(graph.elements("attributes").first { $0.attributes["class"] == "edge" })
            .elements("attribute").map { $0.attributes["id"] ?? "" })
        for edge in edges {
            for value in edge.first("attvalues")?.elements("attvalue") ?? [] {
                #expect(declared.contains(value.attributes["for"] ?? ""))
            }
        }
    }

    @Test func gexfMergesConsecutiveDaysIntoOneSpell() {
        let spells = CableCalendar.coalesce(["2009-02-27", "2009-02-28", "2009-03-01", "2009-03-03", "2009-02-27", "bad"])
        #expect(spells == [CableCalendar.Spell(start: "2009-02-27", end: "2009-03-01"),
                           CableCalendar.Spell(start: "2009-03-03", end: "2009-03-03")])
    }

    // MARK: RDF/XML

    @Test func rdfLiteralsHaveALanguageOrADatatypeNeverBoth() throws {
        for graph in [TestGraphs.hostile(), TestGraphs.cooperation()] {
            let root = try #require(XMLTree.parse(Self.export(.rdfxml, graph).bytes))
            #expect(root.qualifiedName == "rdf:RDF")
            for description in root.children {
                #expect(description.qualifiedName == "rdf:Description")
                #expect(description.attributes["rdf:about"]?.hasPrefix("https://w3id.org/cablegraph/") == true)
                for property in description.children {
                    let lang = property.attributes["xml:lang"] != nil
                    let datatype = property.attributes["rdf:datatype"] != nil
                    let resource = property.attributes["rdf:resource"] != nil
                    #expect([lang, datatype, resource].filter { $0 }.count == 1, "\(property.qualifiedName) \(property.attributes)")
                    let local = property.name
                    #expect(XMLText.isNCName(local), "\(property.qualifiedName)")
                }
            }
        }
    }

    @Test func rdfStatesEachRelationDirectlyAndAsAnAssertion() throws {
        let root = try #require(XMLTree.parse(Self.export(.rdfxml, TestGraphs.cooperation()).bytes))
        let iris = try IRIMinter(base: ExportOptions.defaultBaseIRI)
        let byIRI = Dictionary(uniqueKeysWithValues: root.children.map { ($0.attributes["rdf:about"] ?? "", $0) })
        let ministry = try #require(byIRI[iris.node(TestGraphs.mca)])
        #expect(ministry.children.contains { $0.qualifiedName == "cg:cooperatesWith" && $0.attributes["rdf:resource"] == iris.node(TestGraphs.unicef) })
        #expect(ministry.children.contains { $0.qualifiedName == "skos:altLabel" && $0.text == "MCA" && $0.attributes["xml:lang"] == "en" })
        let assertions = root.children.filter { d in d.children.contains { $0.qualifiedName == "rdf:type" && $0.attributes["rdf:resource"] == RDFNamespace.cg + "Assertion" } }
        #expect(assertions.count == 4)  // three COOPERATES_WITH, one CO_OCCURS_WITH
        let evidence = root.children.filter { d in d.children.contains { $0.qualifiedName == "rdf:type" && $0.attributes["rdf:resource"] == RDFNamespace.cg + "Evidence" } }
        #expect(evidence.count == 4, "a sentence cited twice is described once")
        // Structural relations are direct triples only.
        #expect(ministry.children.contains { $0.qualifiedName == "cg:jurisdiction" })
        #expect(!byIRI.keys.contains { $0.contains("/assertion/jurisdiction/") })
        let cable = try #require(byIRI[iris.node("cable:09beijing509")])
        #expect(cable.children.first { $0.qualifiedName == "dcterms:date" }?.attributes["rdf:datatype"] == RDFNamespace.xsd + "date")
        #expect(cable.children.first { $0.qualifiedName == "dcterms:identifier" }?.text == "09BEIJING509")
    }

    @Test func rdfIRIsArePercentEncodedUnderTheConfiguredBase() throws {
        let minter = try IRIMinter(base: "http://example.org/kg")
        #expect(minter.base == "http://example.org/kg/")
        #expect(minter.node("agency:cn:ministry-of-public-security") == "http://example.org/kg/id/agency/cn/ministry-of-public-security")
        #expect(minter.node("agency:cn:中文") == "http://example.org/kg/id/agency/cn/%E4%B8%AD%E6%96%87")
        #expect(minter.node("has space \"q\"/x") == "http://example.org/kg/id/has%20space%20%22q%22%2Fx")
        #expect(minter.node("a:..:b") == "http://example.org/kg/id/a/%2E%2E/b")
        #expect(throws: ExportError.self) { try IRIMinter(base: "not an iri") }
        #expect(throws: ExportError.self) { try IRIMinter(base: "http://example.org/a b") }
        let sink = try Self.export(.rdfxml, TestGraphs.cooperation(), ExportOptions(baseIRI: "http://example.org/kg#"))
        #expect(sink.text.contains("rdf:about=\"http://example.org/kg#id/agency/cn/ministry-of-civil-affairs\""))
    }

    @Test func rdfDeclinesPredicatesThatAreNotNCNames() throws {
        let rdf = try RDFXMLWriter(sink: MemorySink(), pretty: false)
        try rdf.startDescription("http://example.org/s")
        #expect(throws: ExportError.self) { try rdf.resource("cg:123", "http://example.org/o") }
        #expect(throws: ExportError.self) { try rdf.literal("unknown:name", "x", .string) }
        #expect(throws: ExportError.self) { try rdf.literal("cg:", "x", .string) }
        try rdf.literal("cg:weight", "3", .integer)
        #expect(rdf.triples == 1)
    }

    @Test func rdfWritesInvalidTypedValuesAsStrings() {
        #expect(RDFXMLWriter.validated("2009-02-27", .date) == .date)
        #expect(RDFXMLWriter.validated("2009-13-45", .date) == .string)
        #expect(RDFXMLWriter.validated("2009-02-29", .date) == .string)
        #expect(RDFXMLWriter.validated("yes", .boolean) == .string)
        #expect(RDFXMLWriter.validated("0x1p3", .double) == .string)
        #expect(RDFXMLWriter.validated("NaN", .double) == .double)
    }

    // MARK: DOT

    @Test func dotQuotesEveryIdAndKeyword() throws {
        let text = try Self.export(.dot, TestGraphs.hostile()).text
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        // Statements start with the graph header, a default-attribute keyword, `}`, or a quoted id.
        for line in lines where !line.hasPrefix("//") {
            let ok = line.hasPrefix("digraph \"") || line.hasPrefix("graph [") || line.hasPrefix("node [")
                || line.hasPrefix("edge [") || line == "}" || line.hasPrefix("\"")
            #expect(ok, "\(line)")
        }
        for keyword in ["node", "edge", "graph", "strict", "digraph"] {
            #expect(text.contains("\n  \"\(keyword)\" [label="), "\(keyword) is a quoted node id")
        }
        #expect(!text.hasPrefix("strict") && !text.contains("\nstrict "))
        #expect(text.contains("\"backslash\" [label=\"\\\\\""), "a lone backslash is doubled")
        #expect(text.contains("label=\"ends with backslash\\\\\""))
        #expect(text.contains("\"has space \\\"quote\\\" \\\\ back\" -> \"a--b\""))
        #expect(text.contains("label=\"The \\\"Quoted\\\" Agency &amp; Sons <Ltd> 'single'\""))
        #expect(!text.contains("\u{7}") && !text.contains("\u{0}"))
    }

    @Test func dotStylesByTypeAndLabelsEdgesWithTheirRelation() throws {
        let text = try Self.export(.dot, TestGraphs.cooperation()).text
        #expect(text.hasPrefix("// "))
        #expect(text.contains("digraph \"cablegraph\" {"))
        let ministry = try #require(text.split(separator: "\n").first { $0.contains("\"\(TestGraphs.mca)\" [") })
        #expect(ministry.contains("shape=\"\(NodeType.agency.dotShape)\""))
        #expect(ministry.contains("fillcolor=\"\(NodeType.agency.dotFill)\""))
        #expect(text.contains("label=\"COOPERATES_WITH\", color=\"\(RelationType.cooperatesWith.dotColor)\""))
        #expect(text.contains("<B>Legend</B>"))
        #expect(!text.contains("layout="), "small graphs leave the engine to the command")
        let noLegend = try Self.export(.dot, TestGraphs.cooperation(), ExportOptions(dotLegend: false)).text
        #expect(!noLegend.contains("Legend"))
    }

    @Test func dotAsksForSfdpAboveTheThreshold() {
        #expect(DOTExporter().layout(nodeCount: DOTExporter.sfdpThreshold) == nil)
        #expect(DOTExporter().layout(nodeCount: DOTExporter.sfdpThreshold + 1) == "sfdp")
        #expect(DOTExporter(options: ExportOptions(dotLayout: "neato")).layout(nodeCount: 5) == "neato")
    }

    // MARK: JSON

    @Test func jsonIsNodeLinkWithRealLists() throws {
        let data = Data(try Self.export(.json, TestGraphs.cooperation()).bytes)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["directed"] as? Bool == true)
        #expect(object["multigraph"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(nodes.count == 7)
        #expect(links.count == 7)
        let ministry = try #require(nodes.first { $0["id"] as? String == TestGraphs.mca })
        #expect(ministry["aliases"] as? [String] == ["MCA"])
        #expect(ministry["mentions"] as? Int == 5)
        let link = try #require(links.first { $0["key"] as? String == "COOPERATES_WITH" && $0["source"] as? String == TestGraphs.acwf })
        #expect(link["target"] as? String == TestGraphs.mca)
        #expect(link["symmetric"] as? Bool == true)
        #expect((link["evidence"] as? [[String: Any]])?.first?["text"] as? String == TestGraphs.sentenceACWF)
        #expect(Set(links.compactMap { $0["id"] as? String }).count == 7)
    }

    @Test func jsonWritesNaNAsNull() throws {
        let data = Data(try Self.export(.json, TestGraphs.hostile()).bytes)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(links.contains { $0["confidence"] is NSNull })
    }

    // MARK: CSV

    @Test func csvHasNeo4jHeadersAndQuotedStrings() throws {
        let csv = CSVExporter()
        let nodes = MemorySink(), edges = MemorySink()
        try csv.writeNodes(TestGraphs.cooperation(), to: nodes)
        try csv.writeEdges(TestGraphs.cooperation(), to: edges)
        let nodeLines = nodes.text.split(separator: "\n")
        #expect(nodeLines.first?.hasPrefix("id:ID,:LABEL,label:string,type:string,aliases:string[]") == true)
        #expect(nodeLines.count == 8)
        #expect(nodeLines.contains { $0.hasPrefix("\"\(TestGraphs.acwf)\",\"Agency\",\"All-China Women's Federation\"") })
        let edgeLines = edges.text.split(separator: "\n")
        #expect(edgeLines.first?.hasPrefix(":START_ID,:END_ID,:TYPE,id:string,weight:int,confidence:double,symmetric:boolean") == true)
        #expect(edgeLines.count == 8)
        let both = MemorySink()
        try csv.write(TestGraphs.cooperation(), to: both)
        #expect(both.text == nodes.text + "\n" + edges.text)
    }

    @Test func csvFieldsSurviveHostileText() {
        #expect(CSVText.quoted("a \"b\", c\nd\u{7}") == "\"a \"\"b\"\", c d\"")
        #expect(CSVText.quoted("line\nbreak\ttab\r") == "\"line break tab \"")
        #expect(CSVExporter.arrayValue(["a;b", "c"]) == "a\u{FF1B}b;c")
        #expect(CSVExporter.headerNames(["weird key", "x:y", "id", "weird_key"], reserved: ["id"]) == ["weird_key", "x_y", "id_2", "weird_key_2"])
    }

    @Test func anEdgeStatedInThousandsOfCablesStaysUnderTheFieldLimits() throws {
        // 3,000 sentences of 2,000 characters: about 6 MB of evidence on one edge.
        let text = String(repeating: "The Ministry of Civil Affairs worked with UNICEF. ", count: 40)
        let evidence = (0..<3000).map { Evidence(cable: "09CABLE\($0)", paragraph: "1", sentence: 0, start: 0, end: text.count, text: text) }
        let key = EdgeKey(source: TestGraphs.unicef, type: .cooperatesWith, target: TestGraphs.mca)
        var graph = TestGraphs.cooperation()
        graph.add(GraphEdge(key: key, weight: 3000, confidence: 0.8, evidence: evidence))
        let edge = try #require(graph.edge(key))
        #expect(edge.evidenceCount >= 3000)
        let attributes = GraphAttributes(graph)
        let column = try #require(attributes.edge.first { $0.source == .evidence })
        let listed = try #require(AttributeValues.value(column, of: edge))
        #expect(listed.utf8.count <= AttributeValues.maxEvidenceBytes)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
        #expect(items.count > 100 && items.count < edge.evidence.count)
        #expect(items.first?["cable"] as? String == edge.evidence.first?.cable)
    }
}
