@testable import CableGraphCore

/// The graph of a cable excerpt, with lookups by label for assertions.
struct Analyzed {
    let analysis: Pipeline.Analysis
    var graph: KnowledgeGraph { analysis.graph }

    /// `world: true` reads with the bundled world gazetteer (every country, division and body), for
    /// sentences about places the small test gazetteer does not hold.
    init(_ body: String, origin: String = "Embassy Beijing", world: Bool = false) {
        analysis = (world ? Analyzed.worldPipeline : TestGazetteer.pipeline()).analyze(TestCables.document(body, origin: origin))
    }

    private static let worldPipeline = Pipeline(gazetteer: .standard)

    init(document: CableDocument) {
        analysis = TestGazetteer.pipeline().analyze(document)
    }

    func labels(_ type: NodeType) -> Set<String> { Set(graph.nodes.filter { $0.type == type }.map(\.label)) }

    func node(_ type: NodeType, _ label: String) -> GraphNode? {
        graph.nodes.first { $0.type == type && ($0.label == label || $0.aliases.contains(label)) }
    }

    func id(_ label: String) -> String? {
        graph.nodes.first { $0.type != .cable && ($0.label == label || $0.aliases.contains(label)) }?.id
    }

    func edge(_ type: RelationType, _ source: String, _ target: String) -> GraphEdge? {
        guard let s = id(source), let t = id(target) else { return nil }
        return graph.edge(EdgeKey(source: s, type: type, target: t))
    }

    func edges(_ type: RelationType) -> [GraphEdge] { graph.edges.filter { $0.type == type } }

    /// `source -> target` by label, for readable failure messages.
    func pairs(_ type: RelationType) -> Set<String> {
        Set(edges(type).map { "\(graph.node($0.source)?.label ?? $0.source) -> \(graph.node($0.target)?.label ?? $0.target)" })
    }
}
