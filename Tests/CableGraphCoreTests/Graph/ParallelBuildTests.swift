import Testing
@testable import CableGraphCore

@Suite struct ParallelBuildTests {
    static let documents: [CableDocument] = {
        var docs = [TestCables.sample()]
        let bodies = [
            "¶1. (SBU) The Ministry of Public Security (MPS) is working with the IOM. Women are trafficked to China from Burma.",
            "¶1. (C) UNICEF partnered with the Kunming Public Security Bureau. MPS held the first meeting.",
            "¶2. (U) China signed memoranda of understanding with Cambodia and Vietnam. Article 240 of the criminal code applies.",
        ]
        for (i, body) in bodies.enumerated() { docs.append(TestCables.document(body, id: "09TEST\(i + 10)")) }
        return docs
    }()

    func build(threads: Int) -> KnowledgeGraph {
        let pipeline = TestGazetteer.pipeline()
        let docs = Self.documents
        return ParallelBuild.build(count: docs.count, threads: threads) { i in
            .fragment(pipeline.fragment(for: docs[i]), diagnostics: [])
        }.graph
    }

    @Test func resultDoesNotDependOnThreads() {
        let one = build(threads: 1)
        let four = build(threads: 4)
        #expect(one.nodeCount > 20)
        #expect(one.nodes == four.nodes)
        #expect(one.edges == four.edges)
    }

    @Test func mergingAcrossCablesSumsMentionsAndGathersEvidence() {
        let graph = build(threads: 2)
        // 09TEST11 writes `MPS` without defining it: acronyms are scoped to the cable that defines them.
        let mps = graph.node("agency:cn:ministry-of-public-security")
        #expect(mps?.cables.sorted() == ["09BEIJING509", "09TEST10"])
        #expect(mps?.mentionCount == 18 + 2)
        let routes = graph.edges.filter { $0.type == .traffickingRoute && $0.source == "country:mm" && $0.target == "country:cn" }
        #expect(routes.first?.evidence.map(\.cable).sorted() == ["09BEIJING509", "09TEST10"])
        #expect(routes.first?.weight == 2)
    }
}
