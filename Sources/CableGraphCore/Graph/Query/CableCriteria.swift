/// Which cables count: a date range, tags, origins and a classification ceiling.
/// An empty criteria admits every cable.
public struct CableCriteria: Sendable, Hashable {
    /// ISO dates, inclusive; a prefix (`2008`, `2008-03`) compares as the start of that period for `since`
    /// and as its whole period for `until`.
    public var since: String?
    public var until: String?
    /// A cable matches when it carries any of these tags (case-insensitive).
    public var tags: [String]
    /// A cable matches when its origin contains any of these (case-insensitive): `Beijing`, `Embassy Hanoi`.
    public var origins: [String]
    /// Cables classified above this, or with a marking not understood, are left out.
    public var maxClassification: ClassificationLevel?

    public init(since: String? = nil, until: String? = nil, tags: [String] = [], origins: [String] = [],
                maxClassification: ClassificationLevel? = nil) {
        self.since = since
        self.until = until
        self.tags = tags
        self.origins = origins
        self.maxClassification = maxClassification
    }

    public var isEmpty: Bool {
        since == nil && until == nil && tags.isEmpty && origins.isEmpty && maxClassification == nil
    }

    public func matches(date: String?, classification: String?, origin: String?, tags cableTags: [String]) -> Bool {
        if since != nil || until != nil {
            guard let date, !date.isEmpty else { return false }
            if let since, date < since { return false }
            // `until 2008` admits every date starting with 2008.
            if let until, date > until, !date.hasPrefix(until) { return false }
        }
        if !tags.isEmpty {
            let wanted = Set(tags.map { $0.uppercased() })
            guard cableTags.contains(where: { wanted.contains($0.uppercased()) }) else { return false }
        }
        if !origins.isEmpty {
            guard let origin = origin?.lowercased(), origins.contains(where: { origin.contains($0.lowercased()) }) else { return false }
        }
        if let ceiling = maxClassification {
            guard let classification, let level = ClassificationLevel(classification), level <= ceiling else { return false }
        }
        return true
    }

    public func matches(_ metadata: CableMetadata) -> Bool {
        matches(date: metadata.date, classification: metadata.classification, origin: metadata.origin, tags: metadata.tags)
    }
}
