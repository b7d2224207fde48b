import CunzhanCore
import GRDB

extension StationWriter {
    /// Flags a household for a monitoring review (标记为需要监测评估), recorded as a household patch op.
    ///
    /// The patch carries only the review's date and reason, so it merges per field with other edits of the
    /// household on sync. A household already flagged gets the new date and reason.
    public func flagForMonitoringReview(_ householdID: HouseholdID, review: MonitoringReview) throws {
        guard var household = try Household.fetch(db, id: householdID.text) else {
            throw StoreError(.invalidValue, "农户：找不到该农户，可能已被删除，请返回花名册重新选择。")
        }
        let reason = review.reason.trimmingWhitespace()
        guard !reason.isEmpty else {
            throw StoreError(.invalidValue, "评估原因：不能为空，请写明为什么需要监测评估。")
        }
        household.monitoringReview = MonitoringReview(date: review.date, reason: reason)
        try updateHousehold(household)
    }
}

extension StationStore {
    /// Adds the household's monitoring-review flag (date and reason), as a migration after the earlier ones.
    static func registerMonitoringReview(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6 household monitoring review") { db in
            try db.execute(
                sql: """
                    ALTER TABLE households ADD COLUMN monitoring_review_date TEXT
                        CHECK (monitoring_review_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
                    """)
            try db.execute(sql: "ALTER TABLE households ADD COLUMN monitoring_review_reason TEXT")
        }
    }
}
