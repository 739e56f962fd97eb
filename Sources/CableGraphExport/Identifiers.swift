import CableGraphCore

/// Node and edge identifiers for the XML formats, where ids must be `xs:NMTOKEN`s.
enum XMLIdentifier {
    /// The id itself when it is made of `[A-Za-z0-9.:-]` (every id `NodeID` makes is); otherwise each
    /// other character, `_` included, becomes `_<hex>_`. Injective, so distinct ids stay distinct.
    static func nmtoken(_ id: String) -> String {
        if !id.isEmpty, id.utf8.allSatisfy(isPlain) { return id }
        if id.isEmpty { return "_empty_" }
        var out = ""
        for scalar in id.unicodeScalars {
            if scalar.isASCII, isPlain(UInt8(scalar.value)) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return out
    }

    /// Readable, unique ids for attribute declarations: `prefix` + the name with characters outside
    /// `[A-Za-z0-9_.-]` turned into `_`, numbered when two names clean to the same id.
    static func keyIDs(prefix: String, names: [String]) -> [String] {
        var taken: Set<String> = []
        return names.map { name in
            var clean = String(name.unicodeScalars.map { s -> Character in
                s.isASCII && (isPlain(UInt8(s.value)) || s == "_") && s != ":" ? Character(s) : "_"
            })
            if clean.isEmpty { clean = "_" }
            var candidate = prefix + clean
            var n = 2
            while taken.contains(candidate) { candidate = prefix + clean + "_\(n)"; n += 1 }
            taken.insert(candidate)
            return candidate
        }
    }

    @inline(__always)
    private static func isPlain(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x3A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E
    }
}

/// Edge ids, unique across the file. Normally `GraphEdge.id` (`source--type--target`), which is
/// unique because `NodeID` never puts `--` in a node id; a graph whose ids do contain `--`
/// gets numbered edge ids (`e1`, `e2`, … in edge order) instead.
struct EdgeIdentifiers {
    let numbered: Bool

    init(_ graph: KnowledgeGraph) {
        numbered = graph.nodesByID.keys.contains { $0.contains("--") }
    }

    /// `index` is the edge's 0-based position in `graph.edges`.
    func id(_ edge: GraphEdge, index: Int) -> String {
        if numbered { return "e\(index + 1)" }
        return XMLIdentifier.nmtoken(edge.source) + "--" + edge.type.rawValue.lowercased() + "--" + XMLIdentifier.nmtoken(edge.target)
    }
}

/// IRIs minted for RDF: `<base>id/<segment>/<segment>…` from a node id's `:`-separated parts.
struct IRIMinter: Sendable {
    let base: String

    /// Validates the base: an absolute IRI (scheme, `:`, no spaces, quotes or angle brackets); a missing
    /// trailing `/` or `#` is added.
    init(base: String) throws {
        var base = base
        guard let colon = base.firstIndex(of: ":"), colon != base.startIndex,
              base[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
              base.first?.isLetter == true else {
            throw ExportError.invalidOption("base IRI must be absolute, like https://example.org/graph/: \(base)")
        }
        if base.unicodeScalars.contains(where: { $0.value <= 0x20 || "<>\"{}|\\^`".unicodeScalars.contains($0) }) {
            throw ExportError.invalidOption("base IRI contains a character IRIs do not allow: \(base)")
        }
        if !base.hasSuffix("/") && !base.hasSuffix("#") { base += "/" }
        self.base = base
    }

    func node(_ id: String) -> String {
        base + "id/" + IRIMinter.path(id)
    }

    /// `<base>assertion/<relation>/<source path>,<target path>`: `,` never occurs in a path, so
    /// distinct edges get distinct IRIs.
    func assertion(_ edge: GraphEdge) -> String {
        base + "assertion/" + edge.type.rawValue.lowercased() + "/" + IRIMinter.path(edge.source) + "," + IRIMinter.path(edge.target)
    }

    func evidence(cable: String, sentence: Int) -> String {
        base + "evidence/" + IRIMinter.percentEncoded(cable) + "/s" + String(sentence)
    }

    /// A node id's `:`-separated parts, each percent-encoded, joined with `/`. Injective: a `/` inside
    /// a part is encoded, as is a part made only of dots (which IRI resolution would remove).
    static func path(_ id: String) -> String {
        // Fast path for the ids NodeID makes: unreserved characters and `:`, no dot that could form a dot segment.
        var simple = !id.isEmpty
        for b in id.utf8 where b == 0x2E || !(isUnreserved(b) || b == 0x3A) {
            simple = false
            break
        }
        if simple { return String(decoding: id.utf8.map { $0 == 0x3A ? 0x2F : $0 }, as: UTF8.self) }
        return id.split(separator: ":", omittingEmptySubsequences: false).map { percentEncoded(String($0)) }.joined(separator: "/")
    }

    @inline(__always)
    private static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
    }

    /// RFC 3986 percent-encoding of everything but unreserved characters, over UTF-8.
    static func percentEncoded(_ segment: String) -> String {
        if segment.isEmpty { return "" }
        if segment.utf8.allSatisfy({ $0 == 0x2E }) {
            return String(repeating: "%2E", count: segment.utf8.count)
        }
        var out = ""
        out.reserveCapacity(segment.utf8.count)
        for b in segment.utf8 {
            if isUnreserved(b) {
                out.unicodeScalars.append(UnicodeScalar(b))
            } else {
                out += "%" + (b < 0x10 ? "0" : "") + String(b, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
