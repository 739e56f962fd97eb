import Testing
@testable import CableGraphCore

@Suite struct SampleCableTests {
    @Test func dumpEntities() {
        let analysis = TestGazetteer.pipeline().analyze(TestCables.sample())
        for node in analysis.graph.nodes where node.type != .cable {
            print("NODE \(node.type.rawValue)\t\(node.label)\t\(node.id)\t\(node.sortedAliases.joined(separator: " | "))\t\(node.mentionCount)")
        }
        for edge in analysis.graph.edges where edge.type != .coOccursWith && edge.type != .mentions {
            print("EDGE \(edge.source) -\(edge.type.rawValue)-> \(edge.target)")
        }
        #expect(analysis.graph.nodeCount > 10)
    }
}
