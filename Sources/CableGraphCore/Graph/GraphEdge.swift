/// Identity of an edge: one edge per (source, type, target). Symmetric types store the smaller id first.
public struct EdgeKey: Sendable, Hashable, Comparable {
    public private(set) var source: String
    public private(set) var type: RelationType
    public private(set) var target: String
    /// FNV-1a of the key, computed once: edges are hashed on every merge, and hashing two id
    /// strings through `Hasher` each time costs more than the merge itself.
    private let fingerprint: UInt64

    public init(source: String, type: RelationType, target: String) {
        if type.isSymmetric && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
        var h = WordSet.hash(bytes: self.source.utf8)
        h = (h ^ UInt64(type.ordinal &+ 0x51)) &* 0x100000001b3
        for b in self.target.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        fingerprint = h
    }

    public static func == (lhs: EdgeKey, rhs: EdgeKey) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.type == rhs.type && lhs.source == rhs.source && lhs.target == rhs.target
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    public static func < (lhs: EdgeKey, rhs: EdgeKey) -> Bool {
        (lhs.source, lhs.type.rawValue, lhs.target) < (rhs.source, rhs.type.rawValue, rhs.target)
    }

    /// A stable, unique, NMTOKEN-safe edge id.
    public var id: String { "\(source)--\(type.rawValue.lowercased())--\(target)" }
}

/// A typed relation between two nodes, with the evidence for it.
public struct GraphEdge: Sendable, Hashable {
    public var key: EdgeKey
    /// Evidence count for stated and co-occurrence relations; mentions for MENTIONS; 1 for structural facts.
    public var weight: Int
    /// 0...1: how sure the rule that produced the edge is (the highest over its evidence).
    public var confidence: Double
    /// Sorted and free of duplicates.
    public var evidence: [Evidence]
    /// Relation-specific facts: `purpose` for trafficking routes, `paragraphs` for MENTIONS, `rule`.
    public var properties: [String: String]

    public init(key: EdgeKey, weight: Int = 1, confidence: Double = 1, evidence: [Evidence] = [],
                properties: [String: String] = [:]) {
        self.key = key
        self.weight = weight
        self.confidence = confidence
        // Most edges are made from one sentence: no set, no sort.
        self.evidence = evidence.count <= 1 ? GraphEdge.kept(evidence, for: key.type)
                                            : GraphEdge.kept(Array(Set(evidence)).sorted(), for: key.type)
        self.properties = properties
    }

    /// An edge exactly as stored (evidence already sorted, kept and free of duplicates).
    init(stored key: EdgeKey, weight: Int, confidence: Double, evidence: [Evidence], properties: [String: String]) {
        self.key = key
        self.weight = weight
        self.confidence = confidence
        self.evidence = evidence
        self.properties = properties
    }

    /// The evidence a relation type keeps (`evidenceLimit`, `keepsEvidenceText` in the ontology): the first
    /// items in cable and sentence order, so that merging in any order keeps the same ones.
    static func kept(_ evidence: [Evidence], for type: RelationType) -> [Evidence] {
        // A list cut with `removeLast` keeps its whole buffer: millions of mention edges (limit 0) would each hold
        // an empty list's memory. A new array of the kept items holds only them.
        var list = evidence
        if let limit = type.evidenceLimit, list.count > limit { list = limit == 0 ? [] : Array(list[..<limit]) }
        if !type.keepsEvidenceText {
            for i in list.indices where !list[i].text.isEmpty { list[i].text = "" }
        }
        return list
    }

    /// How many sentences back the edge: the evidence listed, or the weight when the list was cut.
    public var evidenceCount: Int {
        if let limit = type.evidenceLimit, evidence.count >= limit { return max(weight, evidence.count) }
        return evidence.count
    }

    public var id: String { key.id }
    public var source: String { key.source }
    public var target: String { key.target }
    public var type: RelationType { key.type }

    /// Folds another record of the same edge into this one; commutative and associative.
    public mutating func merge(_ other: GraphEdge) {
        precondition(other.key == key, "merging different edges")
        weight += other.weight
        confidence = max(confidence, other.confidence)
        if !other.evidence.isEmpty { evidence = GraphEdge.kept(Evidence.mergeSorted(evidence, other.evidence), for: key.type) }
        for (name, value) in other.properties {
            guard let mine = properties[name] else { properties[name] = value; continue }
            properties[name] = GraphEdge.mergedProperty(name, mine, value)
        }
    }

    /// The merged value of a property: list-valued properties (`;`-separated) are unioned, others
    /// keep the smaller value, so merging commutes.
    static func mergedProperty(_ name: String, _ mine: String, _ theirs: String) -> String {
        if mine == theirs { return mine }
        if listProperties.contains(name) {
            let union = Set(mine.split(separator: ";").map(String.init)).union(theirs.split(separator: ";").map(String.init))
            return union.sorted().joined(separator: ";")
        }
        return min(mine, theirs)
    }

    /// Properties whose values are `;`-separated sets.
    public static let listProperties: Set<String> = ["purpose", "paragraphs", "rule", "cables"]
}
