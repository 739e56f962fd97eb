/// A map from 64-bit keys to 32-bit values with open addressing: what the phrase matcher looks up
/// for every token, without the cost of hashing through `Hasher`.
struct HashIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0
    /// The share of slots that may be full before the table doubles. The matcher's tables are built
    /// once and read for every token, so they stay half empty; the graph's edge index holds millions of
    /// keys and fills to 0.7.
    private let maxLoad: Double
    /// The count at which the table doubles.
    private var growAt: Int

    init(capacity: Int = 16, maxLoad: Double = 0.5) {
        self.maxLoad = maxLoad
        var size = 16
        while Double(size) * maxLoad < Double(capacity) { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        growAt = Int(Double(size) * maxLoad)
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var x = key
        x ^= x >> 33
        x &*= 0xff51afd7ed558ccd
        x ^= x >> 33
        return Int(truncatingIfNeeded: x) & mask
    }

    @inline(__always) subscript(key: UInt64) -> Int32? {
        var i = HashIndex.slot(key, mask)
        while true {
            let v = values[i]
            if v < 0 { return nil }
            if keys[i] == key { return v }
            i = (i + 1) & mask
        }
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        precondition(value >= 0, "values are non-negative")
        if count + 1 > growAt { grow() }
        var i = HashIndex.slot(key, mask)
        while values[i] >= 0 {
            if keys[i] == key { values[i] = value; return }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        growAt = Int(Double(size) * maxLoad)
        count = 0
        for i in oldKeys.indices where oldValues[i] >= 0 { set(oldKeys[i], oldValues[i]) }
    }
}
