/// A typed property graph: nodes by id, edges by (source, type, target).
///
/// Graphs merge by union (`merge(_:)`), commutatively, so per-cable fragments built in parallel
/// give the same graph whatever the order they are merged in.
///
/// Storage is compact because a Cablegate-sized graph holds millions of edges (every cable mentions
/// a score of entities): nodes sit in an array with an id index, edges in an array of records that
/// point at nodes by number, found through a 64-bit key index. `GraphNode` and `GraphEdge` are the
/// values callers see; edges are made on demand from their records.
public struct KnowledgeGraph: Sendable {
    private var nodeList: [GraphNode] = []
    private var nodeIndex: [String: Int32] = [:]
    private var records = ChunkedList<EdgeRecord>()
    private var edgeIndex = HashIndex(maxLoad: 0.7)
    /// Numbers held for edge ends that are not nodes (yet): not part of the graph's nodes.
    private var placeholders: Set<Int32> = []

    public init() {}

    public init(nodes: [GraphNode], edges: [GraphEdge]) {
        for node in nodes { add(node) }
        for edge in edges { add(edge) }
    }

    public var nodeCount: Int { nodeList.count - placeholders.count }
    public var edgeCount: Int { records.count }

    /// Nodes in no particular order, keyed by id.
    public var nodesByID: NodeTable { NodeTable(graph: self) }
    /// Edges in no particular order, keyed by `EdgeKey`; edges are made as they are read.
    public var edgesByKey: EdgeTable { EdgeTable(graph: self) }

    /// Nodes sorted by id: the order every export uses.
    public var nodes: [GraphNode] { realNodes.sorted { $0.id < $1.id } }

    /// The nodes, placeholders left out.
    private var realNodes: [GraphNode] {
        placeholders.isEmpty ? nodeList : nodeList.enumerated().filter { !placeholders.contains(Int32($0.offset)) }.map(\.element)
    }
    /// Edges sorted by key: the order every export uses. Builds every edge: for small graphs and tests;
    /// exports go through `edgeOrder(nodeRank:)` and `edge(at:)`.
    public var edges: [GraphEdge] { records.indices.map(edge(at:)).sorted { $0.key < $1.key } }

    public func node(_ id: String) -> GraphNode? {
        guard let i = nodeIndex[id], !placeholders.contains(i) else { return nil }
        return nodeList[Int(i)]
    }

    public func edge(_ key: EdgeKey) -> GraphEdge? {
        guard let s = nodeIndex[key.source], let t = nodeIndex[key.target],
              let r = edgeIndex[EdgeRecord.pack(s, t, key.type)] else { return nil }
        return edge(at: Int(r))
    }

    // MARK: - Building

    public mutating func add(_ node: GraphNode) {
        _ = insert(node)
    }

    /// Adds or merges a node, returning its number.
    private mutating func insert(_ node: GraphNode) -> Int32 {
        if let i = nodeIndex[node.id] {
            if placeholders.remove(i) != nil { nodeList[Int(i)] = node } else { nodeList[Int(i)].merge(node) }
            return i
        }
        let i = Int32(nodeList.count)
        nodeList.append(node)
        nodeIndex[node.id] = i
        return i
    }

    /// Adds or merges an edge. An end that is not a node yet gets a placeholder number, which the
    /// node takes over when it is added; until then the edge is not exported.
    public mutating func add(_ edge: GraphEdge) {
        let s = numberOf(edge.source), t = numberOf(edge.target)
        add(EdgeRecord(edge, source: s, target: t))
    }

    /// Adds one edge of `type` between every pair of `ids` (sorted, distinct: `ids[i]` -> `ids[j]` for
    /// i < j), each with weight 1 and the same evidence; ids are looked up once, not once per pair.
    mutating func addPairs(_ ids: [String], type: RelationType, confidence: Double, evidence: [Evidence]) {
        let numbers = ids.map { numberOf($0) }
        let evidence = GraphEdge.kept(evidence, for: type)
        for i in 0..<numbers.count {
            for j in (i + 1)..<numbers.count {
                add(EdgeRecord(source: numbers[i], target: numbers[j], type: type, weight: 1, confidence: confidence,
                               evidence: evidence))
            }
        }
    }

    private mutating func numberOf(_ id: String) -> Int32 {
        if let i = nodeIndex[id] { return i }
        let i = Int32(nodeList.count)
        nodeList.append(GraphNode(id: id, type: .cable, label: id))
        nodeIndex[id] = i
        placeholders.insert(i)
        return i
    }

    private mutating func add(_ record: EdgeRecord) {
        let key = EdgeRecord.pack(record.source, record.target, record.type)
        if let r = edgeIndex[key] {
            records[Int(r)].merge(record)
        } else {
            edgeIndex.set(key, Int32(records.count))
            records.append(record)
        }
    }

    public mutating func merge(_ other: KnowledgeGraph) {
        if nodeList.isEmpty && records.isEmpty {
            self = other
            return
        }
        // Node numbers differ between graphs: map the other graph's numbers to ours.
        var map = [Int32](repeating: 0, count: other.nodeList.count)
        for (i, node) in other.nodeList.enumerated() {
            map[i] = other.placeholders.contains(Int32(i)) ? numberOf(node.id) : insert(node)
        }
        for var record in other.records {
            record.source = map[Int(record.source)]
            record.target = map[Int(record.target)]
            add(record)
        }
    }

    /// Keeps the nodes for which `keep` is true and the edges between kept nodes.
    public func filtered(nodes keep: (GraphNode) -> Bool, edges keepEdge: (GraphEdge) -> Bool = { _ in true }) -> KnowledgeGraph {
        var out = KnowledgeGraph()
        var kept = [Bool](repeating: false, count: nodeList.count)
        for (i, node) in nodeList.enumerated() where !placeholders.contains(Int32(i)) && keep(node) {
            kept[i] = true
            out.add(node)
        }
        for (r, record) in records.enumerated() where kept[Int(record.source)] && kept[Int(record.target)] {
            let edge = edge(at: r)
            if keepEdge(edge) { out.add(edge) }
        }
        return out
    }

    // MARK: - Reading edges by number

    /// The edge made from record `index` (0..<edgeCount).
    public func edge(at index: Int) -> GraphEdge {
        let r = records[index]
        return r.edge(source: nodeList[Int(r.source)].id, target: nodeList[Int(r.target)].id)
    }

    /// The key of record `index`, without building the edge (its evidence and properties).
    public func edgeKey(at index: Int) -> EdgeKey {
        let r = records[index]
        return EdgeKey(source: nodeList[Int(r.source)].id, type: r.type, target: nodeList[Int(r.target)].id)
    }

    /// Edge numbers sorted by (source, relation, target), with node order given by `nodeRank`
    /// (a node id's position among the sorted nodes). Sorting numbers, not strings, is what makes
    /// ordering millions of edges take a second.
    public func edgeOrder(nodeRank: [String: Int]) -> [Int32] {
        var rank = [Int32](repeating: -1, count: nodeList.count)
        for (i, node) in nodeList.enumerated() { rank[i] = Int32(nodeRank[node.id] ?? -1) }
        let relationRank = Dictionary(uniqueKeysWithValues: RelationType.allCases.sorted().enumerated().map { ($1, UInt64($0)) })
        var keyed: [(UInt64, Int32)] = []
        keyed.reserveCapacity(records.count)
        for (i, r) in records.enumerated() {
            let s = rank[Int(r.source)], t = rank[Int(r.target)]
            guard s >= 0, t >= 0 else { continue }
            keyed.append((UInt64(s) << 36 | relationRank[r.type]! << 28 | UInt64(t), Int32(i)))
        }
        keyed.sort { $0.0 < $1.0 }
        return keyed.map(\.1)
    }
}

extension KnowledgeGraph {
    /// The nodes of a graph keyed by id, without copying them.
    public struct NodeTable: Sendable {
        let graph: KnowledgeGraph
        public var count: Int { graph.nodeCount }
        public var values: [GraphNode] { graph.realNodes }
        public var keys: LazyMapSequence<[GraphNode], String> { graph.realNodes.lazy.map(\.id) }
        public subscript(id: String) -> GraphNode? { graph.node(id) }
    }

    /// The edges of a graph keyed by `EdgeKey`, made as they are read.
    public struct EdgeTable: Sendable {
        let graph: KnowledgeGraph
        public var count: Int { graph.records.count }
        public var values: LazyMapSequence<Range<Int>, GraphEdge> { (0..<graph.records.count).lazy.map(graph.edge(at:)) }
        public var keys: LazyMapSequence<Range<Int>, EdgeKey> { (0..<graph.records.count).lazy.map { graph.edge(at: $0).key } }
        public subscript(key: EdgeKey) -> GraphEdge? { graph.edge(key) }
    }
}
