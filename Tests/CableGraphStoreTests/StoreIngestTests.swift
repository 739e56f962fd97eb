import CableGraphCore
import CableGraphStore
import Foundation
import Testing

@Suite struct StoreIngestTests {
    @Test func fixturesGiveAGraphWorthTesting() throws {
        let records = try StoreFixture.records()
        #expect(records.count == 4)
        let graph = StoreFixture.merged(records)
        #expect(graph.nodes.count > 40)
        #expect(graph.edges.contains { !$0.evidence.isEmpty })
    }

    @Test func storedGraphEqualsMergedFragments() throws {
        let records = try StoreFixture.records()
        let store = try StoreFixture.newStore()
        try store.ingest(Array(records.prefix(2)))
        try store.ingest(Array(records.dropFirst(2)))
        let expected = StoreFixture.merged(records)
        let loaded = try store.loadGraph()
        #expect(loaded.nodes == expected.nodes)
        #expect(loaded.edges == expected.edges)
        #expect(try store.stats() == GraphStats(expected))
    }

    @Test func ingestingTheSameCablesAgainChangesNothing() throws {
        let records = try StoreFixture.records()
        let store = try StoreFixture.newStore()
        let first = try store.ingest(records)
        #expect(first.added == 4)
        let stats = try store.stats()
        let again = try store.ingest(records)
        #expect(again.added == 0 && again.replaced == 0 && again.unchanged == 4)
        #expect(try store.stats() == stats)
        #expect(try store.contains(hash: records[0].contentHash))
        #expect(try store.storedHashes().count == 4)
    }

    @Test func forcedIngestExtractsAgainAndEndsTheSame() throws {
        let records = try StoreFixture.records()
        let store = try StoreFixture.newStore()
        try store.ingest(records)
        let stats = try store.stats()
        let forced = try store.ingest(records, force: true)
        #expect(forced.replaced == 4 && forced.unchanged == 0)
        #expect(try store.stats() == stats)
        #expect(try store.loadGraph().edges == StoreFixture.merged(records).edges)
    }

    @Test func changedCableReplacesItsOwnContribution() throws {
        let records = try StoreFixture.records()
        let store = try StoreFixture.newStore()
        try store.ingest(records)
        let changedText = StoreFixture.hanoi.replacingOccurrences(of: "The Vietnam Women's Union (VWU) partnered with IOM on shelters for returned victims.",
                                                                  with: "The Vietnam Women's Union (VWU) opened a shelter in Hanoi.")
        let changed = try StoreFixture.record(path: "08HANOI100.txt", text: changedText)
        #expect(changed.contentHash != records[1].contentHash)
        let summary = try store.ingest([changed])
        #expect(summary.replaced == 1 && summary.added == 0)

        var now = records
        now[1] = changed
        let expected = StoreFixture.merged(now)
        let loaded = try store.loadGraph()
        #expect(loaded.nodes == expected.nodes)
        #expect(loaded.edges == expected.edges)

        let fresh = try StoreFixture.newStore()
        try fresh.ingest(now)
        #expect(try fresh.stats() == store.stats())
        #expect(try store.evidence(for: EdgeKey(source: "x", type: .mentions, target: "y"), limit: nil).isEmpty)
    }

    @Test func removedCableTakesItsContributionOut() throws {
        let records = try StoreFixture.records()
        let store = try StoreFixture.newStore()
        try store.ingest(records)
        #expect(try store.remove(cableIDs: ["09BANGKOK200", "NOSUCHCABLE"]) == 1)
        let expected = StoreFixture.merged(records.filter { $0.cableID != "09BANGKOK200" })
        let loaded = try store.loadGraph()
        #expect(loaded.nodes == expected.nodes)
        #expect(loaded.edges == expected.edges)
        #expect(try store.stats().cables == 3)
    }

    @Test func interruptedIngestKeepsWholeCablesAndResumes() throws {
        let records = try StoreFixture.records()
        let store = try StoreFixture.newStore()
        try store.ingest(Array(records.prefix(2)))
        #expect(throws: Interrupted.self) {
            try store.ingest(Array(records.dropFirst(2))) { i in if i == 0 { throw Interrupted() } }
        }
        // The interrupted batch left nothing behind: the store is the first batch, whole.
        let half = StoreFixture.merged(Array(records.prefix(2)))
        #expect(try store.stats() == GraphStats(half))
        #expect(try store.loadGraph().edges == half.edges)

        let resumed = try store.ingest(records)
        #expect(resumed.unchanged == 2 && resumed.added == 2)
        let uninterrupted = try StoreFixture.newStore()
        try uninterrupted.ingest(records)
        #expect(try store.stats() == uninterrupted.stats())
        #expect(try store.loadGraph().nodes == uninterrupted.loadGraph().nodes)
        #expect(try store.loadGraph().edges == uninterrupted.loadGraph().edges)
    }

    @Test func filteredGraphMergesOnlyTheMatchingCables() throws {
        let records = try StoreFixture.records()
        let store = try StoreFixture.newStore()
        try store.ingest(records)
        let cases: [CableCriteria] = [
            CableCriteria(tags: ["KTIP"]),
            CableCriteria(since: "2009"),
            CableCriteria(maxClassification: .unclassified),
            CableCriteria(origins: ["hanoi", "manila"]),
        ]
        for criteria in cases {
            let expected = StoreFixture.merged(records.filter { criteria.matches($0.metadata) })
            let loaded = try store.loadGraph(criteria)
            #expect(loaded.nodes == expected.nodes, "\(criteria)")
            #expect(loaded.edges == expected.edges, "\(criteria)")
        }
        #expect(try store.loadGraph(CableCriteria(until: "2006")).nodeCount == 0)
    }

    @Test func cableListingFiltersAndSortsNewestFirst() throws {
        let store = try StoreFixture.newStore()
        try store.ingest(try StoreFixture.records())
        let all = try store.cables(mentioning: nil)
        #expect(all.cables.map(\.id) == ["09BANGKOK200", "09BEIJING509", "08HANOI100", "07MANILA300"])
        let ktip = try store.cables(mentioning: nil, criteria: CableCriteria(tags: ["ktip"]), limit: 1)
        #expect(ktip.total == 3 && ktip.cables.count == 1)
        let secret = try store.cables(mentioning: nil, criteria: CableCriteria(maxClassification: .confidentialNoforn))
        #expect(!secret.cables.map(\.id).contains("07MANILA300"))
    }

    @Test func readOnlyOpenOfAMissingStoreFailsWithAMessage() {
        #expect(throws: StoreError.self) { try GraphStore.open("/nonexistent/folder/none.db", readOnly: true) }
    }
}
