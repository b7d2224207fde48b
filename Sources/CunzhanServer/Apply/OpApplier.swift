import CunzhanCore
import CunzhanSyncAPI
import Foundation

/// Applies one op of a station to the server's records inside a push transaction (DESIGN.md §4).
///
/// Checks run in a fixed order: the record (known, or new), the scope (its village inside the station's
/// scopes), the author's role, the domain rules (payload decoded into its Core type and validated), then
/// the kind's merge rule: append-only inserted if absent, per-field merge with conflicts flagged for
/// patches, transitions through `RectificationWorkflow`, voids with a reason, server wins for reference data.
/// A refusal throws a `Rejection`; nothing of the op is written then.
struct OpApplier {
    let transaction: CachingTransaction
    let station: StationRecord
    /// Users created by `create` ops of the same batch, by id: a station's set-up writes its first ops with
    /// the administrator as author in the transaction that creates the administrator.
    var usersInBatch: [String: [String: JSON]] = [:]

    /// What applying an op did: the village it belongs to and, for a conflicting patch, the server's values
    /// of the conflicting fields before the op won. `op` is the op as kept (personal secrets removed).
    struct Applied {
        var op: Op
        var villageCode: String?
        var conflict: [String: JSON]?
    }

    func apply(_ prepared: PreparedOp) async throws -> Applied {
        let op = prepared.op
        guard let fields = prepared.fields else {
            throw Rejection(code: .invalidValue, message: "操作内容不是 JSON 对象，无法应用。")
        }
        let existing = try await transaction.entity(op.entityType, op.entityID)
        switch op.kind {
        case .create, .append:
            return try await insert(op, fields: fields, existing: existing, validation: prepared.validation)
        case .patch: return try await patch(op, fields: fields, existing: existing)
        case .transition: return try await transition(op, fields: fields, existing: existing)
        case .void: return try await void(op, fields: fields, existing: existing)
        case .discard: return try await discard(op, fields: fields, existing: existing)
        }
    }

    /// `create` and `append`: the record is inserted if absent; an existing one is left as it is.
    private func insert(_ op: Op, fields: [String: JSON], existing: EntityRecord?, validation: Rejection?)
        async throws -> Applied
    {
        guard op.kind == .append || !EntityRules.isAppendOnly(op.entityType) else {
            throw Rejection(code: .invalidValue, message: "\(EntityRules.name(op.entityType))只能追加（append），不能用 create。")
        }
        guard fields["id"] == .string(op.entityID) else {
            throw Rejection(code: .invalidValue, field: "id", message: "操作内容的编号与对象编号不符，无法应用。")
        }
        let villageCode = try await villageCode(of: op.entityType, fields: fields)
        try checkScope(villageCode)
        try await checkRole(op, villageCode: villageCode, fields: fields)
        if let validation { throw validation }
        if let existing {
            if villageCode == nil && !EntityRules.isAppendOnly(op.entityType) && existing.fields != fields {
                throw Rejection(
                    code: .serverWins, message: "\(EntityRules.name(op.entityType))是上级统一维护的数据，以服务器为准，本站的版本未采用。")
            }
            return Applied(op: op, villageCode: existing.villageCode)
        }
        try await transaction.saveEntity(
            EntityRecord(type: op.entityType, id: op.entityID, villageCode: villageCode, fields: fields))
        return Applied(op: op, villageCode: villageCode)
    }

    /// `patch`: per-field merge; a field whose server value no longer equals the op's base is a conflict,
    /// applied all the same (server order decides) and reported with the server's value.
    private func patch(_ op: Op, fields: [String: JSON], existing: EntityRecord?) async throws -> Applied {
        guard !EntityRules.isAppendOnly(op.entityType) else {
            throw Rejection(code: .invalidValue, message: "\(EntityRules.name(op.entityType))只能追加，改正请新增一条记录。")
        }
        guard var entity = existing else { throw unknown(op) }
        try checkScope(entity.villageCode)
        guard fields["id"] == nil || fields["id"] == .string(op.entityID) else {
            throw Rejection(code: .invalidValue, field: "id", message: "不能修改记录的编号。")
        }
        guard op.entityType != .rectificationItem || fields["state"] == nil else {
            throw Rejection(code: .invalidValue, field: "state", message: "整改状态只能通过交办、提交验收、销号等操作改变。")
        }
        let base = op.base.flatMap(JSONText.parseObject) ?? [:]
        var conflicting: [String: JSON] = [:]
        for (name, value) in fields {
            let current = entity.fields[name] ?? .null
            if let before = base[name], before != current, value != current { conflicting[name] = current }
        }
        let merged = entity.fields.merging(fields) { _, new in new }
        let villageCode = try await villageCode(of: op.entityType, fields: merged)
        try checkScope(villageCode)
        try await checkRole(op, villageCode: villageCode, fields: merged)
        if villageCode == nil && !conflicting.isEmpty {
            throw Rejection(
                code: .serverWins,
                message: "\(EntityRules.name(op.entityType))是上级统一维护的数据，服务器上已有别的修改，以服务器为准，本站的修改未采用。")
        }
        try EntityRules.validate(op.entityType, fields: merged)
        entity.fields = merged
        entity.villageCode = villageCode
        try await transaction.saveEntity(entity)
        return Applied(op: op, villageCode: villageCode, conflict: conflicting.isEmpty ? nil : conflicting)
    }

    /// `void`: an append-only record is withdrawn with a reason; it stays in the records, marked.
    private func void(_ op: Op, fields: [String: JSON], existing: EntityRecord?) async throws -> Applied {
        guard EntityRules.isAppendOnly(op.entityType) else {
            throw Rejection(code: .invalidValue, message: "\(EntityRules.name(op.entityType))不能作废，只能修改。")
        }
        guard var entity = existing else { throw unknown(op) }
        try checkScope(entity.villageCode)
        guard case .string(let reason) = fields["reason"] ?? .null, !reason.trimmingWhitespace().isEmpty else {
            throw Rejection(code: .invalidValue, field: "作废原因", message: "作废原因：必须写明为什么作废这条记录。")
        }
        try await checkRole(op, villageCode: entity.villageCode, fields: entity.fields)
        entity.voided = true
        entity.fields["voided"] = .bool(true)
        entity.fields["voidReason"] = .string(reason)
        try await transaction.saveEntity(entity)
        return Applied(op: op, villageCode: entity.villageCode)
    }

    func checkScope(_ villageCode: String?) throws(Rejection) {
        guard station.scopes.contain(villageCode: villageCode) else {
            throw Rejection(
                code: .outOfScope,
                message: "这条记录属于村代码 \(villageCode ?? "") ，不在本站的同步范围（\(StationRecord.scopesText(station.scopes))）内。")
        }
    }

    func unknown(_ op: Op) -> Rejection {
        Rejection(
            code: .unknownEntity,
            message: "服务器上没有这条\(EntityRules.name(op.entityType))（\(op.entityID)），请先同步新建它的操作。")
    }

    /// A user's fields without the PIN hash, salt and iterations: the server never keeps or passes on PINs.
    static func withoutPIN(_ fields: [String: JSON]) -> [String: JSON] {
        fields.filter { !EntityRules.pinFields.contains($0.key) }
    }
}
