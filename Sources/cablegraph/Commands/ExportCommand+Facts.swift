import ArgumentParser
import CableGraphCore
import CableGraphExport
import Foundation

/// `export --facts ntriples|jsonl [--shard I/N]`: each cable's facts, cable by cable, never merged,
/// so shards run anywhere merge by set union (see `CableFacts`).
extension ExportCommand {
    /// `I/N`: this run takes the files whose name hashes to I modulo N.
    struct Shard: Sendable {
        var index: Int
        var count: Int

        init(_ text: String) throws {
            let parts = text.split(separator: "/")
            guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 0, i < n else {
                throw ValidationError("--shard takes I/N with 0 <= I < N, like 0/4")
            }
            index = i
            count = n
        }

        static let all = try! Shard("0/1")

        /// By the file's name, so the same file lands in the same shard wherever the folder is.
        func contains(_ path: String) -> Bool {
            guard count > 1 else { return true }
            let name = path == "-" ? "-" : (path as NSString).lastPathComponent
            return Int(WordSet.hash(name) % UInt64(count)) == index
        }
    }

    func writeFacts(_ format: CableFacts.Format, shard: Shard, criteria: CableCriteria) throws {
        let listing = InputFiles.list(inputs)
        listing.diagnostics.forEach(Console.report)
        let paths = listing.paths.filter(shard.contains)
        let facts: CableFacts
        do { facts = try CableFacts(baseIRI: base) } catch { throw ValidationError("\(error)") }
        let pipeline = Pipeline()
        let year = year
        var cables = 0, failed = 0
        let write = { (sink: any OutputSink) throws in
            var seen = Set<LineHash>()
            for start in stride(from: 0, to: paths.count, by: 512) {
                let batch = Array(paths[start..<min(start + 512, paths.count)])
                let results = Slots<Result<[String], Diagnostic>>(count: batch.count)
                DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                    results[i] = Self.facts(of: batch[i], year: year, criteria: criteria, pipeline: pipeline, facts: facts, format: format,
                                            timeLimit: TimeLimitOption.seconds(timeLimit))
                }
                for result in results.values {
                    switch result {
                    case .success(let lines)?:
                        cables += 1
                        for line in lines where seen.insert(LineHash(line)).inserted { try sink.write(line + "\n") }
                    case .failure(let diagnostic)?:
                        failed += 1
                        Console.report(diagnostic)
                    case nil:
                        failed += 1
                    }
                }
            }
            try sink.flush()
        }
        if let output {
            try AtomicFile.write(output, write)
        } else {
            try write(FileDescriptorSink(descriptor: STDOUT_FILENO))
        }
        if cables == 0 && failed > 0 { throw ExitCode(1) }
    }

    /// Reads, parses and extracts one file and returns its fact lines (none for a cable outside the criteria).
    static func facts(of path: String, year: Int?, criteria: CableCriteria, pipeline: Pipeline, facts: CableFacts,
                      format: CableFacts.Format, timeLimit: Double?) -> Result<[String], Diagnostic> {
        let file: InputFile
        switch InputFiles.read(path) {
        case .success(let f): file = f
        case .failure(let d): return .failure(d)
        }
        switch CableReader.read(file.bytes, path: path, options: ReadOptions(year: year, allowFragments: path == "-")) {
        case .failure(let failure): return .failure(failure.diagnostic)
        case .success(let document):
            guard criteria.matches(document.metadata) else { return .success([]) }
            guard let fragment = pipeline.fragment(for: document, timeLimit: timeLimit) else {
                return .failure(Diagnostic(.error, "took more than \(TimeLimitOption.describe(timeLimit)) to read; skipped", file: path))
            }
            return .success(facts.lines(of: fragment, cable: document.id, format: format))
        }
    }
}

/// 128 bits of a line, to drop lines another cable already wrote without keeping the lines.
struct LineHash: Hashable {
    let a: UInt64
    let b: UInt64

    init(_ line: String) {
        var h1: UInt64 = 0xcbf29ce484222325, h2: UInt64 = 0x84222325cbf29ce4
        for byte in line.utf8 {
            h1 = (h1 ^ UInt64(byte)) &* 0x100000001b3
            h2 = (h2 &+ UInt64(byte)) &* 0x9E3779B97F4A7C15
            h2 ^= h2 >> 29
        }
        a = h1
        b = h2
    }
}
