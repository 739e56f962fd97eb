import CableGraphCore
import Foundation
import GRDB

/// Why the store could not do what was asked.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// A knowledge graph kept in an SQLite file (WAL mode), built incrementally from cables.
///
/// Every batch of cables is ingested in one transaction: a store holds whole cables or nothing of them,
/// so an interrupted build leaves it consistent and the next build carries on.
public final class GraphStore: Sendable {
    let database: any DatabaseWriter
    public let path: String

    private init(database: any DatabaseWriter, path: String) {
        self.database = database
        self.path = path
    }

    /// Opens the store at `path`, creating it (and upgrading its schema) unless `readOnly`.
    /// A read-only open of a missing file or of a store that needs an upgrade fails with a message saying so.
    public static func open(_ path: String, readOnly: Bool = false) throws -> GraphStore {
        var config = Configuration()
        config.label = "cablegraph"
        if readOnly {
            guard FileManager.default.fileExists(atPath: path) else {
                throw StoreError("no store at \(path): create it with `cablegraph build INPUT... --db \(path)`")
            }
            config.readonly = true
            let queue: DatabaseQueue
            do {
                queue = try DatabaseQueue(path: path, configuration: config)
                let current = try queue.read { db in try StoreSchema.migrator.hasCompletedMigrations(db) }
                guard current else {
                    throw StoreError("\(path) is not a cablegraph store of this version: rebuild it with `cablegraph build`")
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError("\(path) is not a cablegraph store: \(error)")
            }
            return GraphStore(database: queue, path: path)
        }
        config.prepareDatabase { db in
            // WAL with synchronous=NORMAL: a crash can lose the last commits, never consistency.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A large page cache and rarer checkpoints: an ingest rewrites the same index pages batch after batch.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            try StoreSchema.migrator.migrate(pool)
            return GraphStore(database: pool, path: path)
        } catch {
            throw StoreError("cannot open store \(path): \(error)")
        }
    }

    /// Whether a cable with these exact bytes is in the store.
    public func contains(hash: String) throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM cable WHERE content_hash = ?)", arguments: [hash]) ?? false
        }
    }

    /// Content hash -> cable id of every cable stored, so that a build can skip unchanged files without a query each.
    public func storedHashes() throws -> [String: String] {
        try database.read { db in
            var out: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT content_hash, cable_id FROM cable")
            while let row = try rows.next() { out[row[0]] = row[1] }
            return out
        }
    }

    /// Size of the store on disk (database, WAL and shared-memory files), in bytes.
    public func fileSize() -> Int {
        [path, path + "-wal", path + "-shm"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }

    /// Folds the write-ahead log into the database file, so that the file alone is the whole store.
    public func checkpoint() throws {
        guard let pool = database as? DatabasePool else { return }
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }
}
