import ArgumentParser
import CableGraphCore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count what a store holds: cables, nodes and edges by type, evidence sentences.",
        discussion: "Two stores built from the same cables print the same figures."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let format = output.resolved
        let source = try QuerySource.open(store, filters: filters)
        let stats = try source.filtered.map(GraphStats.init) ?? source.store.stats()
        Console.out(Self.report(stats).render(format))
    }

    static func report(_ s: GraphStats) -> QueryReport {
        let json: JSONValue = .object([
            ("cables", .int(s.cables)), ("nodes", .int(s.nodes)), ("edges", .int(s.edges)), ("evidence", .int(s.evidence)),
            ("first_date", .optional(s.firstDate)), ("last_date", .optional(s.lastDate)),
            ("nodes_by_type", .counts(s.nodesByType)), ("edges_by_type", .counts(s.edgesByType)),
        ])
        var rows = [["cables", "", String(s.cables)], ["nodes", "", String(s.nodes)]]
        rows += s.nodesByType.keys.sorted().map { ["nodes", $0, String(s.nodesByType[$0]!)] }
        rows.append(["edges", "", String(s.edges)])
        rows += s.edgesByType.keys.sorted().map { ["edges", $0, String(s.edgesByType[$0]!)] }
        rows.append(["evidence", "", String(s.evidence)])
        let period = s.firstDate.map { "cables dated \($0) … \(s.lastDate ?? $0)" }
        return QueryReport(json: json, lines: period.map { [$0] } ?? [], tables: [
            TextTable(title: nil, columns: ["count", "type", "value"], rows: rows),
        ])
    }
}
