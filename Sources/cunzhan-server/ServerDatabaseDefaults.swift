import CunzhanServer
import Foundation
import Logging

/// Shared wiring of the subcommands: the default database and opening it with a logger.
enum ServerDatabaseDefaults {
    static var location: String { ServerDatabase.defaultLocation }

    /// A logger on standard error at `level` (info by default, `CUNZHAN_SERVER_LOG=debug` for more).
    static func logger(_ label: String) -> Logger {
        var logger = Logger(label: label)
        let level = ProcessInfo.processInfo.environment["CUNZHAN_SERVER_LOG"].flatMap(Logger.Level.init(rawValue:))
        logger.logLevel = level ?? .info
        return logger
    }

    /// Opens the database, runs `body` and closes it, also when `body` throws.
    static func with<T>(_ options: DatabaseOptions, _ body: (any ServerStorage) async throws -> T) async throws -> T {
        let storage = try await ServerDatabase.open(options.resolved, logger: logger("cunzhan-server.db"))
        do {
            let value = try await body(storage)
            await storage.close()
            return value
        } catch {
            await storage.close()
            throw error
        }
    }
}
