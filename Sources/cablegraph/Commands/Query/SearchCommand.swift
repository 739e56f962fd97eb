import Foundation
import ArgumentParser
import CableGraphCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find entities by name: prefix and fuzzy matches over names and aliases.",
        discussion: "Example: cablegraph query search \"womens fed\""
    )

    @Argument(help: "Part of a name, or a name spelled roughly.")
    var text: String

    @Option(name: .customLong("type"), help: "Only entities of this type (repeatable).")
    var types: [NodeType] = []

    @Option(help: "At most this many results.")
    var limit = 20

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let format = output.resolved
        let source = try QuerySource.open(store, filters: filters)
        let hits = try NameSearch.search(text, in: source.reader, types: types.isEmpty ? nil : Set(types), limit: max(0, limit))
        let json: JSONValue = .object([
            ("query", .string(text)),
            ("results", .array(hits.map { hit in
                .object([("node", GraphPresentation.json(hit.node)), ("score", .double(hit.score)), ("matched", .string(hit.matched))])
            })),
        ])
        let rows = hits.map { hit in
            [hit.node.label, hit.node.type.rawValue, hit.node.country?.uppercased() ?? "", String(hit.node.mentionCount),
             String(format3(hit.score)), hit.matched, hit.node.id]
        }
        Console.out(QueryReport(json: json, tables: [
            TextTable(title: nil, columns: ["label", "type", "country", "mentions", "score", "matched", "id"], rows: rows),
        ]).render(format))
    }

    private func format3(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        return "\(scaled / 1000).\(String(format: "%03d", scaled % 1000))"
    }
}
