import Testing
@testable import CableGraphExport

@Suite struct OrderedParallelTests {
    private struct Stop: Error {}

    /// Counts around the chunk and window sizes: every item once, in order.
    @Test(arguments: [0, 1, 7, 8, 9, 63, 64, 65, 1_000, 4_097])
    func consumesEveryItemInOrder(count: Int) {
        var seen: [Int] = []
        OrderedParallel.forEach(count: count, chunk: 8, prepare: { $0 * 3 }) { seen.append($0) }
        #expect(seen == (0..<count).map { $0 * 3 })
    }

    @Test func aConsumerErrorStopsTheRunAndReachesTheCaller() {
        var seen = 0
        #expect(throws: Stop.self) {
            try OrderedParallel.forEach(count: 10_000, chunk: 8, prepare: { String($0) }) { _ in
                seen += 1
                if seen == 100 { throw Stop() }
            }
        }
        #expect(seen == 100)
    }
}
