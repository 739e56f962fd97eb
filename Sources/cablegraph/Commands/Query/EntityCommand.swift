import ArgumentParser
import CableGraphCore

struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show an entity: canonical name, type, aliases, mentions, cables, strongest relations with evidence.",
        discussion: "Example: cablegraph query entity MPS --db cables.db"
    )

    @Argument(help: "A name, alias, acronym or node id.")
    var name: String

    @Option(help: "Only consider entities of this type.")
    var type: NodeType?

    @Option(help: "Relations to show.")
    var relations = 10

    @Option(help: "Evidence sentences per relation.")
    var evidence = 2

    @Option(help: "Cables to list (newest first).")
    var cables = 20

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let format = output.resolved
        let source = try QuerySource.open(store, filters: filters)
        let found = try NameArgument.resolve(name, in: source.reader, types: type.map { [$0] }, format: format,
                                                scope: source.scope)
        guard let profile = try EntityProfile.make(found.id, in: source.reader, relationLimit: max(0, relations),
                                                   evidenceLimit: max(0, evidence), cableLimit: max(0, cables)) else {
            throw ExitCode(1)
        }
        Console.out(Self.report(profile).render(format))
    }

    static func report(_ p: EntityProfile) -> QueryReport {
        let node = p.node
        var labels = [p.summary.id: p.summary]
        for r in p.relations { labels[r.other.id] = r.other }
        let relationJSON: [JSONValue] = p.relations.map { r in
            .object([("other", GraphPresentation.json(r.other)), ("edge", GraphPresentation.json(r.edge)),
                     ("evidence", .array(r.evidence.map(GraphPresentation.json)))])
        }
        let json: JSONValue = .object([
            ("id", .string(node.id)), ("label", .string(node.label)), ("type", .string(node.type.rawValue)),
            ("country", .optional(node.country)), ("aliases", .strings(node.sortedAliases)),
            ("mentions", .int(node.mentionCount)), ("cable_count", .int(p.cables.total)), ("cables", .strings(p.cables.ids)),
            ("first_seen", .optional(node.firstSeen)), ("last_seen", .optional(node.lastSeen)),
            ("properties", .map(node.properties)), ("relations", .array(relationJSON)),
        ])
        var lines = [
            "\(node.label)  (\(node.id))",
            "  type:      \(node.type.rawValue)" + (node.country.map { "   country: \($0.uppercased())" } ?? ""),
            "  aliases:   \(node.sortedAliases.isEmpty ? "-" : node.sortedAliases.joined(separator: "; "))",
            "  mentions:  \(node.mentionCount) in \(p.cables.total) cables"
                + (node.firstSeen.map { "   seen \($0) … \(node.lastSeen ?? $0)" } ?? ""),
        ]
        if !p.cables.ids.isEmpty {
            let more = p.cables.total > p.cables.ids.count ? " (+\(p.cables.total - p.cables.ids.count) more)" : ""
            lines.append("  cables:    \(p.cables.ids.joined(separator: " "))\(more)")
        }
        for key in node.properties.keys.sorted() { lines.append("  \(key): \(node.properties[key]!)") }
        let relationRows = p.relations.map { r in
            [r.edge.key.type.rawValue, r.edge.key.source == node.id ? "->" : "<-", GraphPresentation.name(r.other),
             String(r.edge.weight), String(r.edge.evidenceCount)]
        }
        let evidenceRows = p.relations.flatMap { r in
            r.evidence.map { [GraphPresentation.relation(r.edge, labels: labels), GraphPresentation.citation($0), $0.text] }
        }
        return QueryReport(json: json, lines: lines, tables: [
            TextTable(title: "Strongest relations", columns: ["relation", "dir", "other", "weight", "evidence"], rows: relationRows),
            TextTable(title: "Evidence", columns: ["relation", "where", "sentence"], rows: evidenceRows),
        ])
    }
}
