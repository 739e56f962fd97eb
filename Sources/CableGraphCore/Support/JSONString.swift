/// A JSON string literal, for the places that write JSON by hand (exports, store columns, CLI output)
/// so that key order is fixed and output streams. Line and paragraph separators are escaped too, so
/// the output is also valid JavaScript.
public enum JSONString {
    public static func quoted(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    public static func append(_ text: String, to out: inout String) {
        out += "\""
        // U+2028 and U+2029 start with the byte 0xE2.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) else {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x00..<0x20, 0x2028, 0x2029:
                let digits = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
