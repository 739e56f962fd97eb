/// Aligned columns for a terminal; long cells are cut so that a row stays on one line.
enum TableRenderer {
    static let maxCellWidth = 90

    static func render(_ table: TextTable) -> String {
        var out = ""
        if let title = table.title { out += title + "\n" }
        guard !table.rows.isEmpty else { return out + "  (none)\n" }
        let cells = ([table.columns] + table.rows).map { row in row.map { clip($0) } }
        var widths = [Int](repeating: 0, count: table.columns.count)
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        for (r, row) in cells.enumerated() {
            let line = row.enumerated().map { i, cell in
                i + 1 == row.count ? cell : cell + String(repeating: " ", count: max(0, widths[min(i, widths.count - 1)] - cell.count))
            }.joined(separator: "  ")
            out += "  " + line + "\n"
            if r == 0 { out += "  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    private static func clip(_ text: String) -> String {
        let flat = text.replacingNewlines()
        return flat.count <= maxCellWidth ? flat : String(flat.prefix(maxCellWidth - 1)) + "…"
    }
}

extension String {
    func replacingNewlines() -> String { String(map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }) }
}
