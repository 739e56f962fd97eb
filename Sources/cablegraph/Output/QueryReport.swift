import ArgumentParser
import Foundation

/// How query results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv

    /// A table on a terminal, JSON for tools.
    static func resolve(_ chosen: OutputFormat?) -> OutputFormat {
        chosen ?? (Console.stdoutIsTerminal ? .table : .json)
    }
}

/// Rows with named columns: what table and CSV output print.
struct TextTable {
    var title: String?
    var columns: [String]
    var rows: [[String]]
}

/// The result of a query in every shape it can be printed in: JSON for tools, tables (with free text
/// lines before them) for people and CSV.
struct QueryReport {
    var json: JSONValue
    var lines: [String] = []
    var tables: [TextTable] = []

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .json:
            return json.serialized() + "\n"
        case .csv:
            return tables.map(CSVRenderer.render).joined(separator: "\n")
        case .table:
            var parts: [String] = []
            if !lines.isEmpty { parts.append(lines.joined(separator: "\n") + "\n") }
            parts += tables.map(TableRenderer.render)
            return parts.joined(separator: "\n")
        }
    }
}
