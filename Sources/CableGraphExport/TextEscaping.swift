import CableGraphCore

/// JSON text, written by hand so that key order is fixed and output streams.
enum JSONText {
    static func string(_ text: String) -> String { JSONString.quoted(text) }

    static func optionalString(_ text: String?) -> String {
        text.map(string) ?? "null"
    }

    static func array(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ",") + "]"
    }

    /// `{"name":"value",…}` with the names sorted.
    static func object(_ dictionary: [String: String]) -> String {
        objectLine(dictionary.sorted { $0.key < $1.key }.map { ($0.key, string($0.value)) })
    }

    /// An object of (name, JSON value) fields in the order given.
    static func objectLine(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    /// `[{"cable":…,"paragraph":…,"sentence":…,"start":…,"end":…,"text":…}, …]`
    /// With `maxBytes`, the list ends before the item that would pass that size (the first item is always kept).
    static func evidence(_ items: [Evidence], maxBytes: Int? = nil) -> String {
        var out = "["
        var size = 1
        for (i, e) in items.enumerated() {
            let object = evidenceObject(e)
            size += object.utf8.count + 1
            if i > 0 {
                if let maxBytes, size > maxBytes { break }
                out += ","
            }
            out += object
        }
        return out + "]"
    }

    static func evidenceObject(_ e: Evidence) -> String {
        "{\"cable\":\(string(e.cable)),\"paragraph\":\(optionalString(e.paragraph)),\"sentence\":\(e.sentence),"
            + "\"start\":\(e.start),\"end\":\(e.end),\"text\":\(string(e.text))}"
    }
}

/// Graphviz DOT quoted strings.
enum DOTText {
    /// A quoted DOT ID. Every ID is quoted, so keywords (`node`, `edge`, `graph`, `digraph`,
    /// `subgraph`, `strict`, in any case) are never bare. Backslashes are doubled so that no
    /// character can end the string early, and characters that XML (SVG output) cannot carry are dropped.
    static func id(_ text: String) -> String {
        "\"" + escaped(XMLText.clean(text), entities: false) + "\""
    }

    /// A quoted label. Graphviz also reads `&name;` entities and backslash escapes (`\N`, `\l`) in
    /// labels; doubling backslashes and writing `&` as `&amp;` makes it show the text as it is.
    /// Line breaks become centred-line escapes.
    static func label(_ text: String) -> String {
        "\"" + escaped(XMLText.clean(text), entities: true) + "\""
    }

    private static func escaped(_ text: String, entities: Bool) -> String {
        var special = false
        for byte in text.utf8 where byte == 0x22 || byte == 0x5C || byte == 0x0A || byte == 0x0D || (entities && byte == 0x26) {
            special = true
            break
        }
        guard special else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            case "&" where entities: out += "&amp;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// CSV fields as RFC 4180 writes them and Neo4j admin-import reads them with its defaults.
enum CSVText {
    /// A quoted field. Line breaks and tabs become spaces: Neo4j rejects multi-line fields unless
    /// told otherwise, and spreadsheet users do not expect them.
    static func quoted(_ text: String) -> String {
        if !XMLText.mayNeedCleaning(text) && !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            // The common case: at most quotes to double, done on bytes.
            guard text.utf8.contains(0x22) else { return "\"" + text + "\"" }
            var bytes: [UInt8] = [0x22]
            bytes.reserveCapacity(text.utf8.count + 16)
            for byte in text.utf8 {
                bytes.append(byte)
                if byte == 0x22 { bytes.append(0x22) }
            }
            bytes.append(0x22)
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = "\""
        for scalar in XMLText.clean(text).unicodeScalars {
            switch scalar {
            case "\"": out += "\"\""
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A string field, or an empty (null) field when there is no value.
    static func optional(_ text: String?) -> String {
        text.map(quoted) ?? ""
    }
}

/// Numbers in the lexical forms each format accepts.
enum NumberText {
    /// XML Schema `xs:double`: `NaN`, `INF`, `-INF` for the values JSON cannot hold.
    static func xmlDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        return "\(value)"
    }

    /// A JSON number, or `null` for NaN and infinities.
    static func jsonDouble(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "null"
    }

    /// What Java's `Double.parseDouble` (Neo4j) accepts.
    static func javaDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return "\(value)"
    }
}

/// ISO 8601 calendar dates (`2009-02-27`).
enum ISODate {
    /// Whether the text is a valid `YYYY-MM-DD` date, so it can be typed `xsd:date` or used as a GEXF time.
    static func isValid(_ text: String) -> Bool {
        dayNumber(text) != nil
    }

    /// Days since 1970-01-01 for a valid date, nil otherwise.
    static func dayNumber(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let b = bytes[i]
                guard b >= 0x30, b <= 0x39 else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              y >= 1, (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[m - 1] else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
