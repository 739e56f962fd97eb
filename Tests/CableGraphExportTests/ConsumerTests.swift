import CableGraphCore
import Foundation
import Testing
@testable import CableGraphExport

/// Each export loaded by the programs users load it into (networkx, igraph, rapper, rdflib,
/// pyoxigraph, Graphviz dot, xmllint, a Neo4j-rules CSV check), for the sample cable, the
/// 300-cable corpus sample, a graph of hostile names, and a graph with known cooperation edges.
@Suite(.serialized) struct ConsumerTests {
    enum Case: String, CaseIterable, CustomTestStringConvertible {
        case sample, corpus, hostile, cooperation

        var testDescription: String { rawValue }

        func graph() throws -> KnowledgeGraph {
            switch self {
            case .sample: return try TestGraphs.sample()
            case .corpus: return try TestGraphs.corpusSample.get()
            case .hostile: return TestGraphs.hostile()
            case .cooperation: return TestGraphs.cooperation()
            }
        }
    }

    /// Edges whose two ends are nodes: what every export must contain.
    static func expectedEdges(_ graph: KnowledgeGraph) -> Int {
        graph.edges.filter { graph.node($0.source) != nil && graph.node($0.target) != nil }.count
    }

    @Test func corpusSampleIsComplete() throws {
        #expect(TestGraphs.corpusSampleCount == 300)
        let graph = try TestGraphs.corpusSample.get()
        #expect(graph.nodes.filter { $0.type == .cable && $0.properties["read"] == "true" }.count == 300)
    }

    @Test(arguments: Case.allCases)
    func graphMLLoadsInNetworkxAndIgraph(_ testCase: Case) throws {
        let graph = try testCase.graph()
        let files = try ExportedFiles(graph, name: testCase.rawValue)
        defer { files.remove() }
        let file = try #require(files.files[.graphml])
        _ = try Validators.xmllint(file)
        let labels = testCase == .hostile ? ["--labels"] : []
        guard let report = try Validators.consumer("check_graphml.py", [file.path] + labels) else { return }
        let nx = try #require(report["networkx"] as? [String: Any])
        #expect(nx["nodes"] as? Int == graph.nodeCount)
        #expect(nx["edges"] as? Int == Self.expectedEdges(graph))
        #expect(nx["directed"] as? Bool == true)
        let nodeAttributes = try #require(nx["node_attributes"] as? [String: [String]])
        #expect(nodeAttributes["label"] == ["str"])
        #expect(nodeAttributes["type"] == ["str"])
        #expect(nodeAttributes["mentions"] == ["int"])
        if graph.nodesByID.values.contains(where: { !$0.aliases.isEmpty }) { #expect(nodeAttributes["aliases"] == ["str"]) }
        if graph.nodesByID.values.contains(where: { !$0.cables.isEmpty }) { #expect(nodeAttributes["cables"] == ["str"]) }
        if Self.expectedEdges(graph) > 0 {
            let edgeAttributes = try #require(nx["edge_attributes"] as? [String: [String]])
            #expect(edgeAttributes["type"] == ["str"])
            #expect(edgeAttributes["weight"] == ["int"])
            #expect(edgeAttributes["confidence"] == ["float"])
            #expect(edgeAttributes["symmetric"] == ["bool"])
            #expect(edgeAttributes["evidence_count"] == ["int"])
            if graph.edgesByKey.values.contains(where: { !$0.evidence.isEmpty }) {
                #expect(edgeAttributes["evidence"] == ["str"])
                #expect(edgeAttributes["evidence_text"] == ["str"])
            }
        }
        let ig = try #require(report["igraph"] as? [String: Any])
        #expect(ig["nodes"] as? Int == graph.nodeCount)
        #expect(ig["edges"] as? Int == Self.expectedEdges(graph))
        let vertexAttributes = try #require(ig["vertex_attributes"] as? [String])
        #expect(Set(["id", "label", "type", "mentions"]).isSubset(of: vertexAttributes))

        if testCase == .hostile {
            let seen = try #require(nx["labels"] as? [String: String])
            for (id, label) in TestGraphs.hostileLabels {
                #expect(seen[XMLIdentifier.nmtoken(id)] == TestGraphs.cleaned(label), "label of \(id)")
            }
            #expect((nx["aliases"] as? [String: String])?[XMLIdentifier.nmtoken("agency:x:quotes")]
                == "A&B | back\\slash\\ | semi;colon | pipe | tab\there")
            // Evidence is JSON inside the XML: JSON escapes carry even the control characters.
            #expect((nx["evidence"] as? [String])?.contains("He said \"no\" & <left>\u{7} \\ then العربية 中文.") == true)
            #expect(nodeAttributes["flag"] == ["bool"])
            #expect(nodeAttributes["weird key"] == ["str"])
            #expect(nodeAttributes["property_label"] == ["str"])
            #expect(nodeAttributes["property_x"] == ["str"])
        }
    }

    @Test(arguments: Case.allCases)
    func gexfLoadsInNetworkx(_ testCase: Case) throws {
        let graph = try testCase.graph()
        let files = try ExportedFiles(graph, name: testCase.rawValue)
        defer { files.remove() }
        let file = try #require(files.files[.gexf])
        _ = try Validators.xmllint(file)
        let labels = testCase == .hostile ? ["--labels"] : []
        guard let report = try Validators.consumer("check_gexf.py", [file.path] + labels) else { return }
        #expect(report["nodes"] as? Int == graph.nodeCount)
        #expect(report["edges"] as? Int == Self.expectedEdges(graph))
        #expect(report["directed"] as? Bool == true)
        let nodeAttributes = try #require(report["node_attributes"] as? [String: [String]])
        #expect(nodeAttributes["label"] == ["str"])
        #expect(nodeAttributes["type"] == ["str"])
        #expect(nodeAttributes["mentions"] == ["int"])
        // A node is on the timeline when one of its cables has a date.
        let datedCables = Set(graph.nodes.filter { $0.type == .cable && $0.properties["date"] != nil }.flatMap(\.cables))
        let dated = graph.nodes.filter { !$0.cables.isDisjoint(with: datedCables) }.count
        #expect(report["nodes_with_spells"] as? Int == dated)
        #expect(report["mode"] as? String == (datedCables.isEmpty ? "static" : "dynamic"))
        if testCase == .sample || testCase == .corpus { #expect(dated > 0) }
        if testCase == .cooperation {
            #expect(report["edges_with_spells"] as? Int == Self.expectedEdges(graph) - 1)  // JURISDICTION has no date
        }
        if testCase == .hostile {
            let seen = try #require(report["labels"] as? [String: String])
            for (id, label) in TestGraphs.hostileLabels {
                #expect(seen[XMLIdentifier.nmtoken(id)] == TestGraphs.cleaned(label), "label of \(id)")
            }
        }
    }

    @Test(arguments: Case.allCases)
    func rdfParsersAgreeOnTheTripleCount(_ testCase: Case) throws {
        let graph = try testCase.graph()
        let files = try ExportedFiles(graph, name: testCase.rawValue)
        defer { files.remove() }
        let file = try #require(files.files[.rdfxml])
        let written = try #require(files.summaries[.rdfxml]?.triples)
        if testCase == .cooperation { #expect(written == TestGraphs.cooperationTriples) }
        _ = try Validators.xmllint(file)
        if let rapper = Validators.tool("rapper") {
            let run = try Validators.run(rapper, ["-q", "-i", "rdfxml", "-c", file.path])
            #expect(run.status == 0, "rapper: \(run.stderr)")
        } else {
            Validators.missing("rapper (raptor2-utils)")
        }
        var arguments = [file.path]
        let queryFile = files.folder.appendingPathComponent("query.rq")
        if testCase == .cooperation {
            try TestGraphs.cooperationQuery.write(to: queryFile, atomically: true, encoding: .utf8)
            arguments += ["--sparql", queryFile.path]
        }
        if testCase == .hostile { arguments.append("--labels") }
        guard let report = try Validators.consumer("check_rdf.py", arguments) else { return }
        #expect(report["rapper"] as? Int == written, "rapper: \(report["rapper"] ?? "nil")")
        #expect(report["rdflib"] as? Int == written)
        #expect(report["oxigraph"] as? Int == written)
        #expect(report["lang_and_datatype"] as? Int == 0)
        #expect((report["bad_iris"] as? [String]) == [])
        if testCase == .cooperation {
            #expect((report["sparql"] as? [[String]]) == TestGraphs.cooperationRows)
        }
        if testCase == .hostile {
            let labels = try #require(report["labels"] as? [String: [String]])
            let iris = try IRIMinter(base: ExportOptions.defaultBaseIRI)
            for (id, label) in TestGraphs.hostileLabels {
                #expect(labels[iris.node(id)] == [TestGraphs.cleaned(label), "en"], "label of \(id)")
            }
        }
    }

    @Test(arguments: Case.allCases)
    func dotRendersEveryNodeAndEdge(_ testCase: Case) throws {
        let graph = try testCase.graph()
        let files = try ExportedFiles(graph, name: testCase.rawValue)
        defer { files.remove() }
        let file = try #require(files.files[.dot])
        guard let dot = Validators.tool("dot") else {
            Validators.missing("Graphviz dot")
            return
        }
        let svg = files.folder.appendingPathComponent("\(testCase.rawValue).svg")
        // -Klayout would override the file's choice; the corpus sample is drawn with what the file asks for.
        let run = try Validators.run(dot, ["-Tsvg", file.path, "-o", svg.path])
        #expect(run.status == 0, "dot: \(run.stderr)")
        #expect(!run.stderr.contains("syntax error"), "dot: \(run.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        // A keyword left bare would be read as a default-attribute statement and its node lost.
        let legend = graph.nodeCount > 0 ? 1 : 0
        #expect(text.components(separatedBy: "class=\"node\"").count - 1 == graph.nodeCount + legend)
        #expect(text.components(separatedBy: "class=\"edge\"").count - 1 == Self.expectedEdges(graph))
        _ = try Validators.xmllint(svg)
    }

    @Test(arguments: Case.allCases)
    func jsonLoadsInNetworkx(_ testCase: Case) throws {
        let graph = try testCase.graph()
        let files = try ExportedFiles(graph, name: testCase.rawValue)
        defer { files.remove() }
        let file = try #require(files.files[.json])
        let labels = testCase == .hostile ? ["--labels"] : []
        guard let report = try Validators.consumer("check_json.py", [file.path] + labels) else { return }
        #expect(report["nodes"] as? Int == graph.nodeCount)
        #expect(report["edges"] as? Int == Self.expectedEdges(graph))
        #expect(report["multigraph"] as? Bool == true)
        #expect(report["evidence_lists"] as? Int == graph.edges.filter {
            !$0.evidence.isEmpty && graph.node($0.source) != nil && graph.node($0.target) != nil
        }.count)
        if testCase == .hostile {
            let seen = try #require(report["labels"] as? [String: String])
            for (id, label) in TestGraphs.hostileLabels {
                // JSON carries every character, control characters escaped.
                #expect(seen[id] == label, "label of \(id)")
            }
        }
    }

    @Test(arguments: Case.allCases)
    func csvFollowsNeo4jImportRules(_ testCase: Case) throws {
        let graph = try testCase.graph()
        let files = try ExportedFiles(graph, name: testCase.rawValue)
        defer { files.remove() }
        guard let report = try Validators.consumer("check_csv.py", [files.csvNodes.path, files.csvEdges.path]) else { return }
        #expect(report["nodes"] as? Int == graph.nodeCount)
        #expect(report["edges"] as? Int == Self.expectedEdges(graph))
        #expect((report["errors"] as? [String]) == [])
    }
}
