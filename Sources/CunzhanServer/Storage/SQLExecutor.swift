/// Runs one SQL statement with `?` placeholders and returns its rows: what a backend lends a transaction.
protocol SQLExecutor {
    func query(_ sql: String, _ arguments: [SQLValue]) async throws -> [[SQLValue]]
}

extension SQLiteConnection: SQLExecutor {}
