import CunzhanCore
import GRDB

extension Visit: StoredEntity {
    static let entityType = EntityType.visit
    static let table = "visits"
    static let columns = [
        "id", "household_id", "date", "visitor_id", "guarantees", "income_estimate_fen", "risks_found", "measures",
        "acknowledged", "notes", "supersedes", "answers",
    ]
    static var isAppendOnly: Bool { true }
    static var keepsAnswers: Bool { true }
    var idText: String { id.text }

    func columnValues() -> [(any DatabaseValueConvertible)?] {
        [
            id.text, householdID.text, date.description, visitorID.text, ColumnCoding.json(guarantees),
            incomeEstimate?.fen,
            ColumnCoding.json(risksFound), ColumnCoding.json(measures), acknowledged, notes, supersedes.text,
            ColumnCoding.json(answers),
        ]
    }

    init(row: Row) throws {
        self.init(
            id: try row.id("id"), householdID: try row.id("household_id"), date: try row.date("date"),
            visitorID: try row.id("visitor_id"), guarantees: try row.json("guarantees"),
            incomeEstimate: (row["income_estimate_fen"] as Int64?).map(Money.init(fen:)),
            risksFound: try row.json("risks_found"),
            measures: try row.json("measures"), acknowledged: row["acknowledged"], notes: row["notes"],
            supersedes: try row.optionalID("supersedes"), answers: try row.json("answers"))
    }

    /// Keeps the household's visit count and last visit date current, so lists never aggregate visits.
    func didWrite(_ db: Database) throws {
        try Visit.refreshSummary(db, householdID: householdID.text)
    }

    static func refreshSummary(_ db: Database, householdID: String) throws {
        try db.cachedStatement(
            sql: """
                UPDATE households SET
                    visit_count = (SELECT count(*) FROM visits WHERE household_id = ?1 AND voided = 0),
                    last_visit_date = (SELECT max(date) FROM visits WHERE household_id = ?1 AND voided = 0)
                WHERE id = ?1
                """
        ).execute(arguments: [householdID])
    }
}

extension Inspection: StoredEntity {
    static let entityType = EntityType.inspection
    static let table = "inspections"
    static let columns = [
        "id", "grid_id", "household_id", "inspector_id", "date", "method", "result", "notes", "answers", "supersedes",
    ]
    static var isAppendOnly: Bool { true }
    static var keepsAnswers: Bool { true }
    var idText: String { id.text }

    func columnValues() -> [(any DatabaseValueConvertible)?] {
        [
            id.text, gridID.text, householdID.text, inspectorID.text, date.description, method.rawValue,
            result.rawValue, notes, ColumnCoding.json(answers), supersedes.text,
        ]
    }

    init(row: Row) throws {
        self.init(
            id: try row.id("id"), gridID: try row.id("grid_id"), householdID: try row.id("household_id"),
            inspectorID: try row.id("inspector_id"), date: try row.date("date"), method: try row.value("method"),
            result: try row.value("result"), notes: row["notes"], answers: try row.json("answers"),
            supersedes: try row.optionalID("supersedes"))
    }

    /// Keeps the household's latest contact dates current, so coverage never aggregates inspections.
    func didWrite(_ db: Database) throws {
        try Inspection.refreshContacts(db, householdID: householdID.text)
    }
}
