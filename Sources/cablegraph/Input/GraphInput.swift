import CableGraphCore
import Foundation

/// Reads the cables named on the command line and builds their graph on every core: workers read,
/// parse and extract one cable at a time, so only the graph and the cables in flight are in memory.
/// Unreadable files are reported and skipped. The graph does not depend on the number of workers.
enum GraphInput {
    struct Built {
        var graph: KnowledgeGraph
        /// Cables read and added to the graph.
        var cables: Int
        /// Files that could not be read or parsed.
        var failures: Int
        /// Warnings about the cables that were read.
        var warnings: Int
        /// Cables read but left out by the criteria.
        var excluded: Int = 0
    }

    /// `verbose` prints every warning; otherwise only their number. `jobs` is the number of workers
    /// (all cores by default).
    static func build(_ inputs: [String], year: Int?, verbose: Bool, jobs: Int? = nil,
                      criteria: CableCriteria = CableCriteria(), timeLimit: Double? = nil,
                      pipeline: Pipeline = Pipeline()) -> Built {
        let listing = InputFiles.list(inputs)
        listing.diagnostics.forEach(Console.report)
        let paths = listing.paths
        // Standard input can be read only once, and only here.
        let stdin = paths.contains("-") ? try? InputFiles.read("-").get() : nil
        let tally = Tally()
        let (graph, built) = ParallelBuild.build(count: paths.count, threads: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                                 process: { i in
            let path = paths[i]
            let file: InputFile
            if path == "-" {
                guard let stdin else { return .skipped([Diagnostic(.error, "cannot read standard input", file: "-")]) }
                file = stdin
            } else {
                switch InputFiles.read(path) {
                case .success(let f): file = f
                case .failure(let d): return .skipped([d])
                }
            }
            switch CableReader.read(file.bytes, path: path, options: ReadOptions(year: year, allowFragments: path == "-")) {
            case .failure(let failure):
                return .skipped([failure.diagnostic])
            case .success(let document):
                // Nothing of a cable outside the criteria (above `--max-classification`) reaches the graph.
                guard criteria.matches(document.metadata) else {
                    tally.excluded += 1
                    return .fragment(KnowledgeGraph(), diagnostics: [])
                }
                guard let fragment = pipeline.fragment(for: document, timeLimit: timeLimit) else {
                    return .skipped([Diagnostic(.error, "took more than \(TimeLimitOption.describe(timeLimit)) to read; skipped", file: path)])
                }
                return .fragment(fragment, diagnostics: document.diagnostics)
            }
        }, report: { _, diagnostics in
            // Called one at a time (ParallelBuild serializes reports).
            for d in diagnostics {
                if d.severity == .warning {
                    tally.warnings += 1
                    if verbose { Console.report(d) }
                } else {
                    Console.report(d)
                }
            }
        })
        let failures = listing.diagnostics.filter { $0.severity == .error }.count + (paths.count - built)
        return Built(graph: graph, cables: built - tally.excluded, failures: failures, warnings: tally.warnings,
                     excluded: tally.excluded)
    }
}

/// Counts shared by worker threads; only touched inside ParallelBuild's serialized report.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    var warnings = 0
    private var excludedCount = 0
    /// Counted from worker threads.
    var excluded: Int {
        get { lock.withLock { excludedCount } }
        set { lock.withLock { excludedCount = newValue } }
    }
}
