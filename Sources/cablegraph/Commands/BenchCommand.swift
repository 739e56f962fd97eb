import ArgumentParser
import CableGraphCore
import Foundation

/// Throughput of each pipeline stage on one core, for `Scripts/bench.sh`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure read and extraction throughput (single core) over cable files.",
        discussion: "Files are loaded into memory first; only the stages are timed, in CPU seconds. Use a release build.",
        shouldDisplay: false
    )

    @Argument(help: "Cable files or folders.")
    var inputs: [String]

    @Option(help: "Passes over the input; the best pass is reported.")
    var runs: Int = 3

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    @Flag(help: "Time reading only (for profiling the reader).")
    var readOnly = false

    @Flag(help: "Also time each pipeline stage (extract, resolve, relations, fragment) once.")
    var stages = false

    func run() throws {
        let listing = InputFiles.list(inputs)
        let files = listing.paths.compactMap { try? InputFiles.read($0).get() }
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        guard bytes > 0 else { throw ValidationError("no input") }
        let pipeline = Pipeline()
        // Load the gazetteer before timing.
        if let first = files.lazy.compactMap({ try? CableReader.read($0.bytes, path: $0.path).get() }).first {
            _ = pipeline.fragment(for: first)
        }

        var readBest = Double.infinity, extractBest = Double.infinity, mergeBest = Double.infinity
        var documents: [CableDocument] = []
        var fragments: [KnowledgeGraph] = []
        var graph = KnowledgeGraph()
        for _ in 0..<max(1, runs) {
            var t = CPUClock.now()
            documents = files.compactMap { try? CableReader.read($0.bytes, path: $0.path).get() }
            readBest = min(readBest, CPUClock.now() - t)
            if readOnly { continue }
            t = CPUClock.now()
            fragments = documents.map(pipeline.fragment(for:))
            extractBest = min(extractBest, CPUClock.now() - t)
            t = CPUClock.now()
            graph = KnowledgeGraph()
            for f in fragments { graph.merge(f) }
            mergeBest = min(mergeBest, CPUClock.now() - t)
        }
        let mb = Double(bytes) / 1_000_000
        if stages { stageTimes(documents, pipeline: pipeline, mb: mb) }
        let figures: [(String, Double)] = [("read", readBest), ("extract", extractBest), ("merge", mergeBest),
                                           ("total", readBest + extractBest + mergeBest)]
        if json {
            var object: [String: Any] = ["files": files.count, "bytes": bytes, "nodes": graph.nodeCount, "edges": graph.edgeCount,
                                         "peak_rss_mb": PeakMemory.megabytes()]
            for (name, seconds) in figures { object["\(name)_seconds"] = seconds; object["\(name)_mb_per_s"] = mb / seconds }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            Console.out(String(decoding: data, as: UTF8.self) + "\n")
            return
        }
        Console.out("input: \(files.count) files, \(String(format: "%.1f", mb)) MB; graph \(graph.nodeCount) nodes, \(graph.edgeCount) edges\n")
        for (name, seconds) in figures {
            Console.out("\(name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", seconds)) s  \(String(format: "%8.1f", mb / seconds)) MB/s\n")
        }
        Console.out("peak RSS \(String(format: "%.0f", PeakMemory.megabytes())) MB\n")
    }
}

extension BenchCommand {
    /// One pass per stage over all documents, each stage fed the previous stage's output.
    func stageTimes(_ documents: [CableDocument], pipeline: Pipeline, mb: Double) {
        var t = CPUClock.now()
        let extractions = documents.map(pipeline.extractor.extract)
        let extract = CPUClock.now() - t
        t = CPUClock.now()
        let resolutions = extractions.map(pipeline.resolver.resolve)
        let resolve = CPUClock.now() - t
        t = CPUClock.now()
        let relations = extractions.map(RelationExtractor().relations(in:))
        let relate = CPUClock.now() - t
        t = CPUClock.now()
        for i in documents.indices { _ = pipeline.fragmentGraph(documents[i], extractions[i], resolutions[i], relations[i]) }
        let fragment = CPUClock.now() - t
        for (name, seconds) in [("extract", extract), ("resolve", resolve), ("relations", relate), ("fragment", fragment)] {
            Console.out("  stage \(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%7.3f", seconds)) s  \(String(format: "%7.1f", mb / seconds)) MB/s\n")
        }
    }
}

/// CPU time of this process: stages run on one thread, so this is their cost even on a busy machine.
enum CPUClock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// Peak resident memory of this process, from /proc (Linux).
enum PeakMemory {
    static func megabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        let kb = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return kb / 1024
    }
}
