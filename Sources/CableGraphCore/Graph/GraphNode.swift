/// An entity (or a cable) in the graph, with everything the exports show about it.
public struct GraphNode: Sendable, Hashable {
    public var id: String
    public var type: NodeType
    /// Canonical name.
    public var label: String
    /// Every surface form seen, the label excluded.
    public var aliases: Set<String>
    /// ISO 3166-1 alpha-2 code of the country the entity belongs to, where known.
    public var country: String?
    public var mentionCount: Int
    /// Canonical ids of the cables it appears in.
    public var cables: Set<String>
    /// ISO dates of the earliest and latest cable it appears in.
    public var firstSeen: String?
    public var lastSeen: String?
    /// Type-specific facts (a cable's date, classification, subject; an article's number).
    public var properties: [String: String]
    /// How many times each candidate label was proposed; the most proposed wins on merge.
    public var labelVotes: [String: Int]

    public init(id: String, type: NodeType, label: String, aliases: Set<String> = [], country: String? = nil,
                mentionCount: Int = 0, cables: Set<String> = [], firstSeen: String? = nil, lastSeen: String? = nil,
                properties: [String: String] = [:]) {
        self.id = id
        self.type = type
        self.label = label
        self.aliases = aliases
        self.country = country
        self.mentionCount = mentionCount
        self.cables = cables
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.properties = properties
        self.labelVotes = [label: max(1, mentionCount)]
        self.aliases.remove(label)
    }

    /// Sorted aliases, for output.
    public var sortedAliases: [String] { aliases.sorted() }

    /// Folds another record of the same entity into this one. Commutative and associative,
    /// so merging fragments in any order gives the same node.
    public mutating func merge(_ other: GraphNode) {
        precondition(other.id == id, "merging different nodes")
        for (label, votes) in other.labelVotes { labelVotes[label, default: 0] += votes }
        aliases.formUnion(other.aliases)
        aliases.insert(label)
        aliases.insert(other.label)
        label = labelVotes.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
        aliases.remove(label)
        if country == nil || (other.country != nil && other.country! < country!) { country = other.country ?? country }
        mentionCount += other.mentionCount
        cables.formUnion(other.cables)
        firstSeen = GraphNode.minDate(firstSeen, other.firstSeen)
        lastSeen = GraphNode.maxDate(lastSeen, other.lastSeen)
        for (key, value) in other.properties {
            if let mine = properties[key], mine <= value { continue }
            properties[key] = value
        }
    }

    static func minDate(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    static func maxDate(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }
}
