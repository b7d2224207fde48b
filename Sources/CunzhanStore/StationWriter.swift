import CunzhanCore
import Foundation
import GRDB

/// The handle for writing inside one store transaction: every method is one user action that writes
/// its domain rows and appends its outbox ops together.
///
/// Only `StationStore.write(author:_:)` makes one, and it is valid only inside that closure. The
/// clock and sequence state are loaded at the start and saved at the end of the transaction.
public final class StationWriter {
    let db: Database
    let store: StationStore
    private(set) var author: UserID?
    var clock: HybridLogicalClock
    var nextLocalSeq: Int64
    /// When set, ops join this transaction group instead of starting their own.
    var currentGroup: String?

    init(db: Database, store: StationStore, author: UserID?) throws {
        self.db = db
        self.store = store
        self.author = author
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM station_meta WHERE id = 1") else {
            throw StoreError(.corruptRow, "数据库缺少站点信息（station_meta），请运行 cunzhan check。")
        }
        clock = HybridLogicalClock(node: row["station_id"], physical: row["hlc_physical"], counter: row["hlc_counter"])
        nextLocalSeq = row["next_local_seq"]
    }

    /// Saves the clock and sequence; called once before the transaction commits.
    func finish() throws {
        try db.execute(
            sql: "UPDATE station_meta SET hlc_physical = ?, hlc_counter = ?, next_local_seq = ? WHERE id = 1",
            arguments: [clock.physical, clock.counter, nextLocalSeq])
    }

    /// Runs `body` with `user` as the author of its ops and the actor of its workflow moves (demo data,
    /// where one transaction plays several people).
    @discardableResult
    func acting<T>(as user: UserID, _ body: () throws -> T) rethrows -> T {
        let previous = author
        author = user
        defer { author = previous }
        return try body()
    }

    /// Runs `body` as one user action: all ops it records share one transaction group.
    func action<T>(_ body: () throws -> T) rethrows -> T {
        if currentGroup != nil { return try body() }
        defer { currentGroup = nil }
        return try body()
    }

    /// Appends one op to the outbox and returns its id.
    @discardableResult
    func recordOp(_ type: EntityType, id: String, kind: OpKind, payload: String, base: String? = nil) throws -> String {
        let opID = UUID().uuidString.lowercased()
        let group = currentGroup ?? opID
        if currentGroup == nil { currentGroup = group }
        let hlc = clock.tick(now: store.clock.nowMillis())
        try db.cachedStatement(
            sql: """
                INSERT INTO outbox (local_seq, op_id, station_id, tx_group, author, entity_type, entity_id, kind,
                    payload, base, hlc, app_version, schema_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            nextLocalSeq, opID, store.stationID, group, author.text, type.rawValue, id, kind.rawValue, payload, base,
            hlc.description, StationStore.appVersion, StationStore.schemaVersion,
        ])
        try logTransition(
            opID: opID, type: type, id: id, kind: kind, author: author.text, payload: payload, hlc: hlc.description)
        nextLocalSeq += 1
        return opID
    }

    /// Inserts a new record and its `create` or `append` op.
    func insertRecording<E: StoredEntity>(_ value: E) throws {
        try value.insert(db)
        try recordOp(
            E.entityType, id: value.idText, kind: E.isAppendOnly ? .append : .create, payload: ColumnCoding.json(value))
    }

    /// Replaces a record and records a `patch` op of the changed fields only; no op when nothing changed.
    func updateRecording<E: StoredEntity>(_ value: E) throws {
        guard let old = try E.fetch(db, id: value.idText) else { throw StoreError.unknown(E.entityType, value.idText) }
        let (changed, base) = JSONValue.diff(old: try JSONValue.fields(of: old), new: try JSONValue.fields(of: value))
        guard !changed.isEmpty else { return }
        try value.update(db)
        try recordOp(
            E.entityType, id: value.idText, kind: .patch, payload: ColumnCoding.json(JSONValue.object(changed)),
            base: ColumnCoding.json(JSONValue.object(base)))
    }

    func requireExists(_ type: EntityType, table: String, id: String) throws {
        let found = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)"), arguments: [id])
        guard found == true else { throw StoreError.unknown(type, id) }
    }
}
