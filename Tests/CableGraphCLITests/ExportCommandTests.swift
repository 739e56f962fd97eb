import CableGraphCore
import CableGraphExport
import Foundation
import Testing
@testable import cablegraph

enum Checkout {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

@Suite struct ExportsFolderTests {
    static let stem = "09BEIJING509"

    /// What the README's main command (`Scripts/build-exports.sh`) writes into Exports/, written again
    /// with the current code through the same functions the CLI calls.
    @Test func exportsOfTheSampleAreUpToDate() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.url
        let built = GraphInput.build([Checkout.path("Samples/09BEIJING509.txt")], year: nil, verbose: false)
        #expect(built.cables == 1)
        try ExportCommand.writeAll(built.graph, options: ExportOptions(title: Self.stem), folder: folder.path, stem: Self.stem)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written == ["\(Self.stem)-edges.csv", "\(Self.stem)-nodes.csv", "\(Self.stem).dot", "\(Self.stem).gexf",
                            "\(Self.stem).graphml", "\(Self.stem).json", "\(Self.stem).rdf"])
        for name in written {
            let fresh = try Data(contentsOf: folder.appendingPathComponent(name))
            let committed = FileManager.default.contents(atPath: Checkout.path("Exports/" + name))
            #expect(committed == fresh, "Exports/\(name) is out of date: run Scripts/build-exports.sh")
        }
    }

    /// The committed drawing is of the committed DOT file: one SVG node per DOT node (and the legend),
    /// one SVG edge per DOT edge, each node titled with its id.
    @Test func sampleDrawingMatchesTheDOTFile() throws {
        let svgPath = Checkout.path("Exports/\(Self.stem).svg")
        let svg = try #require(FileManager.default.contents(atPath: svgPath).map { String(decoding: $0, as: UTF8.self) },
                               "Exports/\(Self.stem).svg is missing: run Scripts/build-exports.sh with Graphviz installed")
        let graph = GraphInput.build([Checkout.path("Samples/09BEIJING509.txt")], year: nil, verbose: false).graph
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == graph.nodeCount + 1)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == graph.edgeCount)
        for node in graph.nodes {
            let escaped = node.id.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "-", with: "&#45;")
            #expect(svg.contains("<title>\(escaped)</title>"), "\(node.id) is not in the drawing")
        }
    }
}

@Suite struct AtomicFileTests {
    @Test func replacesTheFileOnlyWhenEverythingIsWritten() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.url
        let target = folder.appendingPathComponent("out.txt").path
        try AtomicFile.write(target) { try $0.write("first") }
        #expect(FileManager.default.contents(atPath: target) == Data("first".utf8))

        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try AtomicFile.write(target) { sink in
                try sink.write(String(repeating: "partial", count: 100_000))
                throw Boom()
            }
        }
        #expect(FileManager.default.contents(atPath: target) == Data("first".utf8), "a failed write leaves the old file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"], "no temporary file is left")
    }

    @Test func refusesAMissingFolder() {
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write("/nonexistent-\(UUID().uuidString)/out.txt") { try $0.write("x") }
        }
    }

    @Test func csvPathsFollowTheDocumentedRule() throws {
        #expect(ExportCommand.csvPaths("/tmp/x/graph.csv") == ("/tmp/x/graph-nodes.csv", "/tmp/x/graph-edges.csv"))
        #expect(ExportCommand.csvPaths("/tmp/x/graph") == ("/tmp/x/graph-nodes.csv", "/tmp/x/graph-edges.csv"))
        let scratch = try ScratchFolder()
        let folder = scratch.url
        #expect(ExportCommand.csvPaths(folder.path) == (folder.appendingPathComponent("nodes.csv").path,
                                                         folder.appendingPathComponent("edges.csv").path))
    }
}

/// The built binary, as users run it.
@Suite(.serialized) struct ExportBinaryTests {
    @Test(arguments: ExportFormat.allCases)
    func standardOutputIsTheSameOnEveryRun(_ format: ExportFormat) throws {
        let sample = Checkout.path("Samples/09BEIJING509.txt")
        let first = try CLIRunner.run(["export", sample, "--format", format.rawValue])
        let second = try CLIRunner.run(["export", sample, "--format", format.rawValue])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stdout.isEmpty)
        #expect(first.stdoutData == second.stdoutData)
    }

    @Test func aDashAsOutputIsStandardOutput() throws {
        let sample = Checkout.path("Samples/09BEIJING509.txt")
        let plain = try CLIRunner.run(["export", sample, "--format", "dot"])
        let dash = try CLIRunner.run(["export", sample, "--format", "dot", "-o", "-"])
        #expect(dash.status == 0, "\(dash.stderr)")
        #expect(dash.stdoutData == plain.stdoutData)
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/-"))
    }

    @Test func badFilesAreReportedAndSkipped() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.url
        let empty = folder.appendingPathComponent("empty.txt").path
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        let output = folder.appendingPathComponent("out.graphml").path
        let run = try CLIRunner.run(["export", empty, "/nonexistent.txt", Checkout.path("Samples/09BEIJING509.txt"),
                                      "--format", "graphml", "-o", output])
        #expect(run.status == 0)
        #expect(run.stderr.contains("empty.txt"))
        #expect(run.stderr.contains("/nonexistent.txt"))
        #expect(FileManager.default.fileExists(atPath: output))

        let nothing = try CLIRunner.run(["export", empty, "--format", "graphml", "-o", output + ".2"])
        #expect(nothing.status != 0)
        #expect(!FileManager.default.fileExists(atPath: output + ".2"))
    }

    @Test func csvWritesTwoFilesAndFiltersApply() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.url
        let sample = Checkout.path("Samples/09BEIJING509.txt")
        let run = try CLIRunner.run(["export", sample, "--format", "csv", "-o", folder.appendingPathComponent("g.csv").path])
        #expect(run.status == 0, "\(run.stderr)")
        let nodes = try String(contentsOf: folder.appendingPathComponent("g-nodes.csv"), encoding: .utf8)
        let edges = try String(contentsOf: folder.appendingPathComponent("g-edges.csv"), encoding: .utf8)
        #expect(nodes.hasPrefix("id:ID,:LABEL,"))
        #expect(edges.hasPrefix(":START_ID,:END_ID,:TYPE,"))

        let unknown = try CLIRunner.run(["export", sample, "--format", "dot", "--focus", "no such entity"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no such entity"))
        let badType = try CLIRunner.run(["export", sample, "--format", "dot", "--types", "Agency,Bogus"])
        #expect(badType.status != 0)
        #expect(badType.stderr.contains("Bogus"))
        let focused = try CLIRunner.run(["export", sample, "--format", "json", "--focus", "09BEIJING509", "--depth", "0"])
        #expect(focused.status == 0, "\(focused.stderr)")
        let object = try JSONSerialization.jsonObject(with: focused.stdoutData) as? [String: Any]
        #expect((object?["nodes"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["cable:09beijing509"])
    }

    @Test func schemaCommandWritesTheCommittedOntology() throws {
        let run = try CLIRunner.run(["schema"])
        #expect(run.status == 0)
        #expect(run.stdoutData == FileManager.default.contents(atPath: Checkout.path("Schemas/cablegraph.owl.rdf")))
    }
}
