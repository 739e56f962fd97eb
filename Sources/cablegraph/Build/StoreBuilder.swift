import CableGraphCore
import CableGraphStore
import Foundation

/// `cablegraph build`: files to store, batch by batch, each batch one transaction.
struct StoreBuilder {
    /// Cables per transaction unless `--batch-size` says otherwise.
    static let defaultBatchSize = 512
    var batchSize = StoreBuilder.defaultBatchSize
    /// Batches extracted ahead of the one being written (memory holds this many batches' fragments).
    var lookahead = 2
    /// For tests of interrupted builds: end the process after this many cables of the run were written,
    /// in the middle of their batch's transaction.
    var abortAfter: Int?
    /// Extract every cable again, even those stored with the same bytes.
    var force = false
    /// Cables that do not match (above `--max-classification`) are not stored.
    var criteria = CableCriteria()
    /// Seconds one cable may take (nil: no limit).
    var timeLimit: Double? = TimeLimitOption.defaultSeconds

    struct Outcome {
        var summary = IngestSummary()
        var files = 0
        var bytes = 0
        var failed = 0
        var duplicates = 0
        var excluded = 0
    }

    func build(paths: [String], into store: GraphStore, progress: ProgressBar, totalBytes: Int) throws -> Outcome {
        let pipeline = Pipeline()
        let known = force ? [:] : try store.storedHashes()
        var outcome = Outcome()
        // Canonical id -> the path that supplied it in this run: the first file with an id wins, later ones are duplicates.
        var seen: [String: String] = [:]
        var written = 0
        let batches = stride(from: 0, to: paths.count, by: batchSize).map { Array(paths[$0..<min($0 + batchSize, paths.count)]) }
        // Later batches are extracted while this one is written. More than one batch ahead keeps every
        // core busy when one batch writes slower than the next extracts (the writer is one thread).
        let extract = { [criteria, timeLimit] (batch: [String]) in
            Background { ParallelExtraction.run(batch, pipeline: pipeline, knownHashes: known, criteria: criteria, timeLimit: timeLimit) }
        }
        var ahead = batches.prefix(lookahead).map(extract)
        for (index, batch) in batches.enumerated() {
            let results = ahead.removeFirst().wait()
            if index + lookahead < batches.count { ahead.append(extract(batches[index + lookahead])) }
            var records: [CableRecord] = []
            for (path, result) in zip(batch, results) {
                outcome.files += 1
                outcome.bytes += result.bytes
                switch result {
                case .failed(let diagnostic, _):
                    Console.report(diagnostic)
                    outcome.failed += 1
                case .excluded:
                    outcome.excluded += 1
                case .unchanged(let id, _):
                    outcome.summary.unchanged += 1
                    if seen[id] == nil { seen[id] = path }
                case .ready(let record, _):
                    if let first = seen[record.cableID] {
                        Console.report(Diagnostic(.warning, "cable \(record.cableID) was already read from \(first); skipped", file: path))
                        outcome.duplicates += 1
                        continue
                    }
                    seen[record.cableID] = path
                    records.append(record)
                }
            }
            if !records.isEmpty {
                let abortAfter = abortAfter
                let already = written
                outcome.summary = outcome.summary + (try store.ingest(records, force: force) { i in
                    if let abortAfter, already + i + 1 >= abortAfter { exit(75) }
                })
                written += records.count
            }
            progress.update(done: outcome.files, bytes: outcome.bytes)
        }
        return outcome
    }
}

/// Work started on another thread; `wait()` returns its result.
final class Background<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    func wait() -> T {
        done.wait()
        return result!
    }
}
