import CunzhanCore
import GRDB

extension StationStore {
    /// The "v16 item transition log" migration: every transition of a rectification item the station knows.
    ///
    /// The outbox holds only this station's own ops and `applied_ops` keeps no payload, so before v16 an
    /// item's history could not show what another station did. `item_transitions` keeps one row per
    /// transition op, its own (written with the outbox row) and pulled ones (written when applied), keyed by
    /// op id so an own op coming back in a pull is not counted twice. Ordered by hybrid logical clock.
    ///
    /// A store migrated from schema 14 or 15 is backfilled from what it has: its own transitions from the
    /// outbox, in full; transitions pulled before the upgrade from `applied_ops`, which kept the op id, the
    /// item and the clock but not the author nor the payload, so those rows have NULL author and payload
    /// and the history says the details were not kept. Registered last, after a v15 if one is present.
    static func registerItemTransitionLog(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v16 item transition log") { db in
            for statement in transitionLogSchema { try db.execute(sql: statement) }
        }
    }

    static let transitionLogSchema: [String] = [
        """
        CREATE TABLE item_transitions (
            op_id TEXT PRIMARY KEY NOT NULL,
            item_id TEXT NOT NULL,
            author TEXT,
            payload TEXT CHECK (payload IS NULL OR json_valid(payload)),
            hlc TEXT NOT NULL)
        """,
        "CREATE INDEX item_transitions_by_item ON item_transitions(item_id, hlc)",
        """
        INSERT OR IGNORE INTO item_transitions (op_id, item_id, author, payload, hlc)
        SELECT op_id, entity_id, author, payload, hlc FROM outbox
        WHERE entity_type = 'rectificationItem' AND kind = 'transition'
        """,
        """
        INSERT OR IGNORE INTO item_transitions (op_id, item_id, author, payload, hlc)
        SELECT op_id, entity_id, NULL, NULL, hlc FROM applied_ops
        WHERE entity_type = 'rectificationItem' AND kind = 'transition'
        """,
    ]
}

extension StationWriter {
    /// Keeps `op` in the item transition log when it is a transition of a rectification item; an op already
    /// there (this station's own op coming back) is left as it is.
    func logTransition(
        opID: String, type: EntityType, id: String, kind: OpKind, author: String?, payload: String, hlc: String
    )
        throws
    {
        guard type == .rectificationItem, kind == .transition else { return }
        try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO item_transitions (op_id, item_id, author, payload, hlc) VALUES (?, ?, ?, ?, ?)"
        ).execute(arguments: [opID, id, author, payload, hlc])
    }

    /// The same for an op from another station or the server.
    func logTransition(_ op: Op) throws {
        try logTransition(
            opID: op.opID, type: op.entityType, id: op.entityID, kind: op.kind, author: op.author, payload: op.payload,
            hlc: op.hlc)
    }
}
