import CableGraphCore
import CableGraphStore
import Foundation

/// Cables to build test stores from (`Fixtures/`): the sample China TIP report and three short cables in the same layout.
enum StoreFixture {
    static func fixture(_ id: String) -> String {
        guard let url = Bundle.module.url(forResource: id, withExtension: "txt", subdirectory: "Fixtures") else { return "" }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static var hanoi: String { fixture("08HANOI100") }

    /// Path (for messages) and text of every fixture cable, in ingest order.
    static var cables: [(path: String, text: String)] {
        ["09BEIJING509", "08HANOI100", "09BANGKOK200", "07MANILA300"].map { ("\($0).txt", fixture($0)) }
    }

    static let pipeline = Pipeline()

    static func record(path: String, text: String) throws -> CableRecord {
        let bytes = Array(text.utf8)
        let document = try CableReader.read(bytes, path: path).get()
        var metadata = document.metadata
        // Filters by tag are tested whether or not the reader fills in tags yet.
        if metadata.tags.isEmpty, let line = text.split(separator: "\n").first(where: { $0.hasPrefix("TAGS:") }) {
            metadata.tags = line.dropFirst(5).split(separator: " ").map(String.init)
        }
        return CableRecord(metadata: metadata, path: path, contentHash: ContentHash.sha256(bytes),
                           fragment: pipeline.fragment(for: document))
    }

    static func records() throws -> [CableRecord] {
        try cables.map { try record(path: $0.path, text: $0.text) }
    }

    static func merged(_ records: [CableRecord]) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for r in records { graph.merge(r.fragment) }
        return graph
    }

    /// A new store in a fresh folder under `scratchRoot`.
    static func newStore() throws -> GraphStore {
        let folder = scratchRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try GraphStore.open(folder.appendingPathComponent("test.db").path)
    }

    /// One temporary folder for the stores of this test process, removed when the process exits
    /// (stores stay open until their tests end, so they cannot be removed one by one).
    static let scratchRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cablegraph-store-\(UUID().uuidString)")
        storeScratchRootPath = root.path
        atexit { if let path = storeScratchRootPath { try? FileManager.default.removeItem(atPath: path) } }
        return root
    }()
}

nonisolated(unsafe) private var storeScratchRootPath: String?

struct Interrupted: Error {}
