import Testing
@testable import CableGraphCore

@Suite struct GraphFiltersTests {
    /// a — b — c — d in a chain (COOPERATES_WITH weights 5, 1, 3), e alone; a country x linked to a by JURISDICTION.
    static func chain() -> KnowledgeGraph {
        let nodes = [
            GraphNode(id: "agency:a", type: .agency, label: "Alpha Bureau", aliases: ["AB"]),
            GraphNode(id: "agency:b", type: .agency, label: "Beta Ministry"),
            GraphNode(id: "agency:c", type: .agency, label: "Gamma  Office"),
            GraphNode(id: "agency:d", type: .agency, label: "Delta", aliases: ["AB"]),
            GraphNode(id: "agency:e", type: .agency, label: "Epsilon"),
            GraphNode(id: "country:x", type: .country, label: "Xland"),
        ]
        let edges = [
            GraphEdge(key: EdgeKey(source: "agency:a", type: .cooperatesWith, target: "agency:b"), weight: 5),
            GraphEdge(key: EdgeKey(source: "agency:b", type: .cooperatesWith, target: "agency:c"), weight: 1),
            GraphEdge(key: EdgeKey(source: "agency:c", type: .cooperatesWith, target: "agency:d"), weight: 3),
            GraphEdge(key: EdgeKey(source: "agency:a", type: .jurisdiction, target: "country:x"), weight: 1),
        ]
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }

    @Test func restrictsNodeAndRelationTypes() {
        let agencies = GraphFilters.restrict(Self.chain(), nodeTypes: [.agency], relationTypes: nil)
        #expect(agencies.nodeCount == 5)
        #expect(agencies.edgeCount == 3)
        let jurisdiction = GraphFilters.restrict(Self.chain(), nodeTypes: nil, relationTypes: [.jurisdiction])
        #expect(jurisdiction.nodeCount == 6)
        #expect(jurisdiction.edges.map(\.type) == [.jurisdiction])
    }

    @Test func minWeightDropsLightEdgesAndTheNodesTheyLeaveAlone() {
        let heavy = GraphFilters.dropLightEdges(Self.chain(), minWeight: 3)
        #expect(heavy.edges.map(\.weight) == [5, 3])
        // x lost its only edge; e never had one and stays.
        #expect(Set(heavy.nodes.map(\.id)) == ["agency:a", "agency:b", "agency:c", "agency:d", "agency:e"])
    }

    @Test func findsNodesByIdThenLabelThenAlias() {
        let graph = Self.chain()
        #expect(GraphFilters.findNodes(graph, named: "agency:b") == ["agency:b"])
        #expect(GraphFilters.findNodes(graph, named: "beta ministry") == ["agency:b"])
        #expect(GraphFilters.findNodes(graph, named: " gamma office ") == ["agency:c"])
        #expect(GraphFilters.findNodes(graph, named: "ab") == ["agency:a", "agency:d"])
        #expect(GraphFilters.findNodes(graph, named: "nobody").isEmpty)
        #expect(GraphFilters.findNodes(graph, named: "").isEmpty)
    }

    @Test func egoNetworkFollowsEdgesBothWaysUpToTheDepth() {
        let graph = Self.chain()
        let one = GraphFilters.egoNetwork(graph, around: ["agency:c"], depth: 1)
        #expect(Set(one.nodes.map(\.id)) == ["agency:b", "agency:c", "agency:d"])
        #expect(one.edgeCount == 2)
        let two = GraphFilters.egoNetwork(graph, around: ["agency:c"], depth: 2)
        #expect(Set(two.nodes.map(\.id)) == ["agency:a", "agency:b", "agency:c", "agency:d"])
        let zero = GraphFilters.egoNetwork(graph, around: ["agency:c"], depth: 0)
        #expect(zero.nodes.map(\.id) == ["agency:c"])
    }

    @Test func topNodesKeepsTheFocusThenTheHeaviest() {
        let graph = Self.chain()
        // Weighted degrees: a 6, b 6, c 4, d 3, x 1, e 0.
        #expect(Set(GraphFilters.topNodes(graph, limit: 2).nodes.map(\.id)) == ["agency:a", "agency:b"])
        #expect(Set(GraphFilters.topNodes(graph, limit: 2, keeping: ["agency:e"]).nodes.map(\.id)) == ["agency:e", "agency:a"])
        #expect(GraphFilters.topNodes(graph, limit: 10).nodeCount == 6)
    }

    @Test func applyRunsTheFiltersInOrderAndReportsAnUnknownFocus() throws {
        let filter = GraphFilter(nodeTypes: [.agency], minWeight: 2, focus: "Alpha Bureau", depth: 3, maxNodes: 10)
        let result = try GraphFilters.apply(filter, to: Self.chain()).get()
        // Weight 2 cuts b—c, so the ego network of a is a and b.
        #expect(Set(result.graph.nodes.map(\.id)) == ["agency:a", "agency:b"])
        #expect(result.focus == ["agency:a"])
        let missing = GraphFilters.apply(GraphFilter(focus: "nobody"), to: Self.chain())
        #expect(throws: GraphFilters.Failure.focusNotFound("nobody")) { try missing.get() }
        #expect(GraphFilter().isEmpty)
    }
}
