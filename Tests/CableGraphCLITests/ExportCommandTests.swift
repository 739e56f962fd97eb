import CableGraphCore
import CableGraphExport
import Foundation
import Testing
@testable import cablegraph

enum Checkout {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cablegraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

@Suite struct ExportsFolderTests {
    static let stem = "09BEIJING509"

    /// What the README's main command (`Scripts/build-exports.sh`) writes into Exports/, written again
    /// with the current code through the same functions the CLI calls.
    @Test func exportsOfTheSampleAreUpToDate() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
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
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
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
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(ExportCommand.csvPaths(folder.path) == (folder.appendingPathComponent("nodes.csv").path,
                                                         folder.appendingPathComponent("edges.csv").path))
    }
}

/// The built binary, as users run it.
@Suite(.serialized) struct ExportBinaryTests {
    /// `$CABLEGRAPH_BINARY` (set by Scripts/test.sh to the release build), else the debug build.
    static var binary: String? {
        if let path = ProcessInfo.processInfo.environment["CABLEGRAPH_BINARY"], FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        let debug = Checkout.path(".build/debug/cablegraph")
        return FileManager.default.isExecutableFile(atPath: debug) ? debug : nil
    }

    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Run? {
        guard let binary else {
            let required = ProcessInfo.processInfo.environment["CABLEGRAPH_REQUIRE_VALIDATORS"] == "1"
            Issue.record("no cablegraph binary (set CABLEGRAPH_BINARY)", severity: required ? .error : .warning)
            return nil
        }
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outFile = folder.appendingPathComponent("stdout"), errFile = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let out = try FileHandle(forWritingTo: outFile), err = try FileHandle(forWritingTo: errFile)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(status: process.terminationStatus, stdout: try Data(contentsOf: outFile),
                   stderr: String(decoding: try Data(contentsOf: errFile), as: UTF8.self))
    }

    @Test(arguments: ExportFormat.allCases)
    func standardOutputIsTheSameOnEveryRun(_ format: ExportFormat) throws {
        let sample = Checkout.path("Samples/09BEIJING509.txt")
        guard let first = try Self.run(["export", sample, "--format", format.rawValue]),
              let second = try Self.run(["export", sample, "--format", format.rawValue]) else { return }
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
    }

    @Test func badFilesAreReportedAndSkipped() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt").path
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        let output = folder.appendingPathComponent("out.graphml").path
        guard let run = try Self.run(["export", empty, "/nonexistent.txt", Checkout.path("Samples/09BEIJING509.txt"),
                                      "--format", "graphml", "-o", output]) else { return }
        #expect(run.status == 0)
        #expect(run.stderr.contains("empty.txt"))
        #expect(run.stderr.contains("/nonexistent.txt"))
        #expect(FileManager.default.fileExists(atPath: output))

        guard let nothing = try Self.run(["export", empty, "--format", "graphml", "-o", output + ".2"]) else { return }
        #expect(nothing.status != 0)
        #expect(!FileManager.default.fileExists(atPath: output + ".2"))
    }

    @Test func csvWritesTwoFilesAndFiltersApply() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = Checkout.path("Samples/09BEIJING509.txt")
        guard let run = try Self.run(["export", sample, "--format", "csv", "-o", folder.appendingPathComponent("g.csv").path]) else { return }
        #expect(run.status == 0, "\(run.stderr)")
        let nodes = try String(contentsOf: folder.appendingPathComponent("g-nodes.csv"), encoding: .utf8)
        let edges = try String(contentsOf: folder.appendingPathComponent("g-edges.csv"), encoding: .utf8)
        #expect(nodes.hasPrefix("id:ID,:LABEL,"))
        #expect(edges.hasPrefix(":START_ID,:END_ID,:TYPE,"))

        guard let unknown = try Self.run(["export", sample, "--format", "dot", "--focus", "no such entity"]) else { return }
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no such entity"))
        guard let badType = try Self.run(["export", sample, "--format", "dot", "--types", "Agency,Bogus"]) else { return }
        #expect(badType.status != 0)
        #expect(badType.stderr.contains("Bogus"))
        guard let focused = try Self.run(["export", sample, "--format", "json", "--focus", "09BEIJING509", "--depth", "0"]) else { return }
        #expect(focused.status == 0, "\(focused.stderr)")
        let object = try JSONSerialization.jsonObject(with: focused.stdout) as? [String: Any]
        #expect((object?["nodes"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["cable:09beijing509"])
    }

    @Test func schemaCommandWritesTheCommittedOntology() throws {
        guard let run = try Self.run(["schema"]) else { return }
        #expect(run.status == 0)
        #expect(run.stdout == FileManager.default.contents(atPath: Checkout.path("Schemas/cablegraph.owl.rdf")))
    }
}
