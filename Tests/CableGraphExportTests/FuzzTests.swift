import Foundation
import Testing

/// A small fuzz run (the full one is `Scripts/fuzz.sh`): mutated cables never crash or hang the
/// export, and every format it writes still loads in its consumer.
@Suite(.serialized) struct FuzzTests {
    @Test func mutatedCablesExportAndLoad() throws {
        let binary = ShardUnionTests.binary
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cablegraph-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path, output = folder.appendingPathComponent("out").path
        let made = try Validators.run(binary, ["fuzz-cables", Repository.path("Tests/Fixtures/corpus-sample").path, "--output", input,
                                               "--count", "150", "--seed", "11", "--long-line", "1000000"])
        #expect(made.status == 0, "\(made.stderr)")
        let run = try Validators.run(binary, ["export", input, "--all-formats", "--output-dir", output, "--name", "fuzz",
                                              "--time-limit", "10"])
        // 0: exported; 1 would mean nothing could be read. A signal (crash) or a hang never returns here.
        #expect(run.status == 0, "\(run.stderr.suffix(2000))")
        #expect(run.stderr.contains("fuzz-"), "some mutated cables should be reported as unreadable")
        let file = { (name: String) in URL(fileURLWithPath: output).appendingPathComponent(name) }
        for name in ["fuzz.graphml", "fuzz.gexf", "fuzz.rdf"] { #expect(try Validators.xmllint(file(name)) != false) }
        let graphml = try Validators.consumer("check_graphml.py", [file("fuzz.graphml").path])
        if let graphml {
            let networkx = graphml["networkx"] as? [String: Any], igraph = graphml["igraph"] as? [String: Any]
            #expect((networkx?["nodes"] as? Int ?? 0) > 100)
            #expect(networkx?["nodes"] as? Int == igraph?["nodes"] as? Int)
            #expect(networkx?["edges"] as? Int == igraph?["edges"] as? Int)
        }
        let rdf = try Validators.consumer("check_rdf.py", [file("fuzz.rdf").path])
        if let rdf { #expect(rdf["rapper"] as? Int == rdf["rdflib"] as? Int && rdf["rdflib"] as? Int == rdf["oxigraph"] as? Int) }
        _ = try Validators.consumer("check_gexf.py", [file("fuzz.gexf").path])
        _ = try Validators.consumer("check_json.py", [file("fuzz.json").path])
        _ = try Validators.consumer("check_csv.py", [file("fuzz-nodes.csv").path, file("fuzz-edges.csv").path])
        if let gc = Validators.tool("gc") {
            let dot = try Validators.run(gc, ["-n", "-e", file("fuzz.dot").path])
            #expect(dot.status == 0 && dot.stderr.isEmpty, "\(dot.stderr)")
        } else {
            Validators.missing("gc (graphviz)")
        }
    }
}
