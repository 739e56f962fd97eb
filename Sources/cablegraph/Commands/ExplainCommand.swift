import ArgumentParser
import CableGraphCore
import CableGraphStore

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print every relation between two entities with the sentences it was read from.",
        discussion: """
        Reads the graph from cable files or folders, or from a store with --db (the default when no input is \
        given). Exits with 1 when the two are not related.

        Example: cablegraph explain "Ministry of Civil Affairs" IOM Samples/09BEIJING509.txt
        """
    )

    @Argument(help: "One entity (name, alias, acronym or id).")
    var first: String

    @Argument(help: "The other entity.")
    var second: String

    @Argument(help: "Cable files or folders to read instead of a store.")
    var inputs: [String] = []

    @Option(help: "Read this store (made by `cablegraph build`).")
    var db: String?

    @Option(help: "Evidence sentences per relation (0: all).")
    var evidence = 0

    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if db != nil && !inputs.isEmpty { throw ValidationError("give cable files or --db, not both") }
    }

    func run() throws {
        let format = output.resolved
        let (reader, scope) = try openReader()
        let a = try NameArgument.resolve(first, in: reader, format: format, scope: scope)
        let b = try NameArgument.resolve(second, in: reader, format: format, scope: scope)
        let edges = try PairEvidence.edges(between: a.id, and: b.id, in: reader, evidenceLimit: evidence > 0 ? evidence : nil)
        let labels = [a.id: a, b.id: b]
        let json: JSONValue = .object([
            ("a", GraphPresentation.json(a)), ("b", GraphPresentation.json(b)),
            ("relations", .array(edges.map { e in
                .object([("edge", GraphPresentation.json(e.edge)), ("evidence", .array(e.evidence.map(GraphPresentation.json)))])
            })),
        ])
        var lines: [String] = []
        if edges.isEmpty {
            lines.append("No relation between \(GraphPresentation.name(a)) and \(GraphPresentation.name(b)).")
        }
        for e in edges {
            lines.append("\(GraphPresentation.relation(e.edge, labels: labels))  weight \(e.edge.weight), \(e.edge.evidenceCount) evidence")
            for ev in e.evidence { lines.append("  \(GraphPresentation.citation(ev)): \(ev.text)") }
            if e.evidence.count < e.edge.evidenceCount { lines.append("  (\(e.edge.evidenceCount - e.evidence.count) more)") }
        }
        let rows = edges.flatMap { e in
            e.evidence.isEmpty ? [[e.edge.key.source, e.edge.key.type.rawValue, e.edge.key.target, String(e.edge.weight), "", ""]]
                : e.evidence.map { [e.edge.key.source, e.edge.key.type.rawValue, e.edge.key.target, String(e.edge.weight),
                                    GraphPresentation.citation($0), $0.text] }
        }
        let report = QueryReport(json: json, lines: lines,
                                 tables: format == .csv ? [TextTable(title: nil, columns: ["source", "relation", "target", "weight", "where", "sentence"], rows: rows)] : [])
        Console.out(report.render(format))
        if edges.isEmpty { throw ExitCode(1) }
    }

    /// The graph to read, and where names are looked for when that is not all of it.
    private func openReader() throws -> (any GraphReader, String?) {
        if inputs.isEmpty {
            let source = try QuerySource.open(path: db ?? StoreOptions.defaultPath, criteria: filters.criteria)
            return (source.reader, source.scope)
        }
        let listing = InputFiles.list(inputs)
        listing.diagnostics.forEach(Console.report)
        let pipeline = Pipeline()
        let criteria = filters.criteria
        var graph = KnowledgeGraph()
        var read = 0
        for outcome in ParallelExtraction.run(listing.paths, pipeline: pipeline, knownHashes: [:]) {
            switch outcome {
            case .failed(let diagnostic, _): Console.report(diagnostic)
            case .unchanged, .excluded: break
            case .ready(let record, _):
                read += 1
                if criteria.matches(record.metadata) { graph.merge(record.fragment) }
            }
        }
        if read == 0 { throw ExitCode(1) }
        return (GraphIndex(graph), criteria.isEmpty ? nil : "in the cables that match the filters")
    }
}
