/// A byte-level reader for the gazetteer TSV files: UTF-8, a header row first, `\t` between
/// cells, `\n` (or `\r\n`) between rows, `|` between the items of a list cell, no quoting.
/// Nothing here traps on bad input: what cannot be read is reported in `problems`.
struct TSVTable {
    /// The header cells.
    var header: [String] = []
    /// Each data row as its cells, with the 1-based line number it came from.
    var rows: [(line: Int, cells: [String])] = []
    var problems: [String] = []

    private static let tab: UInt8 = 0x09
    private static let newline: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let bar: UInt8 = 0x7C

    /// Reads `bytes`, requiring the header to be exactly `columns`; rows with another number
    /// of cells, or with bytes that are not UTF-8, are skipped with a problem.
    init(bytes: [UInt8], file: String, columns: [String]) {
        var lineNumber = 0
        var start = 0
        var sawHeader = false
        let count = bytes.count
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }  // BOM
        while start < count {
            var end = start
            while end < count, bytes[end] != Self.newline { end += 1 }
            lineNumber += 1
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == Self.carriageReturn { lineEnd -= 1 }
            defer { start = end + 1 }
            if lineEnd == start { continue }  // blank line
            guard let cells = Self.cells(bytes, start..<lineEnd) else {
                problems.append("\(file):\(lineNumber): not valid UTF-8; row skipped")
                continue
            }
            if !sawHeader {
                sawHeader = true
                header = cells
                if cells != columns {
                    problems.append("\(file):\(lineNumber): header is \(cells.joined(separator: ",")), "
                        + "expected \(columns.joined(separator: ",")); file skipped")
                    return
                }
                continue
            }
            guard cells.count == columns.count else {
                problems.append("\(file):\(lineNumber): \(cells.count) cells, expected \(columns.count); row skipped")
                continue
            }
            rows.append((lineNumber, cells))
        }
        if !sawHeader { problems.append("\(file): empty file") }
    }

    /// Splits one line into cells and decodes them; nil when a cell is not valid UTF-8.
    private static func cells(_ bytes: [UInt8], _ range: Range<Int>) -> [String]? {
        var out: [String] = []
        var cellStart = range.lowerBound
        var i = range.lowerBound
        while true {
            if i == range.upperBound || bytes[i] == tab {
                guard let s = decode(bytes[cellStart..<i]) else { return nil }
                out.append(s)
                if i == range.upperBound { break }
                cellStart = i + 1
            }
            i += 1
        }
        return out
    }

    /// Strict UTF-8 decoding: nil on any invalid sequence (no replacement characters).
    static func decode(_ slice: ArraySlice<UInt8>) -> String? {
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = slice.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }

    /// The items of a list cell: split at `|`, empty items dropped.
    static func list(_ cell: String) -> [String] {
        if cell.isEmpty { return [] }
        return cell.utf8.split(separator: bar, omittingEmptySubsequences: true).map { String(decoding: $0, as: UTF8.self) }
    }
}
