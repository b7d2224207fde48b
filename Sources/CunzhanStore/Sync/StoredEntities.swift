import CunzhanCore
import GRDB

/// Reaches a stored record by its entity type at run time, for code that handles ops of every kind.
enum StoredEntities {
    /// The record type kept for `type`.
    static func recordType(_ type: EntityType) -> any StoredEntity.Type {
        switch type {
        case .village: Village.self
        case .villagerGroup: VillagerGroup.self
        case .grid: Grid.self
        case .household: Household.self
        case .member: Member.self
        case .visit: Visit.self
        case .incomeSurvey: IncomeSurvey.self
        case .inspection: Inspection.self
        case .rectificationItem: RectificationItem.self
        case .progressEntry: ProgressEntry.self
        case .supervisionRecord: SupervisionRecord.self
        case .monthlyTheme: MonthlyTheme.self
        case .user: User.self
        }
    }

    /// Append-only records can be withdrawn (`void`): their tables carry `voided` and `void_reason`.
    static func isVoidable(_ type: EntityType) -> Bool {
        [.visit, .inspection, .progressEntry, .supervisionRecord].contains(type)
    }

    /// The local row's fields as an op payload spells them, or nil when there is no such row.
    static func localFields(_ db: Database, type: EntityType, id: String) throws -> [String: JSONValue]? {
        try localFields(db, recordType(type), id: id)
    }

    private static func localFields<E: StoredEntity>(_ db: Database, _ record: E.Type, id: String) throws
        -> [String: JSONValue]?
    {
        guard let value = try E.fetch(db, id: id) else { return nil }
        return try JSONValue.fields(of: value)
    }

    /// The local void reason of a withdrawn record, nil when it stands (or cannot be withdrawn).
    static func localVoidReason(_ db: Database, type: EntityType, id: String) throws -> String? {
        guard isVoidable(type) else { return nil }
        let table = recordType(type).table
        return try String.fetchOne(
            db.cachedStatement(sql: "SELECT void_reason FROM \(table) WHERE id = ? AND voided = 1"), arguments: [id])
    }

    /// Makes the local row say `fields` (inserting or updating it), withdrawn when `voidReason` is set;
    /// nil `fields` removes the row (a rejected create that people discarded).
    static func writeLocal(
        _ db: Database, type: EntityType, id: String, fields: [String: JSONValue]?, voidReason: String?
    ) throws {
        try writeLocal(db, recordType(type), id: id, fields: fields, voidReason: voidReason)
    }

    private static func writeLocal<E: StoredEntity>(
        _ db: Database, _ record: E.Type, id: String, fields: [String: JSONValue]?, voidReason: String?
    ) throws {
        let exists =
            try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM \(E.table) WHERE id = ?)"), arguments: [id])
            ?? false
        guard let fields else {
            if exists { try delete(db, E.self, id: id) }
            return
        }
        let value = try JSONValue.decode(E.self, from: E.withAnswers(withLocalPIN(db, E.entityType, id: id, fields)))
        guard value.idText == id else {
            throw StoreError(.invalidValue, "\(E.entityType.chineseName)（编号 \(id)）的内容与编号不符，无法应用。")
        }
        if exists { try value.update(db) } else { try value.insert(db) }
        if isVoidable(E.entityType) {
            try db.cachedStatement(sql: "UPDATE \(E.table) SET voided = ?, void_reason = ? WHERE id = ?")
                .execute(arguments: [voidReason != nil, voidReason, id])
            if let visit = value as? Visit { try Visit.refreshSummary(db, householdID: visit.householdID.text) }
        }
    }

    /// The fields a user record needs on this station: the server never passes PIN hashes on, so a user
    /// arriving from the server keeps the PIN set here, or gets none that any PIN could match (the
    /// administrator sets one with 重设密码).
    static func withLocalPIN(_ db: Database, _ type: EntityType, id: String, _ fields: [String: JSONValue]) throws
        -> [String: JSONValue]
    {
        guard type == .user, fields["pinHash"] == nil || fields["pinSalt"] == nil || fields["pinIterations"] == nil
        else { return fields }
        var fields = fields
        let local = try Row.fetchOne(
            db, sql: "SELECT pin_hash, pin_salt, pin_iterations FROM users WHERE id = ?", arguments: [id])
        fields["pinHash"] = .string(local?["pin_hash"] ?? "")
        fields["pinSalt"] = .string(local?["pin_salt"] ?? "")
        fields["pinIterations"] = .integer(local?["pin_iterations"] ?? 100_000)
        return fields
    }

    /// Fields that are this station's own and never compared between replicas (PIN hashes stay local).
    static let localOnlyFields: Set<String> = ["pinHash", "pinSalt", "pinIterations"]

    private static func delete<E: StoredEntity>(_ db: Database, _ record: E.Type, id: String) throws {
        let visitHousehold =
            E.entityType == .visit
            ? try String.fetchOne(db, sql: "SELECT household_id FROM visits WHERE id = ?", arguments: [id]) : nil
        try db.execute(sql: "DELETE FROM \(E.table) WHERE id = ?", arguments: [id])
        if let visitHousehold { try Visit.refreshSummary(db, householdID: visitHousehold) }
    }
}
