/// A node found by `search`, with how well one of its names matched (0...1).
public struct SearchHit: Sendable, Hashable {
    public var node: NodeSummary
    public var score: Double
    /// The normalized name that matched.
    public var matched: String
}

/// Prefix and fuzzy search over names and aliases.
///
/// Scores, best first: the whole name (1), a prefix of it (0.8-0.9), every typed word starting a word of the
/// name (0.7), a close spelling of the whole name (edit distance, 0.3-0.5), most typed words found or nearly
/// found among the name's words (up to 0.45).
public enum NameSearch {
    public static func search(_ text: String, in reader: any GraphReader, types: Set<NodeType>? = nil,
                              limit: Int = 20) throws -> [SearchHit] {
        let query = NameKey.normalize(text)
        guard !query.isEmpty, limit > 0 else { return [] }
        let matcher = Matcher(query)
        var best: [String: (score: Double, matched: String)] = [:]
        for entry in try reader.allNames() {
            if let types, let type = NodeType(nodeID: entry.node), !types.contains(type) { continue }
            let raw = matcher.score(entry.key)
            guard raw > 0 else { continue }
            let score = raw - 0.01 * Double(entry.kind.rawValue)
            if let current = best[entry.node], current.score >= score { continue }
            best[entry.node] = (score, entry.key)
        }
        // Keep a bounded pool before fetching summaries, so a short query over a large store stays cheap.
        let pool = best.sorted { $0.value.score != $1.value.score ? $0.value.score > $1.value.score : $0.key < $1.key }
            .prefix(max(limit * 10, 100))
        let summaries = try reader.summaries(pool.map(\.key))
        let hits = pool.compactMap { id, match in
            summaries[id].map { SearchHit(node: $0, score: (match.score * 1000).rounded() / 1000, matched: match.matched) }
        }
        return Array(hits.sorted { a, b in
            a.score != b.score ? a.score > b.score : NodeSummary.moreProminent(a.node, b.node)
        }.prefix(limit))
    }

    struct Matcher {
        let query: String
        let scalars: [Unicode.Scalar]
        let words: [String]
        let distanceLimit: Int

        /// Typed words as scalars, with the slips each may contain.
        let wordScalars: [(scalars: [Unicode.Scalar], slips: Int)]

        init(_ query: String) {
            self.query = query
            scalars = Array(query.unicodeScalars)
            words = NameKey.words(query).map(String.init)
            distanceLimit = min(3, max(1, scalars.count / 4))
            wordScalars = words.map { word in
                let count = word.unicodeScalars.count
                return (Array(word.unicodeScalars), count >= 8 ? 2 : count >= 4 ? 1 : 0)
            }
        }

        func score(_ name: String) -> Double {
            if name == query { return 1 }
            if name.hasPrefix(query) {
                return 0.8 + 0.1 * Double(scalars.count) / Double(max(1, name.unicodeScalars.count))
            }
            let nameWords = NameKey.words(name)
            if wordPrefixes(nameWords) { return 0.7 }
            let length = name.unicodeScalars.count
            if abs(length - scalars.count) <= distanceLimit,
               let d = EditDistance.distance(scalars, Array(name.unicodeScalars), limit: distanceLimit) {
                return 0.5 - 0.1 * Double(max(0, d - 1))
            }
            var found = 0
            for (i, word) in words.enumerated() {
                let (typed, slips) = wordScalars[i]
                if nameWords.contains(where: { candidate in
                    if candidate == word { return true }
                    guard slips > 0, abs(candidate.unicodeScalars.count - typed.count) <= slips else { return false }
                    return EditDistance.distance(Array(candidate.unicodeScalars), typed, limit: slips) != nil
                }) { found += 1 }
            }
            let fraction = Double(found) / Double(max(words.count, nameWords.count))
            return fraction >= 0.5 ? 0.45 * fraction : 0
        }

        /// Every typed word starts a different word of the name, in order (`pub sec` finds `ministry of public security`).
        private func wordPrefixes(_ nameWords: [Substring]) -> Bool {
            guard words.count > 1 || nameWords.count > 1 else { return false }
            var i = 0
            for word in nameWords where i < words.count {
                if word.hasPrefix(words[i]) { i += 1 }
            }
            return i == words.count
        }
    }
}
