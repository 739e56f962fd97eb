import ArgumentParser
import CableGraphCore

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the entities related to one, up to a depth.",
        discussion: """
        By default every relation between entities is followed (not MENTIONS or REFERENCES, which link cables: \
        ask for them with --rel). --type filters the entities listed, not those walked through.

        Example: cablegraph query neighbors "Ministry of Public Security" --rel COOPERATES_WITH --depth 2
        """
    )

    @Argument(help: "A name, alias, acronym or node id.")
    var name: String

    @Option(name: .customLong("rel"), help: "Follow only this relation (repeatable).")
    var relations: [RelationType] = []

    @Option(name: .customLong("type"), help: "List only entities of this type (repeatable).")
    var types: [NodeType] = []

    @Option(help: "Hops from the entity.")
    var depth = 1

    @Option(help: "At most this many neighbors.")
    var limit = 50

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard (1...6).contains(depth) else { throw ValidationError("--depth must be between 1 and 6") }
    }

    func run() throws {
        let format = output.resolved
        let source = try QuerySource.open(store, filters: filters)
        let start = try NameArgument.resolve(name, in: source.reader, format: format, scope: source.scope)
        let relationSet = relations.isEmpty ? RelationType.entityRelations : Set(relations)
        let neighbors = try Neighborhood.neighbors(of: start.id, in: source.reader, relations: relationSet,
                                                   types: types.isEmpty ? nil : Set(types), depth: depth, limit: max(0, limit))
        let json: JSONValue = .object([
            ("entity", GraphPresentation.json(start)), ("depth", .int(depth)),
            ("relations", .strings(relationSet.map(\.rawValue).sorted())),
            ("neighbors", .array(neighbors.map { n in
                .object([("node", GraphPresentation.json(n.node)), ("depth", .int(n.depth)), ("via", .string(n.via)),
                         ("edge", GraphPresentation.json(n.edge))])
            })),
        ])
        let rows = neighbors.map { n in
            [String(n.depth), n.edge.key.type.rawValue, n.node.label, n.node.type.rawValue, n.node.country?.uppercased() ?? "",
             String(n.edge.weight), n.node.id]
        }
        let report = QueryReport(json: json, lines: ["Neighbors of \(GraphPresentation.name(start))"], tables: [
            TextTable(title: nil, columns: ["depth", "relation", "label", "type", "country", "weight", "id"], rows: rows),
        ])
        Console.out(report.render(format))
    }
}
