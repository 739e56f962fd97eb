import Dispatch
import Foundation

/// Prepares items on every core and hands them to a consumer in their order, a window at a time.
///
/// Exporters spend most of their time turning nodes and edges into text (JSON lists, escaping,
/// identifiers); the writer itself is a single stream. Items are prepared in parallel, then written in
/// index order, so the bytes are the same as a one-threaded run; memory holds one window.
enum OrderedParallel {
    static func forEach<Item>(count: Int, chunk: Int = 1024, prepare: @Sendable (Int) -> Item,
                              consume: (Item) throws -> Void) rethrows {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        guard workers > 1, count > chunk else {
            for i in 0..<count { try consume(prepare(i)) }
            return
        }
        let window = chunk * workers * 4
        var start = 0
        while start < count {
            let size = min(window, count - start)
            let slots = WindowSlots<Item>(count: size)
            let base = start
            DispatchQueue.concurrentPerform(iterations: (size + chunk - 1) / chunk) { c in
                for i in (c * chunk)..<min(size, (c + 1) * chunk) { slots.set(i, prepare(base + i)) }
            }
            for i in 0..<size { try consume(slots.take(i)) }
            start += size
        }
    }
}

/// Slots each written by one thread, read after every writer is done.
private final class WindowSlots<Item>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Item>
    private let count: Int
    private var taken = 0

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
    }

    func set(_ i: Int, _ item: Item) { (storage + i).initialize(to: item) }

    /// Moves the item out; slots are taken once each, in order.
    func take(_ i: Int) -> Item {
        taken = i + 1
        return (storage + i).move()
    }

    /// A consumer that threw left the rest of the window.
    deinit {
        (storage + taken).deinitialize(count: count - taken)
        storage.deallocate()
    }
}
