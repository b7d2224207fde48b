extension SQLiteStorage {
    /// The server schema on SQLite, one entry per version; never edit a shipped entry, add one.
    static let migrations: [String] = [
        """
        CREATE TABLE stations (
            name TEXT PRIMARY KEY NOT NULL CHECK (length(name) > 0),
            station_id TEXT UNIQUE,
            token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
            scopes TEXT NOT NULL CHECK (length(scopes) > 0),
            revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
            enrolled_at TEXT NOT NULL
        );
        CREATE TABLE ops (
            server_seq INTEGER PRIMARY KEY AUTOINCREMENT,
            op_id TEXT NOT NULL UNIQUE,
            station_id TEXT NOT NULL,
            local_seq INTEGER NOT NULL,
            tx_group TEXT NOT NULL,
            author TEXT,
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            village_code TEXT,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            base TEXT,
            hlc TEXT NOT NULL,
            app_version TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'conflict')),
            received_at TEXT NOT NULL
        );
        CREATE INDEX ops_by_entity ON ops (entity_type, entity_id);
        CREATE TABLE rejected_ops (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            op_id TEXT NOT NULL,
            station_id TEXT NOT NULL,
            op TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE INDEX rejected_ops_by_op ON rejected_ops (op_id);
        CREATE TABLE entities (
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            village_code TEXT,
            fields TEXT NOT NULL,
            voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
            PRIMARY KEY (entity_type, entity_id)
        ) WITHOUT ROWID;
        CREATE TABLE village_digests (
            village_code TEXT PRIMARY KEY NOT NULL,
            op_count INTEGER NOT NULL,
            checksum TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
        // v2: records a station may not change until it fixes or discards a rejected op (EntityBlock); the
        // ops-by-record index goes: no query uses it, and its random keys were a third of each push's page writes.
        """
        DROP INDEX ops_by_entity;
        CREATE TABLE blocked_entities (
            station_id TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            op_id TEXT NOT NULL,
            local_seq INTEGER NOT NULL,
            tx_group TEXT NOT NULL,
            PRIMARY KEY (station_id, entity_type, entity_id)
        ) WITHOUT ROWID;
        """,
    ]
}
