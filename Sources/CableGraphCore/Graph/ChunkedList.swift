/// An append-only list in fixed-size chunks. A single array of millions of edge records doubles its
/// capacity as it grows: at Cablegate size that leaves up to half of it unused, and holds the old and the
/// new buffer at once while copying. Chunks never move, and at most one is partly empty.
/// The first chunk grows to `chunkSize` as an array does and stops there: appending never copies more than it.
struct ChunkedList<Element>: RandomAccessCollection {
    private static var chunkShift: Int { 16 }
    private static var chunkSize: Int { 1 << chunkShift }

    private var chunks: [[Element]] = []
    private(set) var count = 0

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element {
        get { chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)] }
        _modify { yield &chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)] }
    }

    mutating func append(_ element: Element) {
        // The first chunk grows as an array does, so a one-cable graph stays small; later ones are made whole.
        if count == 0 {
            chunks.append([])
        } else if count & (Self.chunkSize - 1) == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }
}

extension ChunkedList: Sendable where Element: Sendable {}
