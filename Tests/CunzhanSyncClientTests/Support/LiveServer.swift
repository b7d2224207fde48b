import CunzhanServer
import CunzhanSyncAPI
import Foundation
import Logging

/// The real sync server (CunzhanServer, SQLite backend) on a loopback port, in this process: it can be
/// stopped and started again on the same database file, as a server that is killed and restarted.
final class LiveServer: @unchecked Sendable {
    static let logger: Logger = {
        var logger = Logger(label: "cunzhan-sync-client-tests")
        logger.logLevel = .critical
        return logger
    }()

    let databasePath: String
    private let lock = NSLock()
    private var storage: (any ServerStorage)?
    private var task: Task<Void, any Error>?
    private var boundPort = 0
    private(set) var restarts = 0

    init() {
        databasePath =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("cunzhan-live-server-\(UUID().uuidString).sqlite").path
    }

    /// The address stations use now (the port changes when the server restarts).
    var baseURL: String { lock.withLock { "http://127.0.0.1:\(boundPort)" } }

    var isRunning: Bool { lock.withLock { task != nil } }

    /// Opens the database and serves it; returns once the server accepts connections.
    func start() async throws {
        let storage = try await ServerDatabase.open("sqlite:" + databasePath, logger: Self.logger)
        let service = SyncService(storage: storage, logger: Self.logger)
        let (ready, continuation) = AsyncStream<Int>.makeStream()
        let task = Task {
            try await SyncServer.run(service: service, host: "127.0.0.1", port: 0, logger: Self.logger) { port in
                continuation.yield(port)
            }
        }
        var port = 0
        for await bound in ready {
            port = bound
            break
        }
        lock.withLock {
            self.storage = storage
            self.task = task
            self.boundPort = port
        }
    }

    /// Stops serving and closes the database, as a killed server.
    func stop() async {
        let (task, storage) = lock.withLock { () -> ((Task<Void, any Error>)?, (any ServerStorage)?) in
            defer {
                self.task = nil
                self.storage = nil
            }
            return (self.task, self.storage)
        }
        task?.cancel()
        _ = try? await task?.value
        await storage?.close()
    }

    func restart() async throws {
        await stop()
        try await start()
        lock.withLock { restarts += 1 }
    }

    /// Enrols a station for `scopes` and returns its token.
    func enroll(_ name: String, scopes: [String]) async throws -> String {
        guard let storage = lock.withLock({ storage }) else { throw SyncError(.serverError, "服务器没有运行") }
        return try await StationAdmin(storage: storage).enroll(
            name: name, scopes: try scopes.map { code throws(SyncError) in try SyncScope(code) })
    }
}
