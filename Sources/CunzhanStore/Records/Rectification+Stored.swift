import CunzhanCore
import GRDB

extension RectificationItem: StoredEntity {
    static let entityType = EntityType.rectificationItem
    static let table = "rectification_items"
    static let columns = [
        "id", "village_id", "theme_id", "scope", "household_id", "group_id", "source", "category", "title", "details",
        "state", "raised_by", "raised_on", "owner_id", "measures", "deadline", "verifier_id", "closed_on",
        "responsible_unit", "evidence", "verification_note", "requested_deadline", "extension_reason",
        "source_record_id",
    ]
    var idText: String { id.text }

    func columnValues() -> [(any DatabaseValueConvertible)?] {
        [
            id.text, villageID.text, themeID.text, scope.rawValue, householdID.text, groupID.text, source.rawValue,
            category.rawValue, title, details, state.rawValue, raisedBy.text, raisedOn.description, ownerID.text,
            measures, deadline?.description, verifierID.text, closedOn?.description, responsibleUnit, evidence,
            verificationNote, requestedDeadline?.description, extensionReason, sourceRecordID,
        ]
    }

    init(row: Row) throws {
        self.init(
            id: try row.id("id"), villageID: try row.id("village_id"), themeID: try row.optionalID("theme_id"),
            scope: try row.value("scope"), householdID: try row.optionalID("household_id"),
            groupID: try row.optionalID("group_id"), source: try row.value("source"),
            category: try row.value("category"), title: row["title"], details: row["details"],
            state: try row.value("state"), raisedBy: try row.id("raised_by"), raisedOn: try row.date("raised_on"),
            ownerID: try row.optionalID("owner_id"), measures: row["measures"],
            deadline: try row.optionalDate("deadline"),
            verifierID: try row.optionalID("verifier_id"), closedOn: try row.optionalDate("closed_on"),
            responsibleUnit: row["responsible_unit"], evidence: row["evidence"],
            verificationNote: row["verification_note"], requestedDeadline: try row.optionalDate("requested_deadline"),
            extensionReason: row["extension_reason"], sourceRecordID: row["source_record_id"])
    }

    /// Items raised before the 四定闭环 fields (schema 9 and earlier) have none of them yet.
    static func withDefaults(_ fields: [String: JSONValue]) -> [String: JSONValue] {
        var fields = fields
        for key in ["responsibleUnit", "evidence", "verificationNote", "extensionReason"] where fields[key] == nil {
            fields[key] = .string("")
        }
        return fields
    }
}

extension ProgressEntry: StoredEntity {
    static let entityType = EntityType.progressEntry
    static let table = "progress_entries"
    static let columns = ["id", "item_id", "author_id", "date", "text", "percent_done", "obstacles"]
    static var isAppendOnly: Bool { true }
    var idText: String { id.text }

    func columnValues() -> [(any DatabaseValueConvertible)?] {
        [id.text, itemID.text, authorID.text, date.description, text, percentDone, obstacles]
    }

    init(row: Row) throws {
        self.init(
            id: try row.id("id"), itemID: try row.id("item_id"), authorID: try row.id("author_id"),
            date: try row.date("date"), text: row["text"], percentDone: row["percent_done"],
            obstacles: row["obstacles"])
    }

    /// Reports written before obstacles were asked (schema 9 and earlier) name none.
    static func withDefaults(_ fields: [String: JSONValue]) -> [String: JSONValue] {
        var fields = fields
        if fields["obstacles"] == nil { fields["obstacles"] = .string("") }
        return fields
    }
}

extension SupervisionRecord: StoredEntity {
    static let entityType = EntityType.supervisionRecord
    static let table = "supervision_records"
    static let columns = [
        "id", "item_id", "village_id", "supervisor_id", "date", "place", "on_site", "findings", "verdict",
    ]
    static var isAppendOnly: Bool { true }
    var idText: String { id.text }

    func columnValues() -> [(any DatabaseValueConvertible)?] {
        [
            id.text, itemID.text, villageID.text, supervisorID.text, date.description, place, onSite, findings,
            verdict?.rawValue,
        ]
    }

    init(row: Row) throws {
        self.init(
            id: try row.id("id"), itemID: try row.optionalID("item_id"), villageID: try row.id("village_id"),
            supervisorID: try row.id("supervisor_id"), date: try row.date("date"), place: row["place"],
            onSite: row["on_site"], findings: row["findings"], verdict: try row.optionalValue("verdict"))
    }

    /// Records written before village supervision (schema 9 and earlier) have no place; their village is
    /// their item's, filled in by `StationWriter.withSupervisedVillage(_:)` when they are replayed.
    static func withDefaults(_ fields: [String: JSONValue]) -> [String: JSONValue] {
        var fields = fields
        if fields["place"] == nil { fields["place"] = .string("") }
        return fields
    }
}
