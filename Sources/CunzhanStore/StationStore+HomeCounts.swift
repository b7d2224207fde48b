import CunzhanCore
import Foundation
import GRDB

/// The figures the home screen shows: how many households, how the month's visits stand, what waits to upload.
public struct HomeCounts: Equatable, Sendable {
    /// Households of the station.
    public var households: Int
    /// Visits dated in the month (voided ones left out).
    public var visitsThisMonth: Int
    /// Households with no visit dated in the month (never visited, or last visited before its first day).
    public var householdsNotVisitedThisMonth: Int
    /// Outbox ops waiting to be sent (待上传).
    public var pendingUploads: Int
    /// The month counted, as `YYYY-MM`.
    public var month: String

    public init(
        households: Int, visitsThisMonth: Int, householdsNotVisitedThisMonth: Int, pendingUploads: Int, month: String
    ) {
        self.households = households
        self.visitsThisMonth = visitsThisMonth
        self.householdsNotVisitedThisMonth = householdsNotVisitedThisMonth
        self.pendingUploads = pendingUploads
        self.month = month
    }
}

extension StationStore {
    /// The station's time zone: calendar days (today, this month) are days in Asia/Shanghai.
    static let stationTimeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current

    /// Today in the station's time zone, read from the store's clock (so tests can fix it).
    public var today: CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = StationStore.stationTimeZone
        let date = Date(timeIntervalSince1970: Double(clock.nowMillis()) / 1000)
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: 0)
    }

    /// The home screen's counts for the month of `day` (today when nil), in one read snapshot.
    ///
    /// Every count is an index range count, so the cost follows the month's visits, not the whole history:
    /// visits by `visits_by_date` (date, voided), households visited in the month by `households_by_last_visit`,
    /// and the not-visited figure as the difference from the household total.
    public func homeCounts(month day: CalendarDate? = nil) throws(StoreError) -> HomeCounts {
        let first = (day ?? today).firstOfMonth
        let next = first.adding(days: CalendarDate.daysIn(month: first.month, year: first.year))
        let (from, until) = (first.description, next.description)
        return try read { db in
            let households = try Int.fetchOne(db, sql: "SELECT count(*) FROM households") ?? 0
            let visits =
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT count(*) FROM visits INDEXED BY visits_by_date WHERE date >= ? AND date < ? AND voided = 0",
                    arguments: [from, until]) ?? 0
            let visited =
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT count(*) FROM households INDEXED BY households_by_last_visit WHERE last_visit_date >= ?",
                    arguments: [from]) ?? 0
            let pending = try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox WHERE state = 'pending'") ?? 0
            return HomeCounts(
                households: households, visitsThisMonth: visits, householdsNotVisitedThisMonth: households - visited,
                pendingUploads: pending, month: first.monthKey)
        }
    }

    /// Registers the indexes the home counts need, as a migration of their own after the v1 schema.
    static func registerHomeCountIndexes(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4 home count indexes") { db in
            try db.execute(sql: "CREATE INDEX visits_by_date ON visits(date, voided)")
            try db.execute(sql: "CREATE INDEX households_by_last_visit ON households(last_visit_date)")
        }
    }
}
