import ArgumentParser
import CableGraphCore

struct EdgesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edges",
        abstract: "List the relations of one type, strongest first.",
        discussion: "Example: cablegraph query edges --rel TRAFFICKING_ROUTE --from-type Country --to-type Country"
    )

    @Option(name: .customLong("rel"), help: "The relation type.")
    var relation: RelationType

    @Option(help: "Only relations from entities of this type.")
    var fromType: NodeType?

    @Option(help: "Only relations to entities of this type.")
    var toType: NodeType?

    @Option(help: "At most this many relations.")
    var limit = 100

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let format = output.resolved
        let source = try QuerySource.open(store, filters: filters)
        let edges = try source.reader.edges(ofType: relation, sourceTypes: fromType.map { [$0] }, targetTypes: toType.map { [$0] },
                                            limit: max(0, limit))
        let labels = try source.reader.summaries(edges.flatMap { [$0.key.source, $0.key.target] })
        // Symmetric relations are stored one way round; show them the way the filter asked for.
        let oriented = edges.map { edge -> (String, String, EdgeSummary) in
            let s = edge.key.source, t = edge.key.target
            if edge.key.type.isSymmetric, let fromType, labels[s]?.type != fromType, labels[t]?.type == fromType { return (t, s, edge) }
            if edge.key.type.isSymmetric, fromType == nil, let toType, labels[t]?.type != toType, labels[s]?.type == toType { return (t, s, edge) }
            return (s, t, edge)
        }
        let json: JSONValue = .object([
            ("relation", .string(relation.rawValue)),
            ("edges", .array(oriented.map { s, t, edge in
                .object([("from", labels[s].map(GraphPresentation.json) ?? .string(s)), ("to", labels[t].map(GraphPresentation.json) ?? .string(t)),
                         ("edge", GraphPresentation.json(edge))])
            })),
        ])
        let rows = oriented.map { s, t, edge in
            [labels[s]?.label ?? s, edge.key.type.rawValue, labels[t]?.label ?? t, String(edge.weight), String(edge.evidenceCount),
             edge.properties["purpose"] ?? ""]
        }
        Console.out(QueryReport(json: json, tables: [
            TextTable(title: nil, columns: ["from", "relation", "to", "weight", "evidence", "purpose"], rows: rows),
        ]).render(format))
    }
}
