/// A set of lower-case words, looked up by the folded hash of a token's bytes: no strings are
/// made on the hot path. Open addressing over a power-of-two table of 64-bit FNV-1a hashes.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var slots: [UInt64]
    private let mask: Int
    public let count: Int

    public init(_ words: some Sequence<String>) {
        let hashes = Set(words.map { WordSet.hash($0) })
        var size = 8
        while size < hashes.count * 3 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for h in hashes {
            var i = WordSet.slot(h, size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = h
        }
        self.slots = slots
        mask = size - 1
        count = hashes.count
    }

    public init(arrayLiteral elements: String...) { self.init(elements) }

    @inline(__always) public func contains(hash h: UInt64) -> Bool {
        var i = WordSet.slot(h, mask)
        while true {
            let s = slots[i]
            if s == h { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    public func contains(_ word: String) -> Bool { contains(hash: WordSet.hash(word)) }

    @inline(__always) static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (h ^ (h >> 29)) &* 0x9E3779B97F4A7C15 >> 7) & mask }

    /// FNV-1a of the ASCII-lower-cased UTF-8 bytes; never 0 (0 marks an empty slot).
    @inline(__always) public static func hash<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes {
            h ^= UInt64(b &- 0x41 < 26 ? b | 0x20 : b)
            h &*= 0x100000001b3
        }
        return h == 0 ? 1 : h
    }

    public static func hash(_ word: String) -> UInt64 { hash(bytes: word.utf8) }
}
