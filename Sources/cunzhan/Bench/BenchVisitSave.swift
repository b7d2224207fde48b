import CunzhanCore
import CunzhanScreens
import CunzhanStore
import Foundation
import GRDB

/// Measures saving a visit with its outbox rows, durably: one `StationWriter` action, committed with
/// `synchronous = FULL` in WAL mode, so the save survives a power cut once it returns.
///
/// The visits go to the benchmark's own household, so the rest of the data set never changes. The
/// reference is the raw SQLite work underneath: the same visit row and op row inserted in one durable
/// transaction into twin tables of `visits` and `outbox` (same columns, no triggers or indexes).
enum BenchVisitSave {
    static let name = "保存走访（落盘）save visit, durable"

    static func measure(path: String, households: Int, prepared: BenchHouseholds, repetitions: Int) throws
        -> BenchResult
    {
        let store = try StationStore(path: path)
        defer { try? store.close() }
        let reference = try ReferenceWriter(path: path)
        defer { reference.close() }
        var durations: [Duration] = []
        var references: [Duration] = []
        let clock = ContinuousClock()
        for _ in 0..<repetitions {
            let visit = Visit(
                householdID: prepared.saves.id, date: DemoGenerator.fixedEndDate, visitorID: prepared.worker.id,
                notes: "性能测试保存的走访记录。")
            let start = clock.now
            try store.write(author: prepared.worker.id) { writer in try writer.recordVisit(visit) }
            durations.append(clock.now - start)
            references.append(try reference.timeCopy(ofVisit: visit.id.description))
        }
        return BenchResult(
            name: name, households: households, measured: BenchStatistics(durations: durations),
            budget: .init(.median, atMost: 10), reference: BenchStatistics(durations: references))
    }

    /// A second connection that repeats a saved visit's inserts into twin tables, durably.
    private final class ReferenceWriter {
        let queue: DatabaseQueue

        init(path: String) throws {
            var configuration = Configuration()
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS bench_visits AS SELECT * FROM visits WHERE 0")
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS bench_outbox AS SELECT * FROM outbox WHERE 0")
            }
        }

        /// The time of one durable transaction inserting the visit's row and its op's row again.
        func timeCopy(ofVisit id: String) throws -> Duration {
            let visit = try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM visits WHERE id = ?", arguments: [id])
            }
            let op = try queue.read { db in
                try Row.fetchOne(
                    db, sql: "SELECT * FROM outbox WHERE entity_id = ? ORDER BY local_seq DESC", arguments: [id])
            }
            guard let visit, let op else { throw CommandFailure("刚保存的走访记录读不到，测试结果无效。") }
            let clock = ContinuousClock()
            let start = clock.now
            try queue.write { db in
                try insert(visit, into: "bench_visits", db)
                try insert(op, into: "bench_outbox", db)
            }
            return clock.now - start
        }

        private func insert(_ row: Row, into table: String, _ db: Database) throws {
            let columns = Array(row.columnNames)
            let placeholders = columns.map { _ in "?" }.joined(separator: ", ")
            try db.execute(
                sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))",
                arguments: StatementArguments(columns.map { row[$0] as DatabaseValue }))
        }

        func close() { try? queue.close() }
    }
}
