import CunzhanCore
import CunzhanSyncAPI
import Foundation

/// The embedded backend: one SQLite file in WAL mode, one connection, transactions one at a time.
public final class SQLiteStorage: ServerStorage, @unchecked Sendable {
    private let connection: SQLiteConnection
    private let lock = AsyncLock()

    /// Opens (creating) the database file at `path`; `:memory:` for a database that lives as long as this value.
    public init(path: String) throws(StorageError) {
        connection = try SQLiteConnection(path: path)
    }

    public func migrate() async throws {
        try await lock.withLock {
            try connection.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")
            let applied = Set(
                try connection.query("SELECT version FROM schema_migrations", []).compactMap { $0[0].integer })
            for (index, sql) in SQLiteStorage.migrations.enumerated() where !applied.contains(Int64(index + 1)) {
                try connection.execute("BEGIN IMMEDIATE")
                do {
                    try connection.execute(sql)
                    try connection.query(
                        "INSERT INTO schema_migrations (version) VALUES (?)", [.integer(Int64(index + 1))])
                    try connection.execute("COMMIT")
                } catch {
                    try? connection.execute("ROLLBACK")
                    throw error
                }
            }
        }
    }

    public func transaction<T: Sendable>(
        _ kind: TransactionKind, _ body: (any StorageTransaction) async throws -> T
    ) async throws -> T {
        try await lock.withLock {
            try connection.execute("BEGIN IMMEDIATE")
            do {
                let value = try await body(SQLTransaction(connection: connection))
                try connection.execute("COMMIT")
                return value
            } catch {
                try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }

    public func close() async {}
}
