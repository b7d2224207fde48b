import CunzhanScreens
import CunzhanServer
import CunzhanSyncAPI
import CunzhanSyncClient
import Foundation
import GRDB
import Logging

/// Measures sync over HTTP on loopback (DESIGN.md §6: push 10,000 ops and pull 10,000 ops, each ≤ 2 s).
///
/// A real `cunzhan-server` (SQLite backend, in a temporary folder) runs in this process on a loopback port
/// with two enrolled stations per run: one writes 10,000 ops and pushes them in batches of 1,000, the other
/// pulls them in pages of 5,000 (`SyncThroughput`, the same code the sync client's tests run). Each run uses
/// a village of its own, so every run moves exactly its 10,000 ops.
///
/// The references are the raw SQLite work on the same rows in the same run: reading the pushing station's
/// 10,000 outbox rows (what a push must read at least), and inserting those rows again into a twin table
/// of the pulling station in one durable transaction (what applying a pull must write at least).
enum BenchSync {
    static let ops = 10_000

    /// One push row and one pull row, each over `repetitions` runs.
    static func measure(repetitions: Int, log: (String) -> Void) throws -> [BenchResult] {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("cunzhan-bench-sync-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        log("测量同步上传和下载（本机回环，\(BenchResult.grouped(ops)) 条 × \(repetitions) 次）……")
        let runs = try Blocking.run { try await runServerAndMeasure(repetitions: repetitions, directory: directory) }
        var samples = Samples()
        for run in runs {
            guard run.ops == ops, run.pulledOps == ops else {
                throw CommandFailure("同步测速只上传了 \(run.ops) 条、下载了 \(run.pulledOps) 条（应为各 \(ops) 条），测试结果无效。")
            }
            samples.push.append(run.pushSeconds * 1000)
            samples.pull.append(run.pullSeconds * 1000)
            let reference = try timeReferences(pushStore: run.pushStorePath, pullStore: run.pullStorePath)
            samples.read.append(BenchStatistics.milliseconds(reference.read))
            samples.insert.append(BenchStatistics.milliseconds(reference.insert))
        }
        let budget = BenchResult.Budget(.median, atMost: 2000)
        let count = BenchResult.grouped(ops)
        return [
            BenchResult(
                name: "同步上传 \(count) 条 push", households: nil, measured: BenchStatistics(samples: samples.push),
                budget: budget, reference: BenchStatistics(samples: samples.read)),
            BenchResult(
                name: "同步下载 \(count) 条 pull", households: nil, measured: BenchStatistics(samples: samples.pull),
                budget: budget, reference: BenchStatistics(samples: samples.insert)),
        ]
    }

    private struct Samples {
        var push: [Double] = []
        var pull: [Double] = []
        var read: [Double] = []
        var insert: [Double] = []
    }

    /// Starts the server on a free loopback port, runs the measurements, stops it.
    private static func runServerAndMeasure(repetitions: Int, directory: String) async throws
        -> [SyncThroughput.Result]
    {
        var logger = Logger(label: "cunzhan-bench-sync")
        logger.logLevel = .critical
        let storage = try await ServerDatabase.open("sqlite:" + directory + "/server.sqlite", logger: logger)
        let service = SyncService(storage: storage, logger: logger)
        let (ready, continuation) = AsyncStream<Int>.makeStream()
        let server = Task {
            try await SyncServer.run(service: service, host: "127.0.0.1", port: 0, logger: logger) { port in
                continuation.yield(port)
            }
        }
        defer { server.cancel() }
        var port = 0
        for await bound in ready {
            port = bound
            break
        }
        let admin = StationAdmin(storage: storage)
        var results: [SyncThroughput.Result] = []
        for run in 0..<repetitions {
            let code = "530124100" + String(format: "%03d", 200 + run)
            let scopes = [try SyncScope(code)]
            let measurement = SyncThroughput(
                serverURL: "http://127.0.0.1:\(port)",
                pushToken: try await admin.enroll(name: "测速上传站\(run + 1)", scopes: scopes),
                pullToken: try await admin.enroll(name: "测速下载站\(run + 1)", scopes: scopes), villageCode: code,
                ops: ops, directory: directory)
            results.append(try await measurement.run())
        }
        server.cancel()
        _ = try? await server.value
        await storage.close()
        return results
    }

    /// The raw reads and writes of the same 10,000 op rows: every outbox row of the pushing station read
    /// in local order, then inserted into a twin table on the pulling station in one durable transaction.
    private static func timeReferences(pushStore: String, pullStore: String) throws -> (
        read: Duration, insert: Duration
    ) {
        let clock = ContinuousClock()
        let source = try DatabaseQueue(path: pushStore)
        defer { try? source.close() }
        let readStart = clock.now
        let rows = try source.read { db in try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY local_seq") }
        let read = clock.now - readStart
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        let target = try DatabaseQueue(path: pullStore, configuration: configuration)
        defer { try? target.close() }
        guard let columns = rows.first.map({ Array($0.columnNames) }) else {
            throw CommandFailure("上传站的变更队列是空的，测试结果无效。")
        }
        try target.write { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS bench_ops AS SELECT * FROM outbox WHERE 0")
        }
        let sql =
            "INSERT INTO bench_ops (\(columns.joined(separator: ", "))) VALUES ("
            + columns.map { _ in "?" }.joined(separator: ", ") + ")"
        let insertStart = clock.now
        try target.write { db in
            let statement = try db.makeStatement(sql: sql)
            for row in rows {
                try statement.execute(arguments: StatementArguments(columns.map { row[$0] as DatabaseValue }))
            }
        }
        return (read, clock.now - insertStart)
    }
}
