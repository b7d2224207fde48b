import GRDB

extension StationStore {
    /// The "v3 outbox counts" migration: how many ops are in each state, kept by triggers.
    ///
    /// The top bar shows 待上传 n on every start; counting the pending ops of a county store (two million
    /// rows) took 60–170 ms, most of the start-up budget. Triggers keep one row per state up to date inside
    /// the very transaction that inserts or moves an op, so the count can never drift from the outbox and
    /// reading it costs one row. SQLite owns the invariant, not Swift code that could forget it.
    static let outboxCountsSchemaV3: [String] = [
        """
        CREATE TABLE outbox_counts (
            state TEXT PRIMARY KEY NOT NULL,
            op_count INTEGER NOT NULL CHECK (op_count >= 0))
        """,
        """
        INSERT INTO outbox_counts (state, op_count)
        SELECT s.state, (SELECT count(*) FROM outbox o WHERE o.state = s.state)
        FROM (SELECT 'pending' AS state UNION ALL SELECT 'sent' UNION ALL SELECT 'acked'
              UNION ALL SELECT 'rejected' UNION ALL SELECT 'conflict') s
        """,
        """
        CREATE TRIGGER outbox_counts_after_insert AFTER INSERT ON outbox BEGIN
            UPDATE outbox_counts SET op_count = op_count + 1 WHERE state = NEW.state;
        END
        """,
        """
        CREATE TRIGGER outbox_counts_after_state_change AFTER UPDATE OF state ON outbox
        WHEN OLD.state <> NEW.state BEGIN
            UPDATE outbox_counts SET op_count = op_count - 1 WHERE state = OLD.state;
            UPDATE outbox_counts SET op_count = op_count + 1 WHERE state = NEW.state;
        END
        """,
        """
        CREATE TRIGGER outbox_counts_after_delete AFTER DELETE ON outbox BEGIN
            UPDATE outbox_counts SET op_count = op_count - 1 WHERE state = OLD.state;
        END
        """,
    ]

    /// Creates the counts table, fills it from the outbox as it is, and installs the triggers.
    static func migrateOutboxCounts(_ db: Database) throws {
        for statement in outboxCountsSchemaV3 { try db.execute(sql: statement) }
    }
}
