import CunzhanCore
import GRDB

/// One op as the server ordered it: what a pull page or a return bundle carries.
public struct PulledOp: Sendable, Equatable {
    public var serverSeq: Int64
    /// The 12-digit code of the village the op's record belongs to; nil for reference data.
    public var villageCode: String?
    public var op: Op

    public init(serverSeq: Int64, villageCode: String? = nil, op: Op) {
        self.serverSeq = serverSeq
        self.villageCode = villageCode
        self.op = op
    }
}

/// What applying a page of pulled ops did.
public struct PullApplyReport: Sendable, Equatable {
    /// Ops of other stations applied now.
    public var applied = 0
    /// This station's own ops coming back: acknowledgements, not re-applied.
    public var acknowledged = 0
    /// Ops applied before (a page pulled twice, a full resync, a bundle imported twice).
    public var skipped = 0

    public init() {}
}

extension StationStore {
    /// Applies a page of pulled ops in server order and moves the pull cursor to `cursor`, in one transaction.
    ///
    /// Conflict policy (DESIGN.md §4): append-only records are inserted if absent; each entity's row becomes
    /// the server's values with this station's unsettled ops (pending, sent, rejected and not yet resolved,
    /// or accepted later than this page) replayed on top, so a local patch of a field the server changed
    /// earlier keeps the local value — the server will order it later and flag the conflict — and a
    /// transition the server will refuse is not replayed. This station's own ops coming back are
    /// acknowledgements; ops seen before are skipped, so a page applied twice changes nothing.
    ///
    /// `scopeDigests`, when given, replaces the stored digests in the same transaction, so the digests always
    /// describe exactly the ops applied up to the cursor.
    @discardableResult
    public func applyPulled(_ ops: [PulledOp], cursor: Int64, scopeDigests: String? = nil) throws(StoreError)
        -> PullApplyReport
    {
        do {
            return try pool.write { db in
                let writer = try StationWriter(db: db, store: self, author: nil)
                var report = PullApplyReport()
                for pulled in ops { try writer.applyPulled(pulled, into: &report) }
                try writer.finish()
                try db.execute(
                    sql: "UPDATE sync_meta SET pull_cursor = max(pull_cursor, ?) WHERE id = 1", arguments: [cursor])
                if let scopeDigests {
                    try db.execute(
                        sql: "UPDATE sync_meta SET scope_digests = ? WHERE id = 1", arguments: [scopeDigests])
                }
                return report
            }
        } catch {
            throw StoreError.wrap(error)
        }
    }
}

extension StationStore {
    /// Applies a return bundle in one transaction: the server's answers to this station's ops, then the
    /// ops it carries, moving the cursor to `cursor`. Importing the same bundle again changes nothing.
    @discardableResult
    public func applyReturn(results: [OpResultRecord], ops: [PulledOp], cursor: Int64, scopeDigests: String)
        throws(StoreError) -> PullApplyReport
    {
        do {
            return try pool.write { db in
                for result in results { try StationStore.record(result, db) }
                let writer = try StationWriter(db: db, store: self, author: nil)
                var report = PullApplyReport()
                for pulled in ops { try writer.applyPulled(pulled, into: &report) }
                try writer.finish()
                try db.execute(
                    sql: "UPDATE sync_meta SET pull_cursor = max(pull_cursor, ?), scope_digests = ? WHERE id = 1",
                    arguments: [cursor, scopeDigests])
                return report
            }
        } catch {
            throw StoreError.wrap(error)
        }
    }
}

extension StationWriter {
    func applyPulled(_ pulled: PulledOp, into report: inout PullApplyReport) throws {
        let op = pulled.op
        let ownState = try String.fetchOne(
            db.cachedStatement(sql: "SELECT state FROM outbox WHERE op_id = ?"), arguments: [op.opID])
        if ownState != nil {
            if op.kind != .discard { try foldIntoServerRow(pulled) }
            try db.cachedStatement(
                sql: """
                    UPDATE outbox SET server_seq = ?,
                        state = CASE WHEN state IN ('pending', 'sent', 'rejected') THEN 'acked' ELSE state END
                    WHERE op_id = ?
                    """
            ).execute(arguments: [pulled.serverSeq, op.opID])
            report.acknowledged += 1
            return
        }
        let seen = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM applied_ops WHERE op_id = ?)"), arguments: [op.opID])
        if seen == true {
            report.skipped += 1
            return
        }
        // A discard is the audit of another station's decision: remembered as seen, it changes no record.
        if op.kind != .discard {
            let serverRow = try foldIntoServerRow(pulled)
            try rebuildLocalRow(op.entityType, id: op.entityID, from: serverRow, reflectedThrough: pulled.serverSeq)
        }
        if let remote = HLCTimestamp(op.hlc) { clock.receive(remote, now: store.clock.nowMillis()) }
        try db.cachedStatement(
            sql:
                "INSERT INTO applied_ops (op_id, station_id, entity_type, entity_id, kind, hlc) VALUES (?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [op.opID, op.stationID, op.entityType.rawValue, op.entityID, op.kind.rawValue, op.hlc])
        try logTransition(op)
        report.applied += 1
    }

    /// Lays `pulled` over the server's view of its entity and saves it.
    @discardableResult
    func foldIntoServerRow(_ pulled: PulledOp) throws -> ServerRow {
        let op = pulled.op
        let existing = try ServerRow.fetch(db, type: op.entityType, id: op.entityID)
        var basis = existing?.fields
        if basis == nil, op.kind != .create, op.kind != .append {
            // A record this station had before it ever pulled (made here, or replayed without a cursor).
            basis = try StoredEntities.localFields(db, type: op.entityType, id: op.entityID)
        }
        let replayed = try ServerRow.replay(op, on: basis, voidReason: existing?.voidReason, strict: false)
        guard let fields = replayed.fields else { throw StoreError.unknown(op.entityType, op.entityID) }
        let row = ServerRow(
            fields: fields, voidReason: replayed.voidReason,
            serverSeq: max(existing?.serverSeq ?? 0, pulled.serverSeq))
        try row.save(db, type: op.entityType, id: op.entityID)
        return row
    }

    /// Writes the local row of an entity as the server's values plus this station's unsettled ops.
    ///
    /// `reflectedThrough` is the last server sequence the server row includes: this station's accepted ops
    /// after it are not in the server row yet and are replayed too.
    func rebuildLocalRow(_ type: EntityType, id: String, from serverRow: ServerRow?, reflectedThrough: Int64) throws {
        let unsettled = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT * FROM outbox WHERE entity_type = ? AND entity_id = ? AND resolution IS NULL
                        AND (state IN ('pending', 'sent', 'rejected') OR server_seq > ?)
                    ORDER BY local_seq
                    """), arguments: [type.rawValue, id, reflectedThrough]
        ).map(StationStore.op(from:))
        var fields = serverRow?.fields
        var voidReason = serverRow?.voidReason
        for op in unsettled {
            (fields, voidReason) = try ServerRow.replay(op, on: fields, voidReason: voidReason, strict: true)
        }
        try StoredEntities.writeLocal(db, type: type, id: id, fields: fields, voidReason: voidReason)
    }
}
