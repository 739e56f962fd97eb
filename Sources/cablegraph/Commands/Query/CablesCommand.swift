import ArgumentParser
import CableGraphCore

struct CablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cables",
        abstract: "List cables, newest first: those that mention an entity, and/or those the filters select.",
        discussion: "Example: cablegraph query cables --mentions MPS --tag KTIP --since 2008"
    )

    @Option(help: "Only cables that mention this entity (name, alias, acronym or id).")
    var mentions: String?

    @Option(help: "At most this many cables.")
    var limit = 100

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let format = output.resolved
        let source = try QuerySource.open(path: store.db, criteria: CableCriteria())
        let entity = try mentions.map { try NameArgument.resolve($0, in: source.reader, format: format, scope: source.scope) }
        let (total, cables) = try source.store.cables(mentioning: entity?.id, criteria: filters.criteria, limit: max(0, limit))
        let json: JSONValue = .object([
            ("mentions", entity.map(GraphPresentation.json) ?? .null), ("total", .int(total)),
            ("cables", .array(cables.map { c in
                .object([("id", .string(c.id)), ("date", .optional(c.date)), ("classification", .optional(c.classification)),
                         ("origin", .optional(c.origin)), ("tags", .strings(c.tags)), ("subject", .string(c.subject)), ("path", .string(c.path))])
            })),
        ])
        let rows = cables.map { c in [c.id, c.date ?? "", c.classification ?? "", c.origin ?? "", c.tags.joined(separator: " "), c.subject] }
        var lines = ["\(total) cable\(total == 1 ? "" : "s")" + (entity.map { " mentioning \(GraphPresentation.name($0))" } ?? "")]
        if total > cables.count { lines[0] += " (first \(cables.count) shown)" }
        Console.out(QueryReport(json: json, lines: lines, tables: [
            TextTable(title: nil, columns: ["id", "date", "classification", "origin", "tags", "subject"], rows: rows),
        ]).render(format))
    }
}
