import CSQLite3

/// One SQLite connection with a cache of prepared statements: the small C layer of the SQLite backend.
///
/// Not thread-safe by itself: `SQLiteStorage` uses it only while holding its `AsyncLock`, one caller at
/// a time, which is also what makes each push one serial transaction.
final class SQLiteConnection: @unchecked Sendable {
    private var handle: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    /// Opens (creating) the database at `path` in WAL mode with foreign keys on.
    ///
    /// `synchronous = FULL`: each commit waits until its WAL frames are on disk. The server answers a push
    /// only after its commit, and a station never sends an acknowledged op again, so an op lost after its
    /// answer (what `NORMAL` allows on a power cut) could never be recovered. One commit per push batch keeps
    /// the cost at one sync per batch, not per op.
    init(path: String) throws(StorageError) {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "无法打开"
            sqlite3_close(handle)
            throw StorageError("无法打开服务器数据库 \(path)：\(message)")
        }
        sqlite3_busy_timeout(handle, 10_000)
        try execute("PRAGMA journal_mode = WAL")
        try execute("PRAGMA synchronous = FULL")
        // Checkpoints copy the WAL into the database file and sync both; one per ~32 MB of WAL instead of the
        // default 4 MB keeps most push commits down to their own WAL sync.
        try execute("PRAGMA wal_autocheckpoint = 8000")
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close(handle)
    }

    /// Runs one or more statements without arguments (schema, BEGIN, COMMIT).
    func execute(_ sql: String) throws(StorageError) {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? "未知错误"
            sqlite3_free(error)
            throw StorageError("服务器数据库出错：\(message)")
        }
    }

    /// Runs `sql` with `arguments` and returns every row, each as its column values.
    @discardableResult
    func query(_ sql: String, _ arguments: [SQLValue]) throws(StorageError) -> [[SQLValue]] {
        let statement = try prepared(sql)
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (index, argument) in arguments.enumerated() { bind(argument, to: statement, at: Int32(index + 1)) }
        var rows: [[SQLValue]] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else { throw lastError() }
            let count = sqlite3_column_count(statement)
            rows.append((0..<count).map { column(statement, $0) })
        }
        return rows
    }

    private func prepared(_ sql: String) throws(StorageError) -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw lastError()
        }
        statements[sql] = statement
        return statement
    }

    private func bind(_ value: SQLValue, to statement: OpaquePointer, at index: Int32) {
        switch value {
        case .null: sqlite3_bind_null(statement, index)
        case .integer(let number): sqlite3_bind_int64(statement, index, number)
        case .text(let text): sqlite3_bind_text(statement, index, text, -1, SQLiteConnection.transient)
        }
    }

    private func column(_ statement: OpaquePointer, _ index: Int32) -> SQLValue {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, index))
        default:
            guard let text = sqlite3_column_text(statement, index) else { return .null }
            return .text(String(cString: text))
        }
    }

    private func lastError() -> StorageError {
        StorageError("服务器数据库出错：\(String(cString: sqlite3_errmsg(handle)))")
    }

    /// SQLite's SQLITE_TRANSIENT: copy bound text at once (the macro is not visible to Swift).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// A value bound to or read from a SQL statement: the three kinds the server's schema uses.
enum SQLValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case text(String)

    var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }
}

extension Optional where Wrapped == String {
    var sqlValue: SQLValue { map(SQLValue.text) ?? .null }
}
