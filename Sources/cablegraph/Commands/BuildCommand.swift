import ArgumentParser
import CableGraphCore
import CableGraphStore
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Add cables to a graph store (SQLite), incrementally.",
        discussion: """
        A cable already stored with the same bytes is skipped; a cable whose text changed replaces its own \
        contribution. Cables are written in batches, one transaction each: an interrupted build leaves the \
        store consistent and the next build carries on. Two files with the same cable id: the first one wins.

        Example: cablegraph build cables/ --db cables.db
        """
    )

    @Argument(help: "Cable files, folders, or - for standard input.")
    var inputs: [String]

    @Option(help: "The store file (created if missing).")
    var db = StoreOptions.defaultPath

    @Option(help: "Cables per transaction.")
    var batchSize = StoreBuilder.defaultBatchSize

    @Flag(help: "Extract every cable again, even those already stored with the same text (after an upgrade of cablegraph).")
    var force = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Option(help: "Leave out cables classified above this (UNCLASSIFIED, CONFIDENTIAL, SECRET, ...): nothing from them is stored.")
    var maxClassification: String?

    @Option(help: ArgumentHelp(stringLiteral: TimeLimitOption.help))
    var timeLimit: Double = TimeLimitOption.defaultSeconds

    @Option(help: .hidden)
    var abortAfter: Int?

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
        if let maxClassification, ClassificationLevel(maxClassification) == nil {
            throw ValidationError("unknown classification '\(maxClassification)'; use one of: "
                                  + ClassificationLevel.allCases.map(\.marking).joined(separator: ", "))
        }
    }

    func run() throws {
        let started = Date()
        let listing = InputFiles.list(inputs)
        listing.diagnostics.forEach(Console.report)
        var unique: Set<String> = []
        let paths = listing.paths.filter { unique.insert($0).inserted }
        guard !paths.isEmpty else { throw ExitCode(1) }
        let store: GraphStore
        do { store = try GraphStore.open(db) } catch { Console.err("cablegraph: \(error)\n"); throw ExitCode(1) }
        let totalBytes = paths.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        let progress = ProgressBar(total: paths.count, totalBytes: totalBytes, enabled: Console.stderrIsTerminal && !quiet)
        let criteria = CableCriteria(maxClassification: maxClassification.flatMap(ClassificationLevel.init))
        let builder = StoreBuilder(batchSize: batchSize, abortAfter: abortAfter, force: force, criteria: criteria,
                                   timeLimit: TimeLimitOption.seconds(timeLimit))
        let outcome = try builder.build(paths: paths, into: store, progress: progress, totalBytes: totalBytes)
        progress.finish()
        try store.checkpoint()
        if !quiet {
            let s = outcome.summary
            let seconds = Date().timeIntervalSince(started)
            Console.err(String(format: "%@: %d files, %d added, %d replaced, %d unchanged, %d failed, %d duplicates, %d above the classification ceiling in %.1f s (%.1f MB/s)\n",
                               db, outcome.files, s.added, s.replaced, s.unchanged, outcome.failed, outcome.duplicates, outcome.excluded, seconds,
                               Double(outcome.bytes) / 1_000_000 / max(seconds, 0.001)))
        }
        if outcome.failed == outcome.files { throw ExitCode(1) }
    }
}
