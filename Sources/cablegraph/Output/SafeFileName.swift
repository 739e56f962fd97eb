/// File names made from cable ids or user-given names: one path component, never `..`, never absolute.
enum SafeFileName {
    /// Keeps letters, digits, `.`, `_` and `-`; anything else (`/`, `\`, spaces, control characters)
    /// becomes `_`. Leading dots are dropped so that `..` and hidden names cannot result.
    static func make(_ text: String, fallback: String = "cablegraph") -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(120) {
            let v = scalar.value
            let plain = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x2E || v == 0x5F || v == 0x2D
            out.unicodeScalars.append(plain ? scalar : "_")
        }
        while out.hasPrefix(".") { out.removeFirst() }
        return out.isEmpty ? fallback : out
    }
}
