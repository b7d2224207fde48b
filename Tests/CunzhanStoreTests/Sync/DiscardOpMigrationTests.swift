import GRDB
import Testing

@testable import CunzhanStore

/// v17 rebuilds the outbox so it can hold `discard` audit ops; everything else about the table must survive.
@Suite struct DiscardOpMigrationTests {
    static func insertOp(_ db: Database, seq: Int, kind: String, state: String = "pending") throws {
        try db.execute(
            sql: """
                INSERT INTO outbox (local_seq, op_id, station_id, tx_group, author, entity_type, entity_id, kind,
                    payload, hlc, app_version, schema_version, state)
                VALUES (?, ?, 'here', 'g', 'u1', 'household', 'h1', ?, '{}', ?, 'test', 16, ?)
                """,
            arguments: [seq, "op-\(seq)", kind, String(format: "%015d-000000-here", 1_772_409_600_000 + seq), state])
    }

    static func schemaObjects(_ db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: "SELECT type || ' ' || name FROM sqlite_master WHERE tbl_name = 'outbox' ORDER BY type, name")
    }

    @Test func aSchema16OutboxKeepsItsRowsIndexesTriggersAndCountsAndTakesDiscardOps() throws {
        let queue = try DatabaseQueue(path: temporaryPath())
        try StationStore.migrator.migrate(queue, upTo: "v16 item transition log")
        try queue.write { db in
            try Self.insertOp(db, seq: 1, kind: "create", state: "acked")
            try Self.insertOp(db, seq: 2, kind: "patch", state: "rejected")
            try db.execute(
                sql: """
                    INSERT INTO sync_audit (op_id, action, reason, author, at_millis)
                    VALUES ('op-2', 'discarded', '填错了', 'u1', 1)
                    """)
            #expect(throws: DatabaseError.self) { try Self.insertOp(db, seq: 3, kind: "discard") }
        }
        let before = try queue.read(Self.schemaObjects)
        let rowsBefore = try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY local_seq") }

        try StationStore.migrator.migrate(queue)

        try queue.write { db in
            #expect(try Self.schemaObjects(db) == before)
            #expect(try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY local_seq") == rowsBefore)
            try Self.insertOp(db, seq: 3, kind: "discard")
            #expect(throws: DatabaseError.self) { try Self.insertOp(db, seq: 4, kind: "erase") }
            // The pending-upload count is still kept by the outbox's triggers.
            let pending = try Int.fetchOne(db, sql: "SELECT op_count FROM outbox_counts WHERE state = 'pending'")
            #expect(pending == 1)
            #expect(try db.foreignKeyViolations().map { $0 }.isEmpty)
        }
    }
}
