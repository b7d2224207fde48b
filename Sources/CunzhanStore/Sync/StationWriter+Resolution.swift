import CunzhanCore
import Foundation
import GRDB

extension StationStore {
    /// Fix-and-resend: records a new op that corrects a rejected or conflicting one, and marks the old one
    /// resolved (`resent`), in one transaction; returns the new op's id. The new op is in the old one's
    /// transaction group, which tells the server it is the fix that lifts its block on the record.
    ///
    /// `corrections` gives new values for fields of the op, as people type them (a text field's text, a
    /// number's digits); the rest of the op is sent again as it was. A patch gets the server's current
    /// values as its base, so a resent conflict is no longer one. Throws `.invalidValue` when a correction
    /// names a field the op does not carry or does not parse, and `.staleState` when a resent transition
    /// no longer fits the item's state on the server (discard it instead).
    @discardableResult
    public func resend(_ opID: String, corrections: [String: String] = [:], author: UserID?) throws(StoreError)
        -> String
    {
        try write(author: author) { writer in try writer.resend(opID, corrections: corrections) }
    }

    /// Discards a rejected or conflicting op with a reason people give: the op is marked `discarded`, an audit
    /// record keeps who, when and why, and the local record goes back to the server's values (a rejected
    /// new record that the server never had is removed).
    public func discard(_ opID: String, reason: String, author: UserID?) throws(StoreError) {
        try write(author: author) { writer in try writer.discard(opID, reason: reason) }
    }

    /// Accepts the server's merge of a conflicting op (知道了): resolved as `accepted`, nothing else changes.
    public func acceptConflict(_ opID: String, author: UserID?) throws(StoreError) {
        try write(author: author) { writer in
            let op = try writer.unresolvedOp(opID)
            guard try writer.state(of: opID) == .conflict else {
                throw StoreError(.invalidValue, "这条变更被服务器拒绝，不是冲突：请修改后重发或放弃。")
            }
            try writer.resolve(op, as: "accepted", reason: "接受服务器的合并结果", replacement: nil)
        }
    }
}

extension StationWriter {
    func resend(_ opID: String, corrections: [String: String]) throws -> String {
        let op = try unresolvedOp(opID)
        var payload = try JSONValue.parseObject(op.payload)
        for (field, text) in corrections {
            guard let old = payload[field] else {
                throw StoreError(.invalidValue, "字段“\(field)”不在这条变更中，无法修改。")
            }
            payload[field] = try Self.value(text, like: old, field: field)
        }
        let serverRow = try ServerRow.fetch(db, type: op.entityType, id: op.entityID)
        var base: String?
        if op.kind == .patch {
            let current =
                try serverRow?.fields ?? StoredEntities.localFields(db, type: op.entityType, id: op.entityID) ?? [:]
            var baseFields: [String: JSONValue] = [:]
            for key in payload.keys { baseFields[key] = current[key] ?? .null }
            base = ColumnCoding.json(JSONValue.object(baseFields))
        }
        // The corrected op joins the rejected op's transaction group: it completes that user action, and the
        // server lifts its block on the record for an op of that group (EntityBlock).
        currentGroup = op.txGroup
        defer { currentGroup = nil }
        let replacement = try recordOp(
            op.entityType, id: op.entityID, kind: op.kind, payload: ColumnCoding.json(JSONValue.object(payload)),
            base: base)
        try resolve(op, as: "resent", reason: "修改后重发", replacement: replacement)
        try rebuildLocalRow(op.entityType, id: op.entityID, from: serverRow, reflectedThrough: try pullCursor())
        if op.kind == .transition {
            let transition = try JSONValue.decode(ItemTransition.self, from: payload)
            let state = try String.fetchOne(
                db, sql: "SELECT state FROM rectification_items WHERE id = ?", arguments: [op.entityID])
            guard state == transition.to.rawValue else {
                throw StoreError(
                    .staleState, "整改事项现在的状态不是“\(transition.from.label)”，这条状态变更重发也会被拒绝，请放弃它。")
            }
        }
        return replacement
    }

    func discard(_ opID: String, reason: String) throws {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw StoreError(.invalidValue, "放弃原因：必填。请写明为什么放弃这条变更。")
        }
        let op = try unresolvedOp(opID)
        let wasRejected = try state(of: opID) == .rejected
        try resolve(op, as: "discarded", reason: trimmed, replacement: nil)
        guard wasRejected else { return }
        do {
            try rebuildLocalRow(
                op.entityType, id: op.entityID,
                from: try ServerRow.fetch(db, type: op.entityType, id: op.entityID),
                reflectedThrough: try pullCursor())
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError(
                .constraintViolation, "还有其他记录引用这条\(op.entityType.chineseName)，请先放弃引用它的变更（例如它的走访或成员），再放弃这一条。")
        }
    }

    /// The op `opID` when it is rejected or conflicting and nobody has resolved it yet.
    func unresolvedOp(_ opID: String) throws -> Op {
        guard
            let row = try Row.fetchOne(
                db,
                sql:
                    "SELECT * FROM outbox WHERE op_id = ? AND state IN ('rejected', 'conflict') AND resolution IS NULL",
                arguments: [opID])
        else {
            throw StoreError(.invalidValue, "这条变更已经处理过，或不需要处理。")
        }
        return try StationStore.op(from: row)
    }

    func state(of opID: String) throws -> OpState? {
        try String.fetchOne(db, sql: "SELECT state FROM outbox WHERE op_id = ?", arguments: [opID])
            .flatMap(OpState.init(rawValue:))
    }

    /// Marks `op` resolved and writes its audit record.
    func resolve(_ op: Op, as resolution: String, reason: String, replacement: String?) throws {
        try db.execute(
            sql: "UPDATE outbox SET resolution = ?, resolved_by = ? WHERE op_id = ?",
            arguments: [resolution, replacement, op.opID])
        try db.execute(
            sql: """
                INSERT INTO sync_audit (op_id, action, reason, author, replacement_op_id, at_millis)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [op.opID, resolution, reason, author.text, replacement, store.clock.nowMillis()])
    }

    func pullCursor() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT pull_cursor FROM sync_meta WHERE id = 1") ?? 0
    }

    /// A field value from the text people typed, of the same JSON kind as `old`.
    static func value(_ text: String, like old: JSONValue, field: String) throws -> JSONValue {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch old {
        case .string:
            return .string(trimmed)
        case .integer:
            guard let number = Int64(trimmed) else {
                throw StoreError(.invalidValue, "字段“\(field)”应为整数，例如 3；“\(trimmed)”不是整数。")
            }
            return .integer(number)
        case .bool:
            switch trimmed {
            case "是", "true", "1": return .bool(true)
            case "否", "false", "0": return .bool(false)
            default: throw StoreError(.invalidValue, "字段“\(field)”应填“是”或“否”。")
            }
        case .null where trimmed.isEmpty:
            return .null
        default:
            guard let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(trimmed.utf8)) else {
                throw StoreError(.invalidValue, "字段“\(field)”的内容格式不对：请按原来的格式填写。")
            }
            return parsed
        }
    }
}
