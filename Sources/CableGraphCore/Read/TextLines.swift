/// Line table of a text: byte ranges of each line, without the `\n`.
public struct TextLines: Sendable {
    public let starts: [Int]
    public let ends: [Int]

    public init(_ utf8: [UInt8]) {
        var starts = [0]
        var ends: [Int] = []
        starts.reserveCapacity(utf8.count / 40)
        ends.reserveCapacity(utf8.count / 40)
        for (i, b) in utf8.enumerated() where b == 0x0A {
            ends.append(i)
            starts.append(i + 1)
        }
        ends.append(utf8.count)
        if starts.count > 1, starts.last == utf8.count {
            starts.removeLast()
            ends.removeLast()
        }
        self.starts = starts
        self.ends = ends
    }

    public var count: Int { starts.count }

    public subscript(line: Int) -> Range<Int> { starts[line]..<ends[line] }

    /// 0-based index of the line holding a byte offset.
    public func line(containing byte: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= byte { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
