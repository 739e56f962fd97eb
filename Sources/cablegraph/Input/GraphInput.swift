import CableGraphCore

/// Reads the cables named on the command line and builds their graph, one cable at a time, so that
/// only the graph stays in memory. Unreadable files are reported and skipped.
enum GraphInput {
    struct Built {
        var graph: KnowledgeGraph
        /// Cables read and added to the graph.
        var cables: Int
        /// Files that could not be read or parsed.
        var failures: Int
        /// Warnings about the cables that were read.
        var warnings: Int
    }

    /// `verbose` prints every warning; otherwise only their number.
    static func build(_ inputs: [String], year: Int?, verbose: Bool) -> Built {
        let listing = InputFiles.list(inputs)
        listing.diagnostics.forEach(Console.report)
        let pipeline = Pipeline()
        var built = Built(graph: KnowledgeGraph(), cables: 0, failures: listing.diagnostics.filter { $0.severity == .error }.count, warnings: 0)
        for path in listing.paths {
            let file: InputFile
            switch InputFiles.read(path) {
            case .success(let f): file = f
            case .failure(let d):
                Console.report(d)
                built.failures += 1
                continue
            }
            let options = ReadOptions(year: year, allowFragments: path == "-")
            switch CableReader.read(file.bytes, path: path, options: options) {
            case .failure(let failure):
                Console.report(failure.diagnostic)
                built.failures += 1
            case .success(let document):
                let warnings = document.diagnostics.filter { $0.severity == .warning }
                built.warnings += warnings.count
                if verbose { warnings.forEach(Console.report) }
                document.diagnostics.filter { $0.severity == .error }.forEach(Console.report)
                built.graph.merge(pipeline.fragment(for: document))
                built.cables += 1
            }
        }
        return built
    }
}
