import Dispatch
import Foundation

/// Prepares items on every core and hands them to a consumer in their order, a window at a time.
///
/// Exporters spend most of their time turning nodes and edges into text (JSON lists, escaping,
/// identifiers); the writer itself is a single stream. Items are prepared in parallel, the next window
/// while this one is written, and written in index order, so the bytes are the same as a one-threaded
/// run; memory holds two windows.
enum OrderedParallel {
    static func forEach<Item>(count: Int, chunk: Int = 1024, prepare: @escaping @Sendable (Int) -> Item,
                              consume: (Item) throws -> Void) rethrows {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        guard workers > 1, count > chunk else {
            for i in 0..<count { try consume(prepare(i)) }
            return
        }
        let window = chunk * workers * 4
        // The next window is prepared while this one is written.
        func started(_ start: Int) -> PreparedWindow<Item>? {
            start < count ? PreparedWindow(start: start, size: min(window, count - start), chunk: chunk, prepare: prepare) : nil
        }
        var next = started(0)
        while let current = next {
            let slots = current.wait()
            next = started(current.start + current.size)
            for i in 0..<current.size { try consume(slots.take(i)) }
        }
    }
}

/// One window of items, prepared on every core from a background thread.
private final class PreparedWindow<Item>: @unchecked Sendable {
    let start: Int
    let size: Int
    private let slots: WindowSlots<Item>
    private let done = DispatchSemaphore(value: 0)

    init(start: Int, size: Int, chunk: Int, prepare: @escaping @Sendable (Int) -> Item) {
        self.start = start
        self.size = size
        let slots = WindowSlots<Item>(count: size)
        self.slots = slots
        let done = self.done
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: (size + chunk - 1) / chunk) { c in
                for i in (c * chunk)..<min(size, (c + 1) * chunk) { slots.set(i, prepare(start + i)) }
            }
            done.signal()
        }
    }

    func wait() -> WindowSlots<Item> {
        done.wait()
        return slots
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
