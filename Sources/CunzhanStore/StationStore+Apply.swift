import CunzhanCore
import GRDB

extension StationStore {
    /// Replays ops from another replica into this store, in order, in one transaction; ops already seen are skipped.
    ///
    /// Applied ops are remembered in `applied_ops` (not the outbox: they are not sent again). A `transition`
    /// that is no longer legal throws `.staleState`, and nothing of the batch is kept.
    public func apply(_ ops: [Op]) throws(StoreError) {
        do {
            try pool.write { db in
                let writer = try StationWriter(db: db, store: self, author: nil)
                for op in ops { try writer.apply(op) }
                try writer.finish()
            }
        } catch {
            throw StoreError.wrap(error)
        }
    }

    /// The ops of this station's outbox in local order, from `afterSeq` on.
    public func outboxOps(afterSeq: Int64 = 0, limit: Int = 1000) throws(StoreError) -> [Op] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM outbox WHERE local_seq > ? ORDER BY local_seq LIMIT ?",
                arguments: [afterSeq, limit]
            ).map(StationStore.op(from:))
        }
    }

    static func op(from row: Row) throws -> Op {
        Op(
            opID: row["op_id"], stationID: row["station_id"], localSeq: row["local_seq"], txGroup: row["tx_group"],
            author: row["author"], entityType: try row.value("entity_type"), entityID: row["entity_id"],
            kind: try row.value("kind"), payload: row["payload"], base: row["base"], hlc: row["hlc"],
            appVersion: row["app_version"], schemaVersion: row["schema_version"])
    }
}

extension StationWriter {
    /// Applies one remote op without recording a new outbox op.
    func apply(_ op: Op) throws {
        let seen = try Bool.fetchOne(
            db,
            sql:
                "SELECT EXISTS (SELECT 1 FROM applied_ops WHERE op_id = ?1) OR EXISTS (SELECT 1 FROM outbox WHERE op_id = ?1)",
            arguments: [op.opID])
        if seen == true { return }
        switch op.entityType {
        case .village: try apply(op, as: Village.self)
        case .villagerGroup: try apply(op, as: VillagerGroup.self)
        case .grid: try apply(op, as: Grid.self)
        case .household: try apply(op, as: Household.self)
        case .member: try apply(op, as: Member.self)
        case .visit: try apply(op, as: Visit.self)
        case .incomeSurvey: try apply(op, as: IncomeSurvey.self)
        case .inspection: try apply(op, as: Inspection.self)
        case .rectificationItem: try apply(op, as: RectificationItem.self)
        case .progressEntry: try apply(op, as: ProgressEntry.self)
        case .supervisionRecord: try apply(try withSupervisedVillage(op), as: SupervisionRecord.self)
        case .monthlyTheme: try apply(op, as: MonthlyTheme.self)
        case .user: try apply(op, as: User.self)
        }
        if let remote = HLCTimestamp(op.hlc) { clock.receive(remote, now: store.clock.nowMillis()) }
        try db.execute(
            sql:
                "INSERT INTO applied_ops (op_id, station_id, entity_type, entity_id, kind, hlc) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [op.opID, op.stationID, op.entityType.rawValue, op.entityID, op.kind.rawValue, op.hlc])
        try logTransition(op)
    }

    private func apply<E: StoredEntity>(_ op: Op, as type: E.Type) throws {
        switch op.kind {
        case .create, .append:
            let value = try JSONValue.decode(
                E.self, from: E.withDefaults(E.withAnswers(JSONValue.parseObject(op.payload))))
            guard value.idText == op.entityID else {
                throw StoreError(.invalidValue, "操作 \(op.opID) 的内容与对象编号不符，无法应用。")
            }
            if try E.fetch(db, id: op.entityID) == nil { try value.insert(db) }
        case .patch:
            guard let current = try E.fetch(db, id: op.entityID) else {
                throw StoreError.unknown(E.entityType, op.entityID)
            }
            let merged = JSONValue.merge(try JSONValue.fields(of: current), try JSONValue.parseObject(op.payload))
            try JSONValue.decode(E.self, from: merged).update(db)
        case .transition:
            let transition = try JSONValue.decode(ItemTransition.self, from: JSONValue.parseObject(op.payload))
            _ = try StationWriter.applyTransition(db, id: op.entityID, transition)
        case .void:
            let payload = try JSONValue.parseObject(op.payload)
            guard case .string(let reason) = payload["reason"] ?? .null else {
                throw StoreError(.invalidValue, "作废操作 \(op.opID) 缺少原因，无法应用。")
            }
            try StationWriter.applyVoid(db, type: op.entityType, id: op.entityID, reason: reason)
        case .discard:
            break  // An audit of a decision at some station: it changes no record.
        }
    }
}
