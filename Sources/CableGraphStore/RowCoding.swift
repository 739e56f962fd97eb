import CableGraphCore

/// JSON text for the list and map columns (aliases, properties, label votes), readable with SQLite's
/// json functions. Hand-written because these columns are written and read for every row of an ingest.
enum RowCoding {
    static func encode(_ list: [String]) -> String {
        var out = "["
        for (i, item) in list.enumerated() {
            if i > 0 { out += "," }
            appendQuoted(item, to: &out)
        }
        return out + "]"
    }

    static func encode(_ set: Set<String>) -> String { encode(set.sorted()) }

    static func encode(_ map: [String: String]) -> String {
        var out = "{"
        for (i, key) in map.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            appendQuoted(key, to: &out)
            out += ":"
            appendQuoted(map[key]!, to: &out)
        }
        return out + "}"
    }

    static func encode(_ map: [String: Int]) -> String {
        var out = "{"
        for (i, key) in map.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            appendQuoted(key, to: &out)
            out += ":\(map[key]!)"
        }
        return out + "}"
    }

    static func list(_ text: String) -> [String] {
        var parser = Parser(text)
        return parser.stringList()
    }

    static func stringMap(_ text: String) -> [String: String] {
        var parser = Parser(text)
        var out: [String: String] = [:]
        parser.object { key, parser in out[key] = parser.string() }
        return out
    }

    static func intMap(_ text: String) -> [String: Int] {
        var parser = Parser(text)
        var out: [String: Int] = [:]
        parser.object { key, parser in out[key] = parser.integer() }
        return out
    }

    private static func appendQuoted(_ text: String, to out: inout String) {
        JSONString.append(text, to: &out)
    }

    /// Reads what `encode` writes; anything else yields empty values rather than a trap.
    private struct Parser {
        let scalars: [Unicode.Scalar]
        var i = 0

        init(_ text: String) { scalars = Array(text.unicodeScalars) }

        mutating func skipSpace() {
            while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
        }

        mutating func expect(_ c: Unicode.Scalar) -> Bool {
            skipSpace()
            guard i < scalars.count, scalars[i] == c else { return false }
            i += 1
            return true
        }

        mutating func stringList() -> [String] {
            guard expect("[") else { return [] }
            var out: [String] = []
            if expect("]") { return out }
            repeat {
                guard let s = string() else { return out }
                out.append(s)
            } while expect(",")
            _ = expect("]")
            return out
        }

        mutating func object(_ value: (String, inout Parser) -> Void) {
            guard expect("{") else { return }
            if expect("}") { return }
            repeat {
                guard let key = string(), expect(":") else { return }
                value(key, &self)
            } while expect(",")
            _ = expect("}")
        }

        mutating func integer() -> Int? {
            skipSpace()
            var text = ""
            while i < scalars.count, scalars[i] == "-" || ("0"..."9").contains(scalars[i]) {
                text.unicodeScalars.append(scalars[i])
                i += 1
            }
            return Int(text)
        }

        mutating func string() -> String? {
            guard expect("\"") else { return nil }
            var out = String.UnicodeScalarView()
            while i < scalars.count {
                let c = scalars[i]
                i += 1
                if c == "\"" { return String(out) }
                guard c == "\\", i < scalars.count else { out.append(c); continue }
                let e = scalars[i]
                i += 1
                switch e {
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{C}")
                case "u":
                    guard i + 4 <= scalars.count, let v = UInt32(String(String.UnicodeScalarView(scalars[i..<(i + 4)])), radix: 16) else { return nil }
                    i += 4
                    if let s = Unicode.Scalar(v) { out.append(s) }
                default: out.append(e)
                }
            }
            return nil
        }
    }
}
