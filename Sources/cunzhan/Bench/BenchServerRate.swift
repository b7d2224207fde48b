import CunzhanScreens
import CunzhanServer
import CunzhanSyncClient
import Foundation
import Logging

/// The server-rate rows of `cunzhan bench`: 50 stations pushing at once to an in-process server (DESIGN.md
/// §6: ≥ 5,000 ops/s applied on SQLite), and the same on PostgreSQL when a database is given.
///
/// Each run is `SyncBenchmark` (what `cunzhan-server bench` runs) on a new SQLite file: 50 stations × 200 ops
/// in batches of 200, three runs. The reference, measured in the same run, is the raw insert of the same
/// number of op rows into the server's `ops` table in one transaction. Rates are "higher is better", so the
/// p99 column holds the slowest run's rate and the budget is a floor.
struct BenchServerRate {
    /// A row of the table with cells of its own (BenchResult's figures are times, these are rates).
    struct Row {
        var cells: [String]
        var meetsBudget: Bool?
    }

    static let budget = 5_000.0
    static let stations = 50
    static let opsPerStation = 200
    static let runs = 3
    /// Where a PostgreSQL database for the row can be given instead of `--postgres`.
    static let postgresVariable = "CUNZHAN_BENCH_POSTGRES_URL"

    /// Measures the SQLite row, then the PostgreSQL row (or says how to get one).
    static func measure(postgres: String?, log: (String) -> Void) throws -> [Row] {
        let benchmark = SyncBenchmark(stations: stations, opsPerStation: opsPerStation, batchSize: opsPerStation)
        log("测量服务器 \(stations) 站并发上传（SQLite）……")
        var rates: [Double] = []
        var references: [Double] = []
        for _ in 0..<runs {
            rates.append(try onSQLite { storage in try await benchmark.run(storage: storage, logger: logger) })
            references.append(
                try inFolder { folder in
                    try Blocking.run { try await benchmark.referenceInsert(path: folder + "/reference.sqlite") }
                        .opsPerSecond
                })
        }
        var rows = [row("服务器 50 站并发（SQLite）", rates, reference: references, budgeted: true)]
        guard let url = postgres ?? ProcessInfo.processInfo.environment[postgresVariable], !url.isEmpty else {
            rows.append(
                Row(
                    cells: [
                        "服务器 50 站并发（PostgreSQL）", "—", "0", "未配置 PostgreSQL", "—", "—",
                        "用 --postgres URL 或 \(postgresVariable) 指定空库", "—",
                    ], meetsBudget: nil))
            return rows
        }
        log("测量服务器 \(stations) 站并发上传（PostgreSQL）……")
        var postgresRates: [Double] = []
        for _ in 0..<runs {
            postgresRates.append(
                try Blocking.run {
                    let storage = try await ServerDatabase.open(url, logger: logger)
                    do {
                        let result = try await benchmark.run(storage: storage, logger: logger)
                        await storage.close()
                        return result.opsPerSecond
                    } catch {
                        await storage.close()
                        throw error
                    }
                })
        }
        rows.append(row("服务器 50 站并发（PostgreSQL）", postgresRates, reference: nil, budgeted: false))
        return rows
    }

    private static var logger: Logger {
        var logger = Logger(label: "cunzhan.bench.server")
        logger.logLevel = .error
        return logger
    }

    /// The ops/s of one benchmark run on a new SQLite server database.
    private static func onSQLite(_ body: @escaping @Sendable (any ServerStorage) async throws -> SyncBenchmark.Result)
        throws -> Double
    {
        try inFolder { folder in
            try Blocking.run {
                let storage = try await ServerDatabase.open("sqlite:" + folder + "/server.sqlite", logger: logger)
                let result = try await body(storage)
                await storage.close()
                return result.opsPerSecond
            }
        }
    }

    private static func inFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cunzhan-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder.path)
    }

    /// A row of rates; the budget (a floor) is DESIGN.md's for SQLite, PostgreSQL's figure is reported beside it.
    private static func row(_ name: String, _ rates: [Double], reference: [Double]?, budgeted: Bool) -> Row {
        let median = BenchStatistics(samples: rates).median
        let slowest = rates.min() ?? 0
        let referenceText = reference.map { "原始插入 \(format(BenchStatistics(samples: $0).median))" } ?? "—"
        let ok = budgeted ? median >= budget : nil
        let verdict: String =
            switch ok {
            case .some(true): "达标 ok"
            case .some(false): "超出 OVER"
            case .none: "—"
            }
        return Row(
            cells: [
                name, "—", String(rates.count), format(median), format(slowest),
                budgeted ? "≥ \(format(budget))" : "（SQLite 预算）", referenceText, verdict,
            ], meetsBudget: ok)
    }

    /// "5,432 ops/s".
    static func format(_ rate: Double) -> String {
        "\(BenchResult.grouped(Int(rate.rounded()))) ops/s"
    }
}
