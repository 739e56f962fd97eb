import Testing
@testable import CableGraphCore

@Suite struct GraphQueryTests {
    let index = GraphIndex(QueryFixture.graph)

    @Test func neighborsAtDepthOneFollowEntityRelationsOnly() throws {
        let ids = try Neighborhood.neighbors(of: "agency:acwf", in: index).map(\.node.id)
        #expect(Set(ids) == ["agency:cn:mps", "agency:iom"])   // no cables: MENTIONS is not followed by default
    }

    @Test func neighborsAtDepthTwoAndTypeFilter() throws {
        let two = try Neighborhood.neighbors(of: "agency:cn:mps", in: index, depth: 2)
        #expect(two.filter { $0.depth == 1 }.map(\.node.id).sorted() == ["agency:acwf", "country:cn"])
        #expect(two.filter { $0.depth == 2 }.map(\.node.id) == ["agency:iom"])
        #expect(two.first { $0.node.id == "agency:iom" }?.via == "agency:acwf")
        let programs = try Neighborhood.neighbors(of: "agency:cn:mps", in: index, types: [.program], depth: 3)
        #expect(programs.map(\.node.id) == ["program:npa"])
        #expect(programs.first?.depth == 3)
    }

    @Test func neighborsByRelation() throws {
        let cables = try Neighborhood.neighbors(of: "agency:iom", in: index, relations: [.mentions])
        #expect(Set(cables.map(\.node.id)) == ["cable:09beijing509", "cable:08hanoi100"])
        #expect(try Neighborhood.neighbors(of: "agency:iom", in: index, relations: [.memberOf]).isEmpty)
    }

    @Test func shortestPathRunsBothWaysAlongEdges() throws {
        let path = try #require(try PathFinder.shortestPath(from: "country:cn", to: "program:npa", in: index))
        #expect(path.map(\.to) == ["agency:cn:mps", "agency:acwf", "agency:iom", "program:npa"])
        #expect(path.first?.edge.key.type == .jurisdiction)
        #expect(path.last?.edge.key.type == .operates)
        #expect(try PathFinder.shortestPath(from: "country:cn", to: "program:npa", in: index, maxHops: 3) == nil)
        #expect(try PathFinder.shortestPath(from: "agency:cn:mps", to: "agency:vn:mps", in: index) == nil)   // different countries, no link
        let viaCables = try PathFinder.shortestPath(from: "agency:cn:mps", to: "agency:vn:mps", in: index,
                                                    relations: Set(RelationType.allCases))
        #expect(viaCables?.count == 4)   // mps-cn <- beijing cable -> iom <- hanoi cable -> mps-vn
        #expect(try PathFinder.shortestPath(from: "agency:acwf", to: "agency:acwf", in: index) == [])
    }

    @Test func pairEvidenceListsEveryEdgeBetweenTwoEntities() throws {
        let edges = try PairEvidence.edges(between: "agency:iom", and: "agency:acwf", in: index)
        #expect(edges.map(\.edge.key.type) == [.cooperatesWith, .coOccursWith])   // stronger (higher confidence) first
        #expect(edges.first?.evidence.first?.text == "The ACWF partnered with IOM on shelters.")
        let limited = try PairEvidence.edges(between: "agency:acwf", and: "agency:cn:mps", in: index, evidenceLimit: 1)
        #expect(limited.first?.evidence.count == 1)
        #expect(limited.first?.edge.evidenceCount == 2)
        #expect(try PairEvidence.edges(between: "agency:cn:mps", and: "program:npa", in: index).isEmpty)
    }

    @Test func entityProfileLeavesMentionsToTheCableList() throws {
        let profile = try #require(try EntityProfile.make("agency:iom", in: index))
        #expect(profile.cables.total == 2)
        #expect(profile.cables.ids == ["09BEIJING509", "08HANOI100"])   // newest first
        #expect(!profile.relations.contains { $0.edge.key.type == .mentions })
        #expect(profile.relations.map(\.other.id).contains("program:npa"))
    }

    @Test func edgesOfATypeMatchSymmetricEdgesEitherWay() throws {
        let coop = try index.edges(ofType: .cooperatesWith, sourceTypes: [.agency], targetTypes: [.agency], limit: nil)
        #expect(coop.count == 2)
        #expect(coop.first?.weight == 2)
        #expect(try index.edges(ofType: .jurisdiction, sourceTypes: [.country], targetTypes: nil, limit: nil).isEmpty)
        #expect(try index.edges(ofType: .jurisdiction, sourceTypes: nil, targetTypes: [.country], limit: 1).count == 1)
    }

    @Test func statsCountWhatTheGraphHolds() {
        let stats = GraphStats(QueryFixture.graph)
        #expect(stats.cables == 2)
        #expect(stats.nodes == 9)
        #expect(stats.edgesByType["MENTIONS"] == 8)
        #expect(stats.evidence == 5)
        #expect(stats.firstDate == "2008-05-01")
        #expect(stats.lastDate == "2009-02-27")
    }
}
