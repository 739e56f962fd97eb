/// Context for input that does not carry it, such as a header fragment on standard input.
public struct ReadOptions: Sendable, Hashable {
    /// Creation year, used to complete references that give no year.
    public var year: Int?
    /// The cable's id, when the input has no id line.
    public var id: String?
    /// Accept text without cable markers as a fragment (standard input) instead of refusing it.
    public var allowFragments: Bool

    public init(year: Int? = nil, id: String? = nil, allowFragments: Bool = false) {
        self.year = year
        self.id = id
        self.allowFragments = allowFragments
    }
}

/// Why a cable could not be read at all.
public struct ReadFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic
    public var description: String { diagnostic.description }
}

/// Stage 1 of the pipeline: cable text to a `CableDocument`.
public enum CableReader {
    /// Reads one cable from its bytes. `path` names the input in diagnostics (`-` for standard input).
    /// Never traps: unreadable input comes back as a `ReadFailure` naming the file.
    public static func read(_ bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) -> Result<CableDocument, ReadFailure> {
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(bytes, path: path) {
        case .success(let d): decoded = d
        case .failure(.empty):
            return .failure(ReadFailure(diagnostic: Diagnostic(.error, "empty file: nothing to parse", file: path)))
        case .failure(.binary(let offset)):
            return .failure(ReadFailure(diagnostic: Diagnostic(.error, "binary data, not a text cable", file: path, byteOffset: offset)))
        }
        let utf8 = decoded.utf8
        var diagnostics = decoded.diagnostics
        let lines = TextLines(utf8)
        let site = SiteHeader.parse(utf8, lines: lines)
        if site == nil && !CableMarkers.present(in: utf8) {
            if options.allowFragments {
                diagnostics.append(Diagnostic(.warning, "no cable id line and no cable header markers; parsed as a fragment", file: path, line: 1))
            } else {
                return .failure(ReadFailure(diagnostic: Diagnostic(
                    .error, "not a cable: line 1 is not a cable id and there is no transmission header, TAGS, SUBJECT or paragraph marker",
                    file: path, line: 1)))
            }
        }
        var options = options
        if options.id == nil, site == nil, let first = lines.count > 0 ? String(decoding: utf8[lines[0]], as: UTF8.self).trimmingSpaces() : nil,
           CableID.looksLikeCableID(first) {
            options.id = first
        }
        var header = MetadataParser.parse(utf8, lines: lines, site: site, options: options)
        if header.metadata.id.isEmpty {
            header.metadata.id = fallbackID(path: path)
            header.metadata.canonicalID = CableID.canonical(header.metadata.id)
        }
        let body = BodyReader.read(utf8, lines: lines, from: header.bodyStart)
        header.metadata.paragraphCount = body.paragraphs.count
        diagnostics += body.diagnostics.map { var d = $0; d.file = path; return d }
        return .success(CableDocument(
            path: path, utf8: utf8, metadata: header.metadata, body: body.clean,
            sections: body.sections, paragraphs: body.paragraphs, sentences: body.sentences, diagnostics: diagnostics))
    }

    /// The file name without its extension, for input with no id line.
    static func fallbackID(path: String) -> String {
        guard path != "-" else { return "STDIN" }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
        return name
    }
}

/// Markers that only cables carry; used to refuse text that is not a cable.
enum CableMarkers {
    static let needles: [[UInt8]] = ["VZCZC", "TAGS", "SUBJECT", "SUBJ:", "\u{B6}", "E.O. 12958", "Classified By",
                                     "CLASSIFIED BY", "header ends", "REF:", "FM ", "SIPDIS"].map { Array($0.utf8) }

    static func present(in utf8: [UInt8]) -> Bool {
        let window = utf8.prefix(64 * 1024)
        return needles.contains { window.containsSubsequence($0) }
    }
}

extension Collection where Element == UInt8, Index == Int {
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        var i = startIndex
        let last = endIndex - needle.count
        while i <= last {
            if self[i] == first {
                var k = 1
                while k < needle.count, self[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
