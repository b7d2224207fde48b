import CunzhanSyncAPI
import Foundation
import Logging
import PostgresNIO

/// The PostgreSQL backend, for a county or province with hundreds of stations (PostgresNIO's pooled client).
///
/// Write transactions take one advisory lock (`pg_advisory_xact_lock`), so they commit in server sequence
/// order and a pull cursor never passes an op still being committed; read transactions run at REPEATABLE
/// READ, so a pull page and its digests come from one snapshot.
public final class PostgresStorage: ServerStorage, @unchecked Sendable {
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    /// The key of the advisory lock that serialises write transactions.
    static let writeLockKey: Int64 = 0x4355_4E5A_4841_4E31

    /// Connects to `location` (a `postgres://user[:password]@host[:port]/database` URL).
    public init(url: String, logger: Logger) throws(StorageError) {
        let configuration = try PostgresStorage.configuration(url)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
        self.logger = logger
    }

    public func migrate() async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT pg_advisory_xact_lock(\(PostgresStorage.writeLockKey))"),
                logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY)", logger: logger)
            var applied: Set<Int64> = []
            for try await version in try await connection.query("SELECT version FROM schema_migrations", logger: logger)
                .decode(Int64.self)
            {
                applied.insert(version)
            }
            for (index, statements) in PostgresStorage.migrations.enumerated() where !applied.contains(Int64(index + 1))
            {
                for statement in statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (version) VALUES (\(Int64(index + 1)))", logger: logger)
            }
        }
    }

    public func transaction<T: Sendable>(
        _ kind: TransactionKind, _ body: (any StorageTransaction) async throws -> T
    ) async throws -> T {
        let logger = logger
        do {
            return try await client.withTransaction(logger: logger) { connection in
                switch kind {
                case .write:
                    try await connection.query(
                        PostgresQuery(unsafeSQL: "SELECT pg_advisory_xact_lock(\(PostgresStorage.writeLockKey))"),
                        logger: logger)
                case .read:
                    try await connection.query(
                        "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
                }
                return try await body(
                    SQLTransaction(connection: PostgresExecutor(connection: connection, logger: logger)))
            }
        } catch let error as PostgresTransactionError {
            // The body's own refusal (a SyncError, a Rejection) once the transaction was rolled back cleanly.
            if error.beginError == nil, error.rollbackError == nil, let closureError = error.closureError {
                throw closureError
            }
            throw error
        }
    }

    public func close() async {
        runner.cancel()
        _ = await runner.value
    }
}

/// Runs the shared statements on one PostgreSQL connection: `?` placeholders become `$1, $2, …`.
struct PostgresExecutor: SQLExecutor {
    let connection: PostgresConnection
    let logger: Logger

    func query(_ sql: String, _ arguments: [SQLValue]) async throws -> [[SQLValue]] {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .null: bindings.appendNull()
            case .integer(let value): bindings.append(value)
            case .text(let value): bindings.append(value)
            }
        }
        let rows = try await connection.query(
            PostgresQuery(unsafeSQL: PostgresExecutor.numbered(sql), binds: bindings), logger: logger)
        var result: [[SQLValue]] = []
        for try await row in rows {
            result.append(try row.map(PostgresExecutor.value))
        }
        return result
    }

    /// `sql` with each `?` replaced by `$n` in order (the statements have no `?` inside literals).
    static func numbered(_ sql: String) -> String {
        var output = ""
        var number = 0
        for character in sql {
            if character == "?" {
                number += 1
                output += "$\(number)"
            } else {
                output.append(character)
            }
        }
        return output
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        default: return .text(try cell.decode(String.self))
        }
    }
}
