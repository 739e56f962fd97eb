import ArgumentParser
import CableGraphCore

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find the shortest chain of relations between two entities, with the evidence for each hop.",
        discussion: """
        Relations are walked in either direction; by default every relation between entities (not MENTIONS \
        or REFERENCES). Exits with 1 when there is no path within --max-hops.

        Example: cablegraph query path "All China Women's Federation" IOM --max-hops 3
        """
    )

    @Argument(help: "Where the path starts.")
    var from: String

    @Argument(help: "Where it ends.")
    var to: String

    @Option(help: "Longest path to look for.")
    var maxHops = 4

    @Option(name: .customLong("rel"), help: "Follow only this relation (repeatable).")
    var relations: [RelationType] = []

    @Option(help: "Evidence sentences per hop.")
    var evidence = 2

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard (1...8).contains(maxHops) else { throw ValidationError("--max-hops must be between 1 and 8") }
    }

    func run() throws {
        let format = output.resolved
        let source = try QuerySource.open(store, filters: filters)
        let a = try NameArgument.resolve(from, in: source.reader, format: format, scope: source.scope)
        let b = try NameArgument.resolve(to, in: source.reader, format: format, scope: source.scope)
        let relationSet = relations.isEmpty ? RelationType.entityRelations : Set(relations)
        let hops = try PathFinder.shortestPath(from: a.id, to: b.id, in: source.reader, relations: relationSet, maxHops: maxHops)
        let ids = (hops ?? []).flatMap { [$0.from, $0.to] }
        let labels = try source.reader.summaries(ids + [a.id, b.id])
        let withEvidence = try (hops ?? []).map { hop in
            (hop, try source.reader.evidence(for: hop.edge.key, limit: max(0, evidence)))
        }
        let json: JSONValue = .object([
            ("from", GraphPresentation.json(a)), ("to", GraphPresentation.json(b)), ("found", .bool(hops != nil)),
            ("hops", .array(withEvidence.map { hop, evidence in
                .object([("from", .string(hop.from)), ("to", .string(hop.to)), ("edge", GraphPresentation.json(hop.edge)),
                         ("evidence", .array(evidence.map(GraphPresentation.json)))])
            })),
        ])
        var lines: [String]
        if let hops {
            lines = ["Path from \(GraphPresentation.name(a)) to \(GraphPresentation.name(b)): \(hops.count) hop\(hops.count == 1 ? "" : "s")"]
            for (i, (hop, evidence)) in withEvidence.enumerated() {
                lines.append("  \(i + 1). \(GraphPresentation.relation(hop.edge, labels: labels))  (weight \(hop.edge.weight))")
                for e in evidence { lines.append("       \(GraphPresentation.citation(e)): \(e.text)") }
            }
        } else {
            lines = ["No path from \(GraphPresentation.name(a)) to \(GraphPresentation.name(b)) within \(maxHops) hops."]
        }
        let rows = withEvidence.enumerated().map { i, pair in
            [String(i + 1), pair.0.from, pair.0.edge.key.type.rawValue, pair.0.to, String(pair.0.edge.weight),
             pair.1.first.map { GraphPresentation.citation($0) + ": " + $0.text } ?? ""]
        }
        let report = QueryReport(json: json, lines: lines,
                                 tables: format == .csv ? [TextTable(title: nil, columns: ["hop", "from", "relation", "to", "weight", "evidence"], rows: rows)] : [])
        Console.out(report.render(format))
        if hops == nil { throw ExitCode(1) }
    }
}
