import GRDB

extension StationStore {
    /// The "v14 sync state" migration: what a station remembers between syncs.
    ///
    /// - `sync_meta`: the server's address, the station token (kept only here, never logged or shown), the
    ///   pull cursor (last server sequence applied), the last sync time and the scope digests last pulled.
    /// - outbox columns: the op's server sequence once the server took it, the server's answer (a JSON
    ///   outcome: code, field, Chinese message, current values) and how people resolved a rejected or
    ///   conflicting op (`resent` or `discarded`, with the op that replaced it; since v17 a discard names its
    ///   `discard` audit op there).
    /// - `sync_server_rows`: the server's view of every entity pulled so far (its fields after the ops in
    ///   server order), so a local row can be rebuilt as "server values + this station's unsettled ops".
    /// - `sync_audit`: who resolved which op, how and why, kept forever beside the outbox.
    static func registerSyncState(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v14 sync state") { db in
            for statement in syncStateSchema { try db.execute(sql: statement) }
        }
    }

    static let syncStateSchema: [String] = [
        """
        CREATE TABLE sync_meta (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            server_url TEXT,
            station_token TEXT,
            pull_cursor INTEGER NOT NULL DEFAULT 0 CHECK (pull_cursor >= 0),
            last_sync_at INTEGER,
            scope_digests TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(scope_digests)))
        """,
        "INSERT INTO sync_meta (id) VALUES (1)",
        "ALTER TABLE outbox ADD COLUMN server_seq INTEGER",
        "ALTER TABLE outbox ADD COLUMN outcome TEXT CHECK (outcome IS NULL OR json_valid(outcome))",
        "ALTER TABLE outbox ADD COLUMN resolution TEXT CHECK (resolution IS NULL OR resolution IN ('resent', 'discarded', 'accepted'))",
        "ALTER TABLE outbox ADD COLUMN resolved_by TEXT",
        """
        CREATE INDEX outbox_needs_attention ON outbox(local_seq)
        WHERE state IN ('rejected', 'conflict') AND resolution IS NULL
        """,
        "CREATE INDEX outbox_unsettled ON outbox(entity_type, entity_id, local_seq) WHERE state <> 'acked'",
        """
        CREATE TABLE sync_server_rows (
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            fields TEXT NOT NULL CHECK (json_valid(fields)),
            void_reason TEXT,
            server_seq INTEGER NOT NULL,
            PRIMARY KEY (entity_type, entity_id)) WITHOUT ROWID
        """,
        """
        CREATE TABLE sync_audit (
            id INTEGER PRIMARY KEY,
            op_id TEXT NOT NULL REFERENCES outbox(op_id),
            action TEXT NOT NULL CHECK (action IN ('resent', 'discarded', 'accepted')),
            reason TEXT NOT NULL,
            author TEXT,
            replacement_op_id TEXT,
            at_millis INTEGER NOT NULL)
        """,
    ]
}
