import GRDB

extension StationStore {
    /// The "v17 outbox discard ops" migration: lets the outbox hold `discard` audit ops.
    ///
    /// The outbox's `kind` CHECK lists the op kinds of schema 1 literally, and SQLite cannot change a CHECK in
    /// place, so the table is rebuilt the way SQLite documents (new table, copy, drop, rename), keeping every
    /// column, row, index and trigger as they are. The new table's SQL is the old one's with `discard` added to
    /// the kind list, so the columns later migrations added (v14's sync state) come along whatever they are.
    /// GRDB runs a migration with foreign keys off and checks them before commit, so `sync_audit`'s
    /// reference to `outbox(op_id)` stays valid through the drop.
    static func registerOutboxDiscardOps(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v17 outbox discard ops") { db in
            try rebuildOutboxAllowingDiscard(db)
        }
    }

    static let outboxKindsBefore = "kind IN ('append', 'create', 'patch', 'transition', 'void')"
    static let outboxKindsAfter = "kind IN ('append', 'create', 'patch', 'transition', 'void', 'discard')"

    private static func rebuildOutboxAllowingDiscard(_ db: Database) throws {
        guard
            let tableSQL = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'outbox'"),
            tableSQL.contains(outboxKindsBefore)
        else {
            throw DatabaseError(message: "v17: the outbox table is not the one this migration knows")
        }
        // Indexes and triggers go with the dropped table; their SQL is kept to make them again afterwards.
        let dependents = try String.fetchAll(
            db,
            sql: """
                SELECT sql FROM sqlite_master
                WHERE tbl_name = 'outbox' AND type IN ('index', 'trigger') AND sql IS NOT NULL
                ORDER BY type, name
                """)
        let newTableSQL = tableSQL.replacingOccurrences(of: outboxKindsBefore, with: outboxKindsAfter)
            .replacingOccurrences(of: "CREATE TABLE outbox", with: "CREATE TABLE outbox_v17")
        try db.execute(sql: newTableSQL)
        let columns = try db.columns(in: "outbox").map { "\"\($0.name)\"" }.joined(separator: ", ")
        try db.execute(sql: "INSERT INTO outbox_v17 (\(columns)) SELECT \(columns) FROM outbox")
        try db.execute(sql: "DROP TABLE outbox")
        try db.execute(sql: "ALTER TABLE outbox_v17 RENAME TO outbox")
        for statement in dependents { try db.execute(sql: statement) }
    }
}
