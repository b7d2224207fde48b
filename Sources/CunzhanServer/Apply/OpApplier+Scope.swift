import CunzhanCore
import CunzhanSyncAPI

extension OpApplier {
    /// The 12-digit code of the village a record with `fields` belongs to; nil for reference data
    /// (monthly themes, users of no village). Follows the record's parent (household, item, village).
    func villageCode(of type: EntityType, fields: [String: JSON]) async throws -> String? {
        switch type {
        case .village:
            guard case .string(let code) = fields["code"] ?? .null else {
                throw Rejection(code: .invalidValue, field: "code", message: "行政村代码：必填。")
            }
            return code
        case .household, .villagerGroup, .grid, .rectificationItem:
            return try await parentCode(.village, fields["villageID"], field: "villageID")
        case .user:
            guard let village = fields["villageID"], village != .null else { return nil }
            return try await parentCode(.village, village, field: "villageID")
        case .member, .visit, .incomeSurvey, .inspection:
            return try await parentCode(.household, fields["householdID"], field: "householdID")
        case .progressEntry, .supervisionRecord:
            return try await parentCode(.rectificationItem, fields["itemID"], field: "itemID")
        case .monthlyTheme:
            return nil
        }
    }

    private func parentCode(_ parent: EntityType, _ value: JSON?, field: String) async throws -> String? {
        guard case .string(let id) = value ?? .null else {
            throw Rejection(code: .invalidValue, field: field, message: "\(field)：必填，缺少所属\(EntityRules.name(parent))。")
        }
        guard let record = try await transaction.entity(parent, id) else {
            throw Rejection(
                code: .unknownEntity, field: field,
                message: "服务器上没有所属的\(EntityRules.name(parent))（\(id)），请先同步新建它的操作。")
        }
        return record.villageCode
    }
}
