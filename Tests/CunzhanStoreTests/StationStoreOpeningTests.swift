import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

@Suite struct StationStoreOpeningTests {
    @Test func migratingAnEmptyFileCreatesEveryTableAndAStationID() throws {
        let path = temporaryPath()
        FileManager.default.createFile(atPath: path, contents: Data())
        let store = try StationStore(path: path)
        let tables = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        for table in [
            "villages", "villager_groups", "grids", "households", "members", "visits", "inspections",
            "rectification_items", "progress_entries", "supervision_records", "monthly_themes", "users", "outbox",
            "station_meta",
        ] {
            #expect(tables.contains(table), "missing \(table)")
        }
        #expect(UUID(uuidString: store.stationID) != nil)
        let mode = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        try store.close()
        #expect(try StationStore(path: path).stationID == store.stationID)
    }

    /// A save is durable once it returns: the writer syncs the WAL at every commit (synchronous = FULL, 2),
    /// not NORMAL as GRDB sets by default, and keeps doing so after bulk generation.
    @Test func theWriterSyncsEveryCommit() throws {
        let store = try makeStore()
        func writerSync() throws -> Int? {
            try store.pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        }
        #expect(try writerSync() == 2)
        let duringBulk = try store.withBulkWritePragmas { try writerSync() }
        #expect(duringBulk == 0)
        #expect(try writerSync() == 2)
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAsNotAStore() throws {
        let path = temporaryPath()
        FileManager.default.createFile(atPath: path, contents: Data("这不是数据库，只是一个文本文件。".utf8))
        #expect(throws: StoreError.self) { try StationStore(path: path) }
        do {
            _ = try StationStore(path: path)
        } catch {
            #expect(error.code == .notAStore)
            #expect(error.message.contains("不是村站数据库"))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "这不是数据库，只是一个文本文件。")
    }

    @Test func anotherAppsSQLiteFileIsRefusedAndLeftUntouched() throws {
        let path = temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT)") }
        try queue.close()
        do {
            _ = try StationStore(path: path)
            Issue.record("opened a foreign database")
        } catch {
            #expect(error.code == .notAStore)
        }
    }

    @Test func aStoreFromANewerSchemaIsRefusedWithTheVersion() throws {
        let path = temporaryPath()
        try StationStore(path: path).close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE station_meta SET schema_version = 99")
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 future')")
        }
        try queue.close()
        do {
            _ = try StationStore(path: path)
            Issue.record("opened a newer store")
        } catch {
            #expect(error.code == .newerSchema)
            #expect(error.message.contains("更新版本"))
        }
    }

}
