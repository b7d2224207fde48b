import CunzhanServer
import Foundation
import Logging
import PostgresNIO
import Testing

/// The backends the server suite runs against: SQLite always, PostgreSQL when `CUNZHAN_TEST_POSTGRES_URL`
/// names a server (CI starts one), each test in a database of its own.
enum TestBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    static let postgresURL = ProcessInfo.processInfo.environment["CUNZHAN_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    static var available: [TestBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    static let logger: Logger = {
        var logger = Logger(label: "cunzhan-server-tests")
        logger.logLevel = .critical
        return logger
    }()

    /// Runs `body` with a new, empty, migrated database of this backend, removed afterwards.
    func withStorage<T>(_ body: (any ServerStorage) async throws -> T) async throws -> T {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cz-server-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let storage = try await ServerDatabase.open(
                "sqlite:" + folder.appendingPathComponent("server.sqlite").path, logger: TestBackend.logger)
            return try await run(body, on: storage)
        case .postgres:
            guard let base = TestBackend.postgresURL else { throw StorageError("CUNZHAN_TEST_POSTGRES_URL 未设置") }
            let name = "cz_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await TestBackend.administer(base, "CREATE DATABASE \(name)")
            var components = URLComponents(string: base)
            components?.path = "/" + name
            let storage = try await ServerDatabase.open(components?.string ?? base, logger: TestBackend.logger)
            let result: Result<T, any Error>
            do {
                result = .success(try await run(body, on: storage))
            } catch {
                result = .failure(error)
            }
            try await TestBackend.administer(base, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            return try result.get()
        }
    }

    private func run<T>(_ body: (any ServerStorage) async throws -> T, on storage: any ServerStorage) async throws -> T
    {
        do {
            let value = try await body(storage)
            await storage.close()
            return value
        } catch {
            await storage.close()
            throw error
        }
    }

    /// Runs one statement on the base database of `url` (CREATE/DROP DATABASE cannot run in a transaction).
    static func administer(_ url: String, _ sql: String) async throws {
        guard let components = URLComponents(string: url), let host = components.host, let user = components.user else {
            throw StorageError("CUNZHAN_TEST_POSTGRES_URL 无效")
        }
        let configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user, password: components.password,
            database: String(components.path.drop(while: { $0 == "/" })), tls: .disable)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            group.cancelAll()
        }
    }
}
