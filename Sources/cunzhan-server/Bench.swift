import ArgumentParser
import CunzhanServer
import Foundation
import Logging

/// `cunzhan-server bench`: the server's apply rate with many stations pushing at once (DESIGN.md §6).
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "测量服务器吞吐：多个站点同时上传时每秒应用的操作数（默认 50 个站点，临时 SQLite 库）。")

    @Option(
        name: .customLong("db"),
        help: "测试用数据库（默认临时 SQLite 文件；postgres://… 请用专门的空库）") var location: String?
    @Option(help: "并发站点数") var stations = 50
    @Option(help: "每个站点的操作数") var ops = 1000
    @Option(help: "每批操作数") var batch = 200

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cunzhan-server-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = try DatabaseOptions.parse([
            "--db", location ?? "sqlite:" + folder.appendingPathComponent("bench.sqlite").path,
        ])
        let benchmark = SyncBenchmark(stations: stations, opsPerStation: ops, batchSize: batch)
        var logger = ServerDatabaseDefaults.logger("cunzhan-server.bench")
        logger.logLevel = .warning
        let result = try await ServerDatabaseDefaults.with(options) { [logger] storage in
            try await benchmark.run(storage: storage, logger: logger)
        }
        print(result)
    }
}
