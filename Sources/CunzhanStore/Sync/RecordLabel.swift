import CunzhanCore
import GRDB

/// Names a record in Chinese for people, the way the 需处理 screen lists it; never an ID number or phone.
enum RecordLabel {
    static func of(_ db: Database, type: EntityType, id: String) throws -> String {
        let name = type.chineseName
        let described: String?
        switch type {
        case .household:
            described = try Row.fetchOne(
                db, sql: "SELECT head_name, household_number FROM households WHERE id = ?", arguments: [id]
            ).map { "户主 \($0["head_name"] as String? ?? "")（户编号 \($0["household_number"] as String? ?? "")）" }
        case .member:
            described = try Row.fetchOne(
                db,
                sql:
                    "SELECT m.name, h.head_name FROM members m JOIN households h ON h.id = m.household_id WHERE m.id = ?",
                arguments: [id]
            ).map { "\($0["name"] as String? ?? "")（户主 \($0["head_name"] as String? ?? "")）" }
        case .visit, .inspection:
            let table = type == .visit ? "visits" : "inspections"
            described = try Row.fetchOne(
                db,
                sql:
                    "SELECT t.date, h.head_name FROM \(table) t JOIN households h ON h.id = t.household_id WHERE t.id = ?",
                arguments: [id]
            ).map { "\($0["head_name"] as String? ?? "")户 \($0["date"] as String? ?? "")" }
        case .rectificationItem:
            described = try String.fetchOne(
                db, sql: "SELECT title FROM rectification_items WHERE id = ?", arguments: [id]
            )
            .map { "“\($0)”" }
        case .progressEntry, .supervisionRecord:
            let table = type == .progressEntry ? "progress_entries" : "supervision_records"
            described = try Row.fetchOne(
                db,
                sql:
                    "SELECT t.date, i.title FROM \(table) t JOIN rectification_items i ON i.id = t.item_id WHERE t.id = ?",
                arguments: [id]
            ).map { "“\($0["title"] as String? ?? "")” \($0["date"] as String? ?? "")" }
        case .user, .village, .villagerGroup, .grid, .monthlyTheme:
            let table = StoredEntities.recordType(type).table
            let column = type == .monthlyTheme ? "title" : "name"
            described = try String.fetchOne(db, sql: "SELECT \(column) FROM \(table) WHERE id = ?", arguments: [id])
        case .incomeSurvey:
            described = try Row.fetchOne(
                db,
                sql:
                    "SELECT s.year, h.head_name FROM income_surveys s JOIN households h ON h.id = s.household_id WHERE s.id = ?",
                arguments: [id]
            ).map { "\($0["head_name"] as String? ?? "")户 \($0["year"] as Int? ?? 0) 年" }
        }
        return described.map { "\(name) \($0)" } ?? "\(name)（编号 \(id.prefix(8))，本机已无此记录）"
    }
}
