/// Stable node identifiers: the same entity gets the same id in every cable and every run.
///
/// An id is `prefix:scope:slug` (`agency:cn:ministry-of-public-security`, `country:cn`,
/// `article:law-cn-criminal-law:240`), built only from `[a-z0-9:._-]`, so it is a valid
/// XML NMTOKEN (GraphML, GEXF), a safe DOT id and a safe IRI path once `:` becomes `/`.
public enum NodeID {
    public static func make(_ type: NodeType, scope: String?, name: String) -> String {
        var id = type.idPrefix
        if let scope, !scope.isEmpty { id += ":" + slug(scope) }
        id += ":" + slug(name)
        return id
    }

    /// Lower-case ASCII letters and digits, other runs folded to `-`; non-ASCII letters kept as `uXXXX`
    /// so that names in other scripts stay distinct.
    public static func slug(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            var piece: String?
            switch v {
            case 0x30...0x39, 0x61...0x7A: piece = String(scalar)
            case 0x41...0x5A: piece = String(UnicodeScalar(v + 32)!)
            case 0x27, 0x2019: continue   // apostrophes vanish: women's -> womens
            default:
                if v > 0x7F, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    let folded = String(scalar).lowercased()
                    piece = folded.unicodeScalars.map { "u" + String($0.value, radix: 16) }.joined()
                }
            }
            if let piece {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out += piece
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "x" : out
    }
}
