/// What a user-typed name refers to.
public enum NameResolution: Sendable, Hashable {
    case found(NodeSummary)
    /// Several nodes answer to the name equally well: the user must pick one (by id).
    case ambiguous([NodeSummary])
    /// Nothing answers to the name; close names, best first.
    case unknown(suggestions: [NodeSummary])
}

/// Resolves user-typed names to nodes: by id, then canonical name, alias, acronym, compared
/// case- and punctuation-insensitively (`NameKey`).
public enum NameResolver {
    /// `types` narrows the candidates (for `--type`); nil admits every type.
    public static func resolve(_ query: String, in reader: any GraphReader, types: Set<NodeType>? = nil,
                               suggestions: Int = 5) throws -> NameResolution {
        let trimmed = query.trimmingWhitespace()
        if let byID = try reader.summaries([trimmed])[trimmed], types?.contains(byID.type) ?? true {
            return .found(byID)
        }
        let key = NameKey.normalize(trimmed)
        guard !key.isEmpty else { return .unknown(suggestions: []) }
        var bestKind: [String: NameEntry.Kind] = [:]
        for entry in try reader.names(forKey: key) {
            if let types, let type = NodeType(nodeID: entry.node), !types.contains(type) { continue }
            bestKind[entry.node] = min(bestKind[entry.node] ?? entry.kind, entry.kind)
        }
        guard let top = bestKind.values.min() else {
            let hits = try NameSearch.search(trimmed, in: reader, types: types, limit: suggestions)
            return .unknown(suggestions: hits.map(\.node))
        }
        let ids = bestKind.filter { $0.value == top }.map(\.key)
        let summaries = try reader.summaries(ids)
        let candidates = summaries.values.sorted(by: NodeSummary.moreProminent)
        if candidates.count == 1 { return .found(candidates[0]) }
        if candidates.isEmpty { return .unknown(suggestions: []) }
        return .ambiguous(candidates)
    }
}

extension NodeSummary {
    /// More mentioned first, then by label and id: the order candidates and hits are listed in.
    public static func moreProminent(_ a: NodeSummary, _ b: NodeSummary) -> Bool {
        if a.mentionCount != b.mentionCount { return a.mentionCount > b.mentionCount }
        if a.cableCount != b.cableCount { return a.cableCount > b.cableCount }
        if a.label != b.label { return a.label < b.label }
        return a.id < b.id
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
