import ArgumentParser
import CableGraphCore
import CableGraphExport
import CableGraphStore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Build the graph of the cables and write it as GraphML, RDF/XML, DOT, GEXF, JSON or CSV.",
        discussion: """
        Writes to standard output without -o or with -o -. Files are written atomically (a temporary file renamed \
        into place), and the same input gives the same bytes on every run.

        CSV writes two tables with Neo4j admin-import headers: with -o PATH, PATH-nodes.csv and \
        PATH-edges.csv (a trailing .csv is dropped; for a folder, nodes.csv and edges.csv in it); on \
        standard output the node table, an empty line, then the edge table.

        The filters (--types, --min-weight, --focus/--depth, --max-nodes) apply to every format; they \
        keep DOT drawings readable. Above \(DOTExporter.sfdpThreshold) nodes the DOT file asks for the sfdp layout.
        """
    )

    @Argument(help: "Cable files, folders (searched recursively for *.txt), or - for standard input.")
    var inputs: [String] = []

    @Option(help: "Export the graph of a store (from `cablegraph build`) instead of reading cables.")
    var db: String?

    @Option(name: .shortAndLong, help: "Output format.")
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: "Output file (for csv: the prefix of the two files); - for standard output.")
    var output: String?

    @Flag(help: "Write every format into --output-dir.")
    var allFormats = false

    @Option(help: "Folder for --all-formats.")
    var outputDir: String?

    @Option(help: "Graph name, and file name (without extension) for --all-formats; default: the input file's name, or cablegraph.")
    var name: String?

    @Option(help: "RDF: base IRI of entity IRIs (<base>id/<type>/<slug>).")
    var base: String = ExportOptions.defaultBaseIRI

    @Option(help: "Keep only these node types and/or relation types, comma-separated (Agency,Country,COOPERATES_WITH).")
    var types: String?

    @Option(help: "Drop edges with a weight below this, then the nodes left without edges.")
    var minWeight: Int?

    @Option(help: "Keep at most this many nodes, the focus first, then by weighted degree.")
    var maxNodes: Int?

    @Option(help: "Keep only the ego network of the entity with this id, label or alias.")
    var focus: String?

    @Option(help: "Hops around --focus.")
    var depth: Int = 1

    @Option(help: "DOT: layout engine named in the file (dot, sfdp, neato, ...); by default none (the command decides), or sfdp above \(DOTExporter.sfdpThreshold) nodes.")
    var layout: String?

    @Flag(help: "DOT: leave out the legend.")
    var noLegend = false

    @Flag(help: "No indentation in XML and JSON.")
    var compact = false

    @Option(help: "Creation year, for header fragments whose references give no year.")
    var year: Int?

    @Flag(help: "Print every warning about the cables read, not only their number.")
    var verbose = false

    @Option(help: "Worker threads (default: one per core). The output does not depend on it.")
    var jobs: Int?

    @Option(help: ArgumentHelp(stringLiteral: TimeLimitOption.help))
    var timeLimit: Double = TimeLimitOption.defaultSeconds

    @Option(help: "Write each cable's own facts instead of the merged graph: ntriples or jsonl. Shards of such output merge by set union.")
    var facts: CableFacts.Format?

    @Option(help: "With --facts: take only the files whose name falls in shard I of N (I/N, like 0/4).")
    var shard: String?

    @Option(help: "Leave out cables classified above this (UNCLASSIFIED, CONFIDENTIAL, SECRET, ...): no node, edge or sentence that comes only from them is written.")
    var maxClassification: String?

    @Flag(help: .hidden)
    var timings = false

    @Flag(help: .hidden)
    var buildOnly = false

    func validate() throws {
        if inputs.isEmpty && db == nil { throw ValidationError("give cable files or folders, or --db STORE") }
        if !inputs.isEmpty && db != nil { throw ValidationError("give either cable files or --db, not both") }
        if db != nil && facts != nil { throw ValidationError("--facts reads cables; it does not read a store") }
        if allFormats {
            guard outputDir != nil else { throw ValidationError("--all-formats needs --output-dir") }
            guard format == nil, output == nil else { throw ValidationError("--all-formats writes every format; drop --format and -o") }
        } else if let facts {
            guard format == nil else { throw ValidationError("--facts writes \(facts.rawValue); drop --format") }
        } else if format == nil && !buildOnly {
            throw ValidationError("give --format (\(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))) or --all-formats")
        }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if let shard {
            guard facts != nil else { throw ValidationError("--shard works with --facts ntriples or --facts jsonl") }
            _ = try Shard(shard)
        }
        if let maxClassification, ClassificationLevel(maxClassification) == nil {
            throw ValidationError("unknown classification '\(maxClassification)'; use one of: "
                                  + ClassificationLevel.allCases.map(\.marking).joined(separator: ", "))
        }
        if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
        if focus == nil && depth != 1 { throw ValidationError("--depth needs --focus") }
        _ = try filter()
        _ = try exportOptions()
    }

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let criteria = CableCriteria(maxClassification: maxClassification.flatMap(ClassificationLevel.init))
        if let facts {
            try writeFacts(facts, shard: try shard.map(Shard.init) ?? .all, criteria: criteria)
            return
        }
        let built = try db.map { try Self.load(store: $0, criteria: criteria) }
            ?? GraphInput.build(inputs, year: year, verbose: verbose, jobs: jobs, criteria: criteria,
                                timeLimit: TimeLimitOption.seconds(timeLimit))
        if built.excluded > 0 {
            Console.err("cablegraph: \(built.excluded) cables above \(maxClassification ?? "") left out\n")
        }
        if built.warnings > 0 && !verbose {
            Console.err("cablegraph: \(built.warnings) warnings about the cables read (--verbose shows them)\n")
        }
        guard built.cables > 0 else {
            Console.err("cablegraph: no cable could be read\n")
            throw ExitCode(1)
        }
        var graph = built.graph
        let filter = try filter()
        if !filter.isEmpty {
            switch GraphFilters.apply(filter, to: graph) {
            case .failure(let failure):
                Console.err("cablegraph: --focus: \(failure)\n")
                throw ExitCode(1)
            case .success(let result):
                graph = result.graph
                if result.focus.count > 1 {
                    Console.err("cablegraph: --focus matches \(result.focus.count) nodes: \(result.focus.joined(separator: ", "))\n")
                }
            }
        }
        let builtAt = clock.now
        if timings {
            Console.err("timing build \(seconds(builtAt - started)) s: \(built.cables) cables, \(graph.nodeCount) nodes, \(graph.edgeCount) edges; resident \(HeapUsage.megabytes()) MB\n")
        }
        if buildOnly { return }

        let options = try exportOptions()
        if allFormats, let outputDir {
            let stem = SafeFileName.make(name ?? defaultName())
            try ExportCommand.writeAll(graph, options: options, folder: outputDir, stem: stem)
        } else if let format {
            if format == .dot && graph.nodeCount > DOTExporter.sfdpThreshold && layout == nil {
                Console.err("cablegraph: \(graph.nodeCount) nodes: the DOT file asks for sfdp; --focus, --types, --min-weight or --max-nodes make smaller drawings\n")
            }
            try ExportCommand.write(graph, format: format, options: options, to: output == "-" ? nil : output)
        }
        if timings {
            Console.err("timing export \(seconds(clock.now - builtAt)) s; resident \(HeapUsage.megabytes()) MB\n")
        }
    }

    /// Writes one format to a file (atomically) or to standard output.
    static func write(_ graph: KnowledgeGraph, format: ExportFormat, options: ExportOptions, to path: String?) throws {
        if format == .csv {
            let csv = CSVExporter(options: options)
            guard let path else {
                let sink = FileDescriptorSink(descriptor: STDOUT_FILENO)
                try csv.write(graph, to: sink)
                return
            }
            let (nodesPath, edgesPath) = csvPaths(path)
            try AtomicFile.write(nodesPath) { try csv.writeNodes(graph, to: $0) }
            try AtomicFile.write(edgesPath) { try csv.writeEdges(graph, to: $0) }
            return
        }
        let exporter = format.exporter(options)
        if let path {
            try AtomicFile.write(path) { try exporter.write(graph, to: $0) }
        } else {
            try exporter.write(graph, to: FileDescriptorSink(descriptor: STDOUT_FILENO))
        }
    }

    /// Every format into `folder`: `<stem>.graphml`, `.rdf`, `.dot`, `.gexf`, `.json`, `-nodes.csv`, `-edges.csv`.
    static func writeAll(_ graph: KnowledgeGraph, options: ExportOptions, folder: String, stem: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for format in ExportFormat.allCases {
            let path = (folder as NSString).appendingPathComponent(stem + "." + format.fileExtension)
            try write(graph, format: format, options: options, to: path)
        }
    }

    /// `out.csv` or `out` -> `out-nodes.csv`, `out-edges.csv`; a folder -> `folder/nodes.csv`, `folder/edges.csv`.
    static func csvPaths(_ path: String) -> (String, String) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return ((path as NSString).appendingPathComponent("nodes.csv"), (path as NSString).appendingPathComponent("edges.csv"))
        }
        let prefix = path.lowercased().hasSuffix(".csv") ? String(path.dropLast(4)) : path
        return (prefix + "-nodes.csv", prefix + "-edges.csv")
    }

    private func defaultName() -> String {
        guard inputs.count == 1, let only = inputs.first, only != "-" else { return "cablegraph" }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: only, isDirectory: &isDirectory), isDirectory.boolValue { return "cablegraph" }
        let file = (only as NSString).lastPathComponent
        let stem = (file as NSString).deletingPathExtension
        return stem.isEmpty ? "cablegraph" : stem
    }

    private func exportOptions() throws -> ExportOptions {
        let options = ExportOptions(baseIRI: base, pretty: !compact, dotLayout: layout, dotLegend: !noLegend,
                                    title: name ?? defaultName())
        if let layout, !layout.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            throw ValidationError("--layout: a Graphviz engine name such as dot, sfdp or neato")
        }
        do {
            _ = try options.validatedBaseIRI()
        } catch {
            throw ValidationError("--base: \(error)")
        }
        return options
    }

    private func filter() throws -> GraphFilter {
        var filter = GraphFilter(minWeight: minWeight, focus: focus, depth: depth, maxNodes: maxNodes)
        if let types {
            var nodeTypes: Set<NodeType> = []
            var relationTypes: Set<RelationType> = []
            for raw in types.split(separator: ",") {
                let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
                if let type = NodeType.allCases.first(where: { [$0.rawValue.lowercased(), $0.idPrefix, $0.displayName.lowercased()].contains(name) }) {
                    nodeTypes.insert(type)
                } else if let relation = RelationType.allCases.first(where: { [$0.rawValue.lowercased(), $0.rdfProperty.lowercased()].contains(name) }) {
                    relationTypes.insert(relation)
                } else if !name.isEmpty {
                    throw ValidationError("--types: unknown type \(raw); node types: \(NodeType.allCases.map(\.rawValue).joined(separator: ", ")); relation types: \(RelationType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            if !nodeTypes.isEmpty { filter.nodeTypes = nodeTypes }
            if !relationTypes.isEmpty { filter.relationTypes = relationTypes }
        }
        return filter
    }

    private func seconds(_ duration: Duration) -> String {
        let (s, attoseconds) = duration.components
        return String(format: "%.3f", Double(s) + Double(attoseconds) / 1e18)
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension CableFacts.Format: ExpressibleByArgument {}

extension ExportCommand {
    /// The graph of a store, restricted to the cables that match.
    static func load(store path: String, criteria: CableCriteria) throws -> GraphInput.Built {
        do {
            let store = try GraphStore.open(path, readOnly: true)
            let graph = try store.loadGraph(criteria)
            let cables = graph.nodesByID.values.filter { $0.type == .cable && $0.properties["read"] == "true" }.count
            return GraphInput.Built(graph: graph, cables: cables, failures: 0, warnings: 0)
        } catch {
            Console.err("cablegraph: \(path): \(error)\n")
            throw ExitCode(1)
        }
    }
}
