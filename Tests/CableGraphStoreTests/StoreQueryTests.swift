import CableGraphCore
import CableGraphStore
import Testing

/// The store answers the core query layer exactly as the same graph in memory does.
@Suite struct StoreQueryTests {
    let records: [CableRecord]
    let store: GraphStore
    let memory: GraphIndex

    init() throws {
        records = try StoreFixture.records()
        store = try StoreFixture.newStore()
        try store.ingest(records)
        memory = GraphIndex(StoreFixture.merged(records))
    }

    var entityIDs: [String] { memory.graph.nodes.filter { $0.type != .cable }.map(\.id) }

    @Test func readerPrimitivesAgree() throws {
        let ids = entityIDs
        #expect(!ids.isEmpty)
        #expect(try store.summaries(ids) == memory.summaries(ids))
        for id in ids {
            #expect(try store.edges(touching: [id], relations: Set(RelationType.allCases)) ==
                    memory.edges(touching: [id], relations: Set(RelationType.allCases)), "\(id)")
            #expect(try store.cables(mentioning: id, limit: 3) == memory.cables(mentioning: id, limit: 3), "\(id)")
            #expect(try store.cables(mentioning: id, limit: 1) == memory.cables(mentioning: id, limit: 1), "\(id)")
            for limit in [1, 2, 5] {
                // The store reads only the edges at or above the limit-th weight; the answer must not change.
                #expect(try store.strongestEdges(touching: id, relations: Set(RelationType.allCases), limit: limit) ==
                        memory.strongestEdges(touching: id, relations: Set(RelationType.allCases), limit: limit), "\(id) \(limit)")
            }
            var node = try memory.node(id)
            node?.cables = []
            #expect(try store.node(id) == node)
        }
        for edge in memory.graph.edges {
            #expect(try store.evidence(for: edge.key, limit: nil) == edge.evidence)
        }
        #expect(Set(try store.allNames()) == Set(try memory.allNames()))
    }

    @Test func algorithmsAgree() throws {
        for id in entityIDs {
            #expect(try Neighborhood.neighbors(of: id, in: store, depth: 2) == Neighborhood.neighbors(of: id, in: memory, depth: 2))
            // With a limit only the candidates get summaries: the same first neighbors as the full list.
            let all = try Neighborhood.neighbors(of: id, in: memory, depth: 1)
            #expect(try Neighborhood.neighbors(of: id, in: store, depth: 1, limit: 2) == Array(all.prefix(2)))
            let a = try EntityProfile.make(id, in: store)?.relations
            let b = try EntityProfile.make(id, in: memory)?.relations
            #expect(a == b)
        }
        let ids = entityIDs
        if let first = ids.first, let last = ids.last {
            let viaStore = try PathFinder.shortestPath(from: first, to: last, in: store, relations: Set(RelationType.allCases))
            let viaMemory = try PathFinder.shortestPath(from: first, to: last, in: memory, relations: Set(RelationType.allCases))
            #expect(viaStore == viaMemory)
            #expect(viaStore != nil)   // every entity is mentioned by a cable, so MENTIONS links them all
        }
        for type in RelationType.allCases {
            #expect(try store.edges(ofType: type, sourceTypes: [.agency], targetTypes: nil, limit: 5) ==
                    memory.edges(ofType: type, sourceTypes: [.agency], targetTypes: nil, limit: 5))
        }
    }

    @Test func namesResolveInTheStoreAsInMemory() throws {
        for name in ["MPS", "IOM", "international organization for migration", "Ministry of Public Securty", "zzqqxx"] {
            #expect(try NameResolver.resolve(name, in: store) == NameResolver.resolve(name, in: memory), "\(name)")
            #expect(try NameSearch.search(name, in: store) == NameSearch.search(name, in: memory), "\(name)")
        }
    }
}

/// Ambiguous and unknown names in a store built from hand-made fragments, whatever extraction gives.
@Suite struct StoreNameTests {
    static func fragment(cable: String, date: String, agencies: [(String, String)]) -> CableRecord {
        var g = KnowledgeGraph()
        let cableNode = GraphNode(id: CableNodes.id(cable), type: .cable, label: cable, cables: [cable],
                                  properties: ["date": date, "read": "true"])
        g.add(cableNode)
        for (id, country) in agencies {
            g.add(GraphNode(id: id, type: .agency, label: "Ministry of Public Security", aliases: ["MPS"], country: country,
                            mentionCount: 2, cables: [cable], firstSeen: date, lastSeen: date))
            g.add(GraphEdge(key: EdgeKey(source: cableNode.id, type: .mentions, target: id), weight: 2))
        }
        var metadata = CableMetadata()
        metadata.id = cable
        metadata.canonicalID = cable
        metadata.date = date
        return CableRecord(metadata: metadata, path: cable, contentHash: cable, fragment: g)
    }

    @Test func ambiguousAndUnknownNames() throws {
        let store = try StoreFixture.newStore()
        try store.ingest([Self.fragment(cable: "09BEIJING1", date: "2009-01-01", agencies: [("agency:cn:mps", "cn")]),
                          Self.fragment(cable: "09HANOI2", date: "2009-02-01", agencies: [("agency:vn:mps", "vn")])])
        guard case .ambiguous(let candidates) = try NameResolver.resolve("mps", in: store) else {
            Issue.record("MPS names two ministries")
            return
        }
        #expect(Set(candidates.map(\.country)) == ["cn", "vn"])
        #expect(try NameResolver.resolve("agency:vn:mps", in: store) == .found(try #require(store.summaries(["agency:vn:mps"])["agency:vn:mps"])))
        guard case .unknown(let suggestions) = try NameResolver.resolve("Ministry of Pubic Security", in: store) else {
            Issue.record("unknown name")
            return
        }
        #expect(Set(suggestions.map(\.id)) == ["agency:cn:mps", "agency:vn:mps"])
    }
}

@Suite struct StoreCodingTests {
    @Test func sha256MatchesKnownDigests() {
        #expect(ContentHash.sha256([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(ContentHash.sha256(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

@Suite struct RowCodingTests {
    @Test func awkwardTextSurvivesTheStore() throws {
        let store = try StoreFixture.newStore()
        let awkward = "Say \"no\" \\ to\ttabs,\nnewlines and \u{1} controls — ünïcode 中文"
        var g = KnowledgeGraph()
        let cable = GraphNode(id: CableNodes.id("09TEST1"), type: .cable, label: "09TEST1", cables: ["09TEST1"], properties: ["read": "true"])
        var agency = GraphNode(id: "agency:x", type: .agency, label: "Agency X", aliases: [awkward, "AX"], mentionCount: 2,
                               cables: ["09TEST1"], properties: ["note": awkward])
        agency.labelVotes[awkward] = 1
        g.add(cable)
        g.add(agency)
        g.add(GraphEdge(key: EdgeKey(source: cable.id, type: .mentions, target: "agency:x"), properties: ["paragraphs": awkward]))
        var metadata = CableMetadata()
        metadata.id = "09TEST1"
        try store.ingest([CableRecord(metadata: metadata, path: "x", contentHash: "h", fragment: g)])
        let loaded = try store.loadGraph()
        #expect(loaded.nodes == g.nodes)
        #expect(loaded.edges == g.edges)
    }
}
