import CunzhanCore
import Foundation
import GRDB

/// The station's own database: one SQLite file in WAL mode, its migrations, and every read and write.
///
/// All domain writes go through `write(author:_:)`, whose `StationWriter` appends each change's outbox
/// op in the same transaction (DESIGN.md §4); there is no other way to write a domain row.
public final class StationStore: Sendable {
    /// The schema version this build writes and understands.
    public static let schemaVersion = 16
    /// The version recorded in every op.
    public static let appVersion = "0.1.0"

    public let path: String
    /// This station's id, made when the store was created; it names the station in every op.
    public let stationID: String
    let pool: DatabasePool
    let clock: StoreClock

    /// Opens the store at `path`, creating it (and its folder) when missing.
    ///
    /// Throws `StoreError` with code `.notAStore` for a file that is not a Cunzhan store (the file is
    /// left untouched) and `.newerSchema` for a store written by a newer Cunzhan.
    public init(path: String, clock: StoreClock = .system) throws(StoreError) {
        self.path = path
        self.clock = clock
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: path) {
            try StationStore.inspectExisting(path: path)
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try? fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            // A committed save must survive a power cut (DESIGN.md §4): in WAL mode only FULL syncs the log
            // at every commit, and GRDB sets NORMAL (which may lose the last commits) when it opens the pool.
            // The pool's one writer connection lives as long as the pool, so setting it once holds.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try StationStore.migrator.migrate(pool)
            let stationID = try pool.write { db -> String in
                if let id = try String.fetchOne(db, sql: "SELECT station_id FROM station_meta WHERE id = 1") {
                    // Migrations just brought an older store up to this build's schema: record it.
                    try db.execute(
                        sql: "UPDATE station_meta SET schema_version = ? WHERE id = 1 AND schema_version < ?",
                        arguments: [StationStore.schemaVersion, StationStore.schemaVersion])
                    return id
                }
                let id = UUID().uuidString.lowercased()
                try db.execute(
                    sql: "INSERT INTO station_meta (id, station_id, schema_version) VALUES (1, ?, ?)",
                    arguments: [id, StationStore.schemaVersion])
                return id
            }
            self.pool = pool
            self.stationID = stationID
        } catch {
            throw StoreError.wrap(error)
        }
    }

    /// Looks at an existing file read-only and refuses it unless it is a Cunzhan store this build can open.
    private static func inspectExisting(path: String) throws(StoreError) {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return }
        var configuration = Configuration()
        configuration.readonly = true
        let verdict: StoreError?
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            verdict = try queue.read { db in try verdictOnExisting(db, path: path) }
            try queue.close()
        } catch {
            throw StoreError.notAStore(path)
        }
        if let verdict { throw verdict }
    }

    /// Nil when the open database is an empty file or a Cunzhan store of this or an older schema.
    private static func verdictOnExisting(_ db: Database, path: String) throws -> StoreError? {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if tables.isEmpty { return nil }
        guard tables.contains("station_meta"), tables.contains("outbox"), tables.contains("grdb_migrations") else {
            return .notAStore(path)
        }
        let superseded = try migrator.hasBeenSuperseded(db)
        let version = try Int.fetchOne(db, sql: "SELECT schema_version FROM station_meta") ?? 0
        if superseded || version > schemaVersion {
            return .newerSchema(path, found: max(version, schemaVersion + 1))
        }
        return nil
    }

    /// Runs one transaction of user actions; each `StationWriter` call writes its rows and its ops.
    ///
    /// Either everything in `body` is committed, or nothing is: a failing action leaves neither its
    /// domain rows nor its ops behind. Runs on the store's single writer.
    public func write<T>(author: UserID?, _ body: (StationWriter) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write { db in
                let writer = try StationWriter(db: db, store: self, author: author)
                let result = try body(writer)
                try writer.finish()
                return result
            }
        } catch {
            throw StoreError.wrap(error)
        }
    }

    /// Runs a read on a consistent snapshot; reads never block the writer.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.wrap(error)
        }
    }

    /// Closes the database; the store must not be used afterwards.
    public func close() throws(StoreError) {
        do { try pool.close() } catch { throw StoreError.wrap(error) }
    }
}
