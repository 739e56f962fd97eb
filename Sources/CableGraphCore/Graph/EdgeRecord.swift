/// How `KnowledgeGraph` stores an edge: its ends by node number, its properties as a short sorted list.
struct EdgeRecord: Sendable {
    var source: Int32
    var target: Int32
    var type: RelationType
    var weight: Int
    var confidence: Double
    var evidence: [Evidence]
    /// Sorted by name. Most edges have none or one (a mention's `paragraphs`), so the first is kept
    /// inline: a Cablegate-sized graph has millions of mention edges, and an array each would cost
    /// an allocation each.
    var properties: Properties

    struct PropertyPair: Sendable, Equatable {
        var name: String
        var value: String
    }

    struct Properties: Sendable, Sequence {
        private var first: PropertyPair?
        private var rest: [PropertyPair] = []

        init(_ pairs: [PropertyPair]) {
            let sorted = pairs.sorted { $0.name < $1.name }
            first = sorted.first
            rest = Array(sorted.dropFirst())
        }

        func makeIterator() -> Iterator { Iterator(properties: self) }

        struct Iterator: IteratorProtocol {
            let properties: Properties
            var position = 0

            mutating func next() -> PropertyPair? {
                defer { position += 1 }
                if position == 0 { return properties.first }
                return position - 1 < properties.rest.count ? properties.rest[position - 1] : nil
            }
        }

        var isEmpty: Bool { first == nil }

        /// Sets `name`, merging with `merge(old, new)` when it is already set.
        mutating func set(_ pair: PropertyPair, merge: (String, String) -> String) {
            var all = Array(self)
            if let i = all.firstIndex(where: { $0.name == pair.name }) {
                all[i].value = merge(all[i].value, pair.value)
            } else {
                all.append(pair)
            }
            self = Properties(all)
        }
    }

    init(_ edge: GraphEdge, source: Int32, target: Int32) {
        self.init(source: source, target: target, type: edge.type, weight: edge.weight, confidence: edge.confidence,
                  evidence: edge.evidence, properties: Properties(edge.properties.map { PropertyPair(name: $0.key, value: $0.value) }))
    }

    init(source: Int32, target: Int32, type: RelationType, weight: Int, confidence: Double, evidence: [Evidence],
         properties: Properties = Properties([])) {
        self.source = source
        self.target = target
        self.type = type
        self.weight = weight
        self.confidence = confidence
        self.evidence = evidence
        self.properties = properties
    }

    /// The index key: 28 bits per end, 8 for the relation type.
    static func pack(_ source: Int32, _ target: Int32, _ type: RelationType) -> UInt64 {
        UInt64(UInt32(bitPattern: source)) << 36 | UInt64(UInt32(bitPattern: target)) << 8 | UInt64(type.ordinal)
    }

    /// Folds another record of the same edge into this one, as `GraphEdge.merge` does.
    mutating func merge(_ other: EdgeRecord) {
        weight += other.weight
        confidence = max(confidence, other.confidence)
        if !other.evidence.isEmpty { evidence = GraphEdge.kept(Evidence.mergeSorted(evidence, other.evidence), for: type) }
        for pair in other.properties {
            properties.set(pair) { GraphEdge.mergedProperty(pair.name, $0, $1) }
        }
    }

    func edge(source: String, target: String) -> GraphEdge {
        var dictionary: [String: String] = [:]
        for pair in properties { dictionary[pair.name] = pair.value }
        return GraphEdge(stored: EdgeKey(source: source, type: type, target: target), weight: weight, confidence: confidence,
                         evidence: evidence, properties: dictionary)
    }
}

extension RelationType {
    /// Position in `allCases`, for packing into integer keys.
    var ordinal: Int {
        RelationType.ordinals[self] ?? 0
    }

    private static let ordinals: [RelationType: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}
