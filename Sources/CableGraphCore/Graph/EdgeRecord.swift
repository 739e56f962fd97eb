/// How `KnowledgeGraph` stores an edge: its ends by node number, its properties as a short sorted list.
struct EdgeRecord: Sendable {
    var source: Int32
    var target: Int32
    var type: RelationType
    var weight: Int
    var confidence: Double
    var evidence: [Evidence]
    /// Sorted by name; most edges have none or one, so no dictionary is kept per edge.
    var properties: [PropertyPair]

    struct PropertyPair: Sendable, Equatable {
        var name: String
        var value: String
    }

    init(_ edge: GraphEdge, source: Int32, target: Int32) {
        self.source = source
        self.target = target
        type = edge.type
        weight = edge.weight
        confidence = edge.confidence
        evidence = edge.evidence
        properties = edge.properties.map { PropertyPair(name: $0.key, value: $0.value) }.sorted { $0.name < $1.name }
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
            if let i = properties.firstIndex(where: { $0.name == pair.name }) {
                properties[i].value = GraphEdge.mergedProperty(pair.name, properties[i].value, pair.value)
            } else {
                properties.append(pair)
                properties.sort { $0.name < $1.name }
            }
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
