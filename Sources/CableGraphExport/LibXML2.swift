import CLibXML2

/// The libxml2 the exporters are linked against.
public enum LibXML2 {
    /// Version string reported by the linked library, e.g. `20914` for 2.9.14.
    public static var version: String {
        guard let raw = cg_xmlParserVersion() else { return "unknown" }
        return String(cString: raw)
    }
}
