import CableGraphCore
import CableGraphExport
import Foundation
import Testing

/// The programs the exports are checked with: the project venv's Python (networkx, igraph, rdflib,
/// pyoxigraph) running `Tests/Consumers/*.py`, and rapper, xmllint and Graphviz dot.
///
/// With `CABLEGRAPH_REQUIRE_VALIDATORS=1` (set by `Scripts/test.sh`, so in CI) a missing one fails the
/// test; otherwise it is reported as a warning and the check is skipped.
enum Validators {
    static var required: Bool {
        ProcessInfo.processInfo.environment["CABLEGRAPH_REQUIRE_VALIDATORS"] == "1"
    }

    /// `$CABLEGRAPH_VENV/bin/python`, else `.venv/bin/python` in the repository.
    static var python: String? {
        let venv = ProcessInfo.processInfo.environment["CABLEGRAPH_VENV"].map { URL(fileURLWithPath: $0) }
            ?? Repository.path(".venv")
        let python = venv.appendingPathComponent("bin/python").path
        return FileManager.default.isExecutableFile(atPath: python) ? python : nil
    }

    /// The full path of a program on `PATH`.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func missing(_ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let message = "validator not available: \(what) (run Scripts/setup.sh, or set CABLEGRAPH_VENV)"
        Issue.record(Comment(rawValue: message), severity: required ? .error : .warning, sourceLocation: sourceLocation)
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Run {
        // Output goes to files, so a chatty child can never block on a full pipe.
        let folder = FileManager.default.temporaryDirectory
        let outFile = folder.appendingPathComponent("cablegraph-run-\(UUID().uuidString).out")
        let errFile = folder.appendingPathComponent("cablegraph-run-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outFile)
            try? FileManager.default.removeItem(at: errFile)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = try FileHandle(forWritingTo: outFile)
        let err = try FileHandle(forWritingTo: errFile)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: outFile), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errFile), as: UTF8.self))
    }

    /// Runs `Tests/Consumers/<script>` and decodes its JSON report; nil (with an issue recorded)
    /// when Python is missing or the script fails.
    static func consumer(_ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any]? {
        guard let python else {
            missing("Python venv with networkx, igraph, rdflib, pyoxigraph", sourceLocation: sourceLocation)
            return nil
        }
        let path = Repository.path("Tests/Consumers/" + script).path
        let result = try run(python, [path] + arguments)
        guard result.status == 0 else {
            Issue.record(Comment(rawValue: "\(script) \(arguments.joined(separator: " ")) failed (\(result.status)):\n\(result.stderr)"),
                         sourceLocation: sourceLocation)
            return nil
        }
        guard let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            Issue.record(Comment(rawValue: "\(script) printed no JSON object: \(result.stdout)"), sourceLocation: sourceLocation)
            return nil
        }
        return object
    }

    /// `xmllint --noout FILE`: true when the file is well-formed XML.
    static func xmllint(_ file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool? {
        guard let xmllint = tool("xmllint") else {
            missing("xmllint (libxml2-utils)", sourceLocation: sourceLocation)
            return nil
        }
        let result = try run(xmllint, ["--noout", file.path])
        if result.status != 0 {
            Issue.record(Comment(rawValue: "xmllint \(file.lastPathComponent): \(result.stderr.prefix(2000))"), sourceLocation: sourceLocation)
        }
        return result.status == 0
    }
}

/// Exports a graph in every format into a fresh temporary folder.
struct ExportedFiles {
    let folder: URL
    var files: [ExportFormat: URL] = [:]
    var csvNodes: URL
    var csvEdges: URL
    var summaries: [ExportFormat: ExportSummary] = [:]

    init(_ graph: KnowledgeGraph, name: String, options: ExportOptions = ExportOptions()) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cablegraph-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        csvNodes = folder.appendingPathComponent("\(name)-nodes.csv")
        csvEdges = folder.appendingPathComponent("\(name)-edges.csv")
        for format in ExportFormat.allCases where format != .csv {
            let sink = MemorySink()
            summaries[format] = try format.exporter(options).write(graph, to: sink)
            let file = folder.appendingPathComponent("\(name).\(format.fileExtension)")
            try Data(sink.bytes).write(to: file)
            files[format] = file
        }
        let csv = CSVExporter(options: options)
        let nodes = MemorySink(), edges = MemorySink()
        let nodeCount = try csv.writeNodes(graph, to: nodes)
        let edgeCount = try csv.writeEdges(graph, to: edges)
        try Data(nodes.bytes).write(to: csvNodes)
        try Data(edges.bytes).write(to: csvEdges)
        summaries[.csv] = ExportSummary(nodes: nodeCount, edges: edgeCount)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
