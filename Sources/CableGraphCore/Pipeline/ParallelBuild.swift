import Dispatch
import Foundation

/// Runs the pipeline over many cables on several threads and merges the fragments.
///
/// Workers take cables in small chunks from a shared counter, merge the chunk's fragments into a
/// small graph, then fold that into the one shared graph under a lock. Extraction costs far more than
/// merging, so the lock is rarely contended, and memory holds one graph rather than one per worker.
/// Merging is commutative, so the result is the same, byte for byte once exported, whatever the
/// thread count or timing.
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
        let state = SharedState()
        let chunk = max(1, min(64, count / (workers * 8)))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let range = state.next(chunk, of: count) {
                var batch = KnowledgeGraph()
                var built = 0
                for i in range {
                    switch process(i) {
                    case .fragment(let fragment, let diagnostics):
                        batch.merge(fragment)
                        built += 1
                        if !diagnostics.isEmpty { state.serialized { report(i, diagnostics) } }
                    case .skipped(let diagnostics):
                        state.serialized { report(i, diagnostics) }
                    }
                }
                state.absorb(batch, built: built)
            }
        }
        return state.result()
    }
}

/// Work counter and the shared graph, behind locks.
private final class SharedState: @unchecked Sendable {
    private let counterLock = NSLock()
    private let graphLock = NSLock()
    private var cursor = 0
    private var graph = KnowledgeGraph()
    private var built = 0

    func next(_ chunk: Int, of count: Int) -> Range<Int>? {
        counterLock.lock(); defer { counterLock.unlock() }
        guard cursor < count else { return nil }
        let range = cursor..<min(count, cursor + chunk)
        cursor = range.upperBound
        return range
    }

    func serialized(_ body: () -> Void) {
        counterLock.lock(); defer { counterLock.unlock() }
        body()
    }

    func absorb(_ batch: KnowledgeGraph, built: Int) {
        graphLock.lock(); defer { graphLock.unlock() }
        graph.merge(batch)
        self.built += built
    }

    func result() -> (graph: KnowledgeGraph, built: Int) {
        graphLock.lock(); defer { graphLock.unlock() }
        return (graph, built)
    }
}
