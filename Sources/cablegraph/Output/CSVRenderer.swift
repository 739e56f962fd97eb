/// RFC 4180 CSV: a header row, then one line per row; fields quoted when they need it.
enum CSVRenderer {
    static func render(_ table: TextTable) -> String {
        ([table.columns] + table.rows).map { row in row.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
