import CableGraphCore
import CableGraphStore
import Foundation

/// What became of one input file.
enum ExtractionOutcome: Sendable {
    /// Read and turned into a graph fragment.
    case ready(CableRecord, bytes: Int)
    /// Its bytes are already in the store (under this cable id): nothing to do.
    case unchanged(cableID: String, bytes: Int)
    case failed(Diagnostic, bytes: Int)
    /// Left out by the cable criteria (`--max-classification`).
    case excluded(bytes: Int)

    var bytes: Int {
        switch self {
        case .ready(_, let b), .unchanged(_, let b), .failed(_, let b), .excluded(let b): return b
        }
    }
}

/// Reads, hashes and extracts a batch of files on every core. Results come back in input order, so what
/// is stored never depends on thread timing.
enum ParallelExtraction {
    static func run(_ paths: [String], pipeline: Pipeline, knownHashes: [String: String],
                    criteria: CableCriteria = CableCriteria(), timeLimit: Double? = nil) -> [ExtractionOutcome] {
        let slots = Slots<ExtractionOutcome>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            WorkerPriority.yieldToWriter()
            slots[i] = extract(paths[i], pipeline: pipeline, knownHashes: knownHashes, criteria: criteria, timeLimit: timeLimit)
        }
        return slots.values.map { $0 ?? .failed(Diagnostic(.error, "not processed"), bytes: 0) }
    }

    static func extract(_ path: String, pipeline: Pipeline, knownHashes: [String: String],
                        criteria: CableCriteria = CableCriteria(), timeLimit: Double? = nil) -> ExtractionOutcome {
        let file: InputFile
        switch InputFiles.read(path) {
        case .success(let f): file = f
        case .failure(let d): return .failed(d, bytes: 0)
        }
        let hash = ContentHash.sha256(file.bytes)
        if let known = knownHashes[hash] { return .unchanged(cableID: known, bytes: file.bytes.count) }
        // Unlike `parse`, a store takes whole cables only, from standard input too.
        switch CableReader.read(file.bytes, path: path) {
        case .failure(let failure):
            return .failed(failure.diagnostic, bytes: file.bytes.count)
        case .success(let document):
            guard criteria.matches(document.metadata) else { return .excluded(bytes: file.bytes.count) }
            guard let fragment = pipeline.fragment(for: document, timeLimit: timeLimit) else {
                return .failed(Diagnostic(.error, "took more than \(TimeLimitOption.describe(timeLimit)) to read; skipped", file: path),
                               bytes: file.bytes.count)
            }
            let record = CableRecord(metadata: document.metadata, path: path, contentHash: hash, fragment: fragment)
            return .ready(record, bytes: file.bytes.count)
        }
    }
}

/// Fixed slots written from several threads, each slot by one thread only.
final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(i: Int) -> T? {
        get { lock.withLock { storage[i] } }
        set { lock.withLock { storage[i] = newValue } }
    }

    var values: [T?] { lock.withLock { storage } }
}

/// Extraction threads run at a lower priority than the thread that writes the store. The writer is one
/// thread and the slowest stage; at equal priority the scheduler splits the cores evenly between it and
/// the extractors, so it gets a fraction of a core while extracted batches wait in the queue.
enum WorkerPriority {
    /// Lowers the calling thread's scheduling priority (nice 10). On Linux the nice value belongs to the
    /// thread, and `setpriority(PRIO_PROCESS, 0, ...)` changes only the caller's; setting it again is a no-op.
    static func yieldToWriter() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }
}
