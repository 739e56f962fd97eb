import Dispatch
import Foundation

/// Runs the pipeline over many cables on several threads and merges the fragments.
///
/// Workers take cables in small chunks from a shared counter and merge what they build into their own
/// graph; the workers' graphs are merged at the end. Merging is commutative, so the result is the same,
/// byte for byte once exported, whatever the thread count or timing.
public enum ParallelBuild {
    /// One input's outcome: a fragment, or the diagnostics that explain why there is none.
    public enum Outcome: Sendable {
        case fragment(KnowledgeGraph, diagnostics: [Diagnostic])
        case skipped([Diagnostic])
    }

    /// Builds the graph of `count` inputs; `process(i)` reads input `i` and runs the pipeline on it.
    /// `report` sees every outcome's diagnostics (from worker threads, serialized).
    public static func build(count: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                             process: @Sendable (Int) -> Outcome,
                             report: @Sendable (Int, [Diagnostic]) -> Void = { _, _ in }) -> (graph: KnowledgeGraph, built: Int) {
        let workers = max(1, min(threads, count))
        let state = SharedState(workers: workers)
        let chunk = max(1, min(64, count / (workers * 8)))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var graph = KnowledgeGraph()
            var built = 0
            while let range = state.next(chunk, of: count) {
                for i in range {
                    switch process(i) {
                    case .fragment(let fragment, let diagnostics):
                        graph.merge(fragment)
                        built += 1
                        if !diagnostics.isEmpty { state.serialized { report(i, diagnostics) } }
                    case .skipped(let diagnostics):
                        state.serialized { report(i, diagnostics) }
                    }
                }
            }
            state.store(graph, built: built, worker: worker)
        }
        return state.result()
    }
}

/// Work counter and per-worker results, shared across threads behind a lock.
private final class SharedState: @unchecked Sendable {
    private let lock = NSLock()
    private var cursor = 0
    private var graphs: [KnowledgeGraph]
    private var built = 0

    init(workers: Int) { graphs = Array(repeating: KnowledgeGraph(), count: workers) }

    func next(_ chunk: Int, of count: Int) -> Range<Int>? {
        lock.lock(); defer { lock.unlock() }
        guard cursor < count else { return nil }
        let range = cursor..<min(count, cursor + chunk)
        cursor = range.upperBound
        return range
    }

    func serialized(_ body: () -> Void) {
        lock.lock(); defer { lock.unlock() }
        body()
    }

    func store(_ graph: KnowledgeGraph, built: Int, worker: Int) {
        lock.lock(); defer { lock.unlock() }
        graphs[worker] = graph
        self.built += built
    }

    func result() -> (graph: KnowledgeGraph, built: Int) {
        var merged = KnowledgeGraph()
        // Merge the largest first: fewer dictionary copies.
        for graph in graphs.sorted(by: { $0.nodeCount > $1.nodeCount }) {
            if merged.nodeCount == 0 { merged = graph } else { merged.merge(graph) }
        }
        return (merged, built)
    }
}
