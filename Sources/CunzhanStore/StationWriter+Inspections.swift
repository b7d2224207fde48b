import CunzhanCore
import Foundation
import GRDB

/// Inspection log entries as user actions: append-only records, corrected by superseding records.
extension StationWriter {
    /// Records a grid inspection log entry (append-only) with its op.
    ///
    /// Refused (`.invalidValue`, the message naming 排查日期) when dated after today at the station or before
    /// the household's 登记日期; the household and grid must exist. Whether the inspector may inspect outside
    /// their grid is the screen's question to ask; the record keeps who did it either way.
    public func recordInspection(_ inspection: Inspection) throws {
        guard let household = try Household.fetch(db, id: inspection.householdID.text) else {
            throw StoreError.unknown(.household, inspection.householdID.text)
        }
        try requireExists(.grid, table: "grids", id: inspection.gridID.text)
        try requireExists(.user, table: "users", id: inspection.inspectorID.text)
        let today = store.today
        try StationWriter.checked { () throws(ValidationError) in
            try InspectionDateRule.check(inspection.date, today: today, registeredOn: household.registeredOn)
        }
        if let old = inspection.supersedes {
            try requireCorrectable(old, by: inspection)
        }
        try action { try insertRecording(inspection) }
    }

    /// Records an inspection that found a problem together with what it leads to, as ONE user action (one
    /// transaction group of ops): a rectification item raised from it, and/or a monitoring-review flag on
    /// the household.
    public func recordInspection(
        _ inspection: Inspection, raising item: RectificationItem?, flagging review: MonitoringReview?
    ) throws {
        // One group for all of it: `action` alone would start a new group after the inspection's own action.
        let outermost = currentGroup == nil
        if outermost { currentGroup = UUID().uuidString.lowercased() }
        defer { if outermost { currentGroup = nil } }
        try recordInspection(inspection)
        if let item { try raiseItem(item) }
        if let review { try flagForMonitoringReview(inspection.householdID, review: review) }
    }

    /// Records `correction` as the new version of inspection `old`: a new record that supersedes it.
    public func correctInspection(_ old: InspectionID, with correction: Inspection) throws {
        var correction = correction
        correction.supersedes = old
        try recordInspection(correction)
    }

    /// Refuses a correction of an inspection that is missing, voided, of another household, or already
    /// corrected (correct the newest version instead).
    private func requireCorrectable(_ old: InspectionID, by correction: Inspection) throws {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT household_id, voided FROM inspections WHERE id = ?", arguments: [old.text])
        else { throw StoreError.unknown(.inspection, old.text) }
        guard row["household_id"] == correction.householdID.text else {
            throw StoreError(.invalidValue, "更正排查记录：更正必须是同一户的记录。")
        }
        guard row["voided"] == false else {
            throw StoreError(.invalidValue, "更正排查记录：原记录已作废，不能更正，请新增一条排查记录。")
        }
        let corrected = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM inspections WHERE supersedes = ? AND voided = 0)",
            arguments: [old.text])
        if corrected == true {
            throw StoreError(.invalidValue, "更正排查记录：这条记录已经更正过，请更正最新的那一条。")
        }
    }
}

extension Inspection {
    /// Recomputes a household's latest valid contact dates (`CoverageRule.summary(of:)` in SQL): not voided,
    /// not superseded by a valid correction; 入户 only, and any method.
    static func refreshContacts(_ db: Database, householdID: String) throws {
        try db.cachedStatement(
            sql: """
                UPDATE households SET
                    last_in_person_inspection = (SELECT max(i.date) FROM inspections i
                        WHERE i.household_id = ?1 AND i.voided = 0 AND i.method = 'inPerson'
                        AND NOT EXISTS (SELECT 1 FROM inspections s WHERE s.supersedes = i.id AND s.voided = 0)),
                    last_inspection = (SELECT max(i.date) FROM inspections i
                        WHERE i.household_id = ?1 AND i.voided = 0
                        AND NOT EXISTS (SELECT 1 FROM inspections s WHERE s.supersedes = i.id AND s.voided = 0))
                WHERE id = ?1
                """
        ).execute(arguments: [householdID])
    }
}
