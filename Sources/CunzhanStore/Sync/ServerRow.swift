import CunzhanCore
import GRDB

/// The server's view of one entity: its fields after every op pulled so far, in server order.
///
/// A local row is always "the server row plus this station's unsettled ops replayed on top", so pulling
/// another station's change to one field never loses a local change to another field, and discarding a
/// rejected op can bring back exactly the server's values.
struct ServerRow: Equatable {
    var fields: [String: JSONValue]
    /// The reason of a `void`, when the record has been withdrawn.
    var voidReason: String?
    var serverSeq: Int64

    static func fetch(_ db: Database, type: EntityType, id: String) throws -> ServerRow? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql:
                        "SELECT fields, void_reason, server_seq FROM sync_server_rows WHERE entity_type = ? AND entity_id = ?"
                ), arguments: [type.rawValue, id])
        else { return nil }
        return ServerRow(
            fields: try JSONValue.parseObject(row["fields"]), voidReason: row["void_reason"],
            serverSeq: row["server_seq"])
    }

    func save(_ db: Database, type: EntityType, id: String) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO sync_server_rows (entity_type, entity_id, fields, void_reason, server_seq)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (entity_type, entity_id) DO UPDATE SET
                    fields = excluded.fields, void_reason = excluded.void_reason, server_seq = excluded.server_seq
                """
        ).execute(arguments: [
            type.rawValue, id, JSONValue.object(fields).text, voidReason, serverSeq,
        ])
    }

    /// The fields and void state after `op`, laid over `fields` (empty for a record not seen yet).
    ///
    /// A `transition` whose `from` does not match is still applied when it comes from the server (the
    /// server checked it in its order); for this station's own unsettled ops `strict` skips it instead,
    /// because the server will refuse it too.
    static func replay(
        _ op: Op, on fields: [String: JSONValue]?, voidReason: String?, strict: Bool
    ) throws -> (fields: [String: JSONValue]?, voidReason: String?) {
        switch op.kind {
        case .create, .append:
            if let fields { return (fields, voidReason) }
            return (try JSONValue.parseObject(op.payload), voidReason)
        case .patch:
            guard let fields else { return (nil, voidReason) }
            return (JSONValue.merge(fields, try JSONValue.parseObject(op.payload)), voidReason)
        case .transition:
            guard let fields else { return (nil, voidReason) }
            let transition = try JSONValue.decode(ItemTransition.self, from: JSONValue.parseObject(op.payload))
            let item = try JSONValue.decode(RectificationItem.self, from: fields)
            if strict && item.state != transition.from { return (fields, voidReason) }
            return (try JSONValue.fields(of: transition.applied(to: item)), voidReason)
        case .void:
            guard case .string(let reason) = try JSONValue.parseObject(op.payload)["reason"] ?? .null else {
                throw StoreError(.invalidValue, "作废操作 \(op.opID) 缺少原因，无法应用。")
            }
            return (fields, reason)
        case .discard:
            // An audit of a decision at some station: it changes no record.
            return (fields, voidReason)
        }
    }
}
