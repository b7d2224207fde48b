import CunzhanCore
import GRDB

extension Village: StoredEntity {
    static let entityType = EntityType.village
    static let table = "villages"
    static let columns = ["id", "code", "name", "inspection_cycle_months"]
    var idText: String { id.text }
    func columnValues() -> [(any DatabaseValueConvertible)?] { [id.text, code, name, inspectionCycleMonths] }
    init(row: Row) throws {
        self.init(
            id: try row.id("id"), code: row["code"], name: row["name"],
            inspectionCycleMonths: row["inspection_cycle_months"])
    }

    /// Villages created before cycles were configurable (schema 8 and earlier) inspect monthly.
    static func withDefaults(_ fields: [String: JSONValue]) -> [String: JSONValue] {
        var fields = fields
        if fields["inspectionCycleMonths"] == nil { fields["inspectionCycleMonths"] = .integer(1) }
        return fields
    }
}

extension VillagerGroup: StoredEntity {
    static let entityType = EntityType.villagerGroup
    static let table = "villager_groups"
    static let columns = ["id", "village_id", "name"]
    var idText: String { id.text }
    func columnValues() -> [(any DatabaseValueConvertible)?] { [id.text, villageID.text, name] }
    init(row: Row) throws { self.init(id: try row.id("id"), villageID: try row.id("village_id"), name: row["name"]) }
}

extension Grid: StoredEntity {
    static let entityType = EntityType.grid
    static let table = "grids"
    static let columns = ["id", "village_id", "group_id", "name", "worker_id", "deputy_id", "group_ids"]
    var idText: String { id.text }
    func columnValues() -> [(any DatabaseValueConvertible)?] {
        [id.text, villageID.text, groupID.text, name, workerID.text, deputyID.text, ColumnCoding.json(groupIDs)]
    }
    init(row: Row) throws {
        self.init(
            id: try row.id("id"), villageID: try row.id("village_id"), groupID: try row.optionalID("group_id"),
            name: row["name"], workerID: try row.optionalID("worker_id"), deputyID: try row.optionalID("deputy_id"),
            groupIDs: try row.json("group_ids"))
    }

    /// Grids created before they covered several groups (schema 8 and earlier) cover their one group.
    static func withDefaults(_ fields: [String: JSONValue]) -> [String: JSONValue] {
        var fields = fields
        if fields["groupIDs"] == nil { fields["groupIDs"] = .array(fields["groupID"].map { [$0] } ?? []) }
        return fields
    }
}

extension MonthlyTheme: StoredEntity {
    static let entityType = EntityType.monthlyTheme
    static let table = "monthly_themes"
    static let columns = ["id", "month", "title", "details", "checklist", "origin"]
    var idText: String { id.text }
    func columnValues() -> [(any DatabaseValueConvertible)?] {
        [id.text, month, title, details, ColumnCoding.json(checklist), origin.rawValue]
    }
    init(row: Row) throws {
        self.init(
            id: try row.id("id"), month: row["month"], title: row["title"], details: row["details"],
            checklist: try row.json("checklist"), origin: try row.value("origin"))
    }

    /// Themes set before checklists (schema 9 and earlier) have none, and were the village's own.
    static func withDefaults(_ fields: [String: JSONValue]) -> [String: JSONValue] {
        var fields = fields
        if fields["checklist"] == nil { fields["checklist"] = .array([]) }
        if fields["origin"] == nil { fields["origin"] = .string(ThemeOrigin.local.rawValue) }
        return fields
    }
}

extension User: StoredEntity {
    static let entityType = EntityType.user
    static let table = "users"
    static let columns = ["id", "name", "role", "village_id", "pin_hash", "pin_salt", "pin_iterations", "disabled"]
    var idText: String { id.text }
    func columnValues() -> [(any DatabaseValueConvertible)?] {
        [id.text, name, role.rawValue, villageID.text, pinHash, pinSalt, pinIterations, disabled]
    }
    init(row: Row) throws {
        self.init(
            id: try row.id("id"), name: row["name"], role: try row.value("role"),
            villageID: try row.optionalID("village_id"), pinHash: row["pin_hash"], pinSalt: row["pin_salt"],
            pinIterations: row["pin_iterations"], disabled: row["disabled"])
    }
}
