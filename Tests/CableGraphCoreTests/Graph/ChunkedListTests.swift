import Testing
@testable import CableGraphCore

@Suite struct ChunkedListTests {
    @Test func appendsReadsAndChangesInPlaceAcrossChunks() {
        var list = ChunkedList<Int>()
        let n = 200_000  // more than three chunks
        for i in 0..<n { list.append(i * 2) }
        #expect(list.count == n)
        #expect(list[0] == 0 && list[65_535] == 131_070 && list[65_536] == 131_072 && list[n - 1] == (n - 1) * 2)
        list[70_000] += 1
        #expect(list[70_000] == 140_001)
        #expect(list.reduce(0, +) == n * (n - 1) + 1)
        // A copy is a value: changing it leaves the original alone.
        var copy = list
        copy[5] = -1
        #expect(list[5] == 10 && copy[5] == -1)
    }

    @Test func aFullerEdgeIndexStillFindsEveryKey() {
        var index = HashIndex(maxLoad: 0.7)
        for k in 0..<100_000 { index.set(UInt64(k) &* 0x9E37_79B9_7F4A_7C15, Int32(k)) }
        #expect(index.count == 100_000)
        #expect((0..<100_000).allSatisfy { index[UInt64($0) &* 0x9E37_79B9_7F4A_7C15] == Int32($0) })
        #expect(index[12_345] == nil)
    }
}
