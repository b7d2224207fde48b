import Foundation
import Logging

/// Where the server keeps its data, as given by `--db`: `sqlite:PATH` (the default) or `postgres://…`.
public enum ServerDatabase {
    /// The `--db` value used when none is given: `$CUNZHAN_SERVER_DB`, else `sqlite:cunzhan-server.sqlite`.
    public static var defaultLocation: String {
        ProcessInfo.processInfo.environment["CUNZHAN_SERVER_DB"] ?? "sqlite:cunzhan-server.sqlite"
    }

    /// Opens the database at `location` and brings its schema up to date.
    public static func open(_ location: String, logger: Logger) async throws -> any ServerStorage {
        let storage: any ServerStorage
        if location.hasPrefix("sqlite:") {
            let path = String(location.dropFirst("sqlite:".count))
            guard !path.isEmpty else {
                throw StorageError("数据库地址无效：sqlite: 后面要写文件路径，例如 sqlite:/var/lib/cunzhan/server.sqlite")
            }
            storage = try SQLiteStorage(path: path)
        } else if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            storage = try PostgresStorage(url: location, logger: logger)
        } else {
            throw StorageError("数据库地址无效：应为 sqlite:路径 或 postgres://用户@主机:端口/数据库，现在是“\(location)”")
        }
        do {
            try await storage.migrate()
        } catch {
            await storage.close()
            throw error
        }
        return storage
    }
}
