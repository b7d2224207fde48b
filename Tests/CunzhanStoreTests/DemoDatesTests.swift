import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

/// The demo's dates: the twelve months ending on the end date, nothing after it, themes for those months.
struct DemoDatesTests {
    static func demo(endingOn text: String, seed: UInt64 = 5) throws -> (StationStore, CalendarDate) {
        let end = try CalendarDate(parsing: text)
        // The store's today is the end date (noon in Shanghai): inspections may not be dated after today.
        let store = try makeStore(clock: .fixed(Int64(end.dayNumber) * 86_400_000 + 4 * 3_600_000))
        var generator = DemoGenerator(households: 25, seed: seed, endDate: end)
        try generator.generate(into: store)
        return (store, end)
    }

    /// Every dated column of the demo's records, as one SQL union.
    static let allDates = """
        SELECT date AS d FROM visits UNION ALL SELECT date FROM inspections
        UNION ALL SELECT raised_on FROM rectification_items
        UNION ALL SELECT closed_on FROM rectification_items WHERE closed_on IS NOT NULL
        UNION ALL SELECT date FROM progress_entries UNION ALL SELECT date FROM supervision_records
        """

    @Test(arguments: ["2026-11-23", "2024-03-01", "2025-12-31"])
    func noDateIsAfterTheEndDateOrBeforeItsTwelveMonths(_ endText: String) throws {
        let (store, _) = try Self.demo(endingOn: endText)
        let (earliest, latest) = try store.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT min(d) AS first, max(d) AS last FROM (\(Self.allDates))")
            return (row?["first"] as String?, row?["last"] as String?)
        }
        let end = try CalendarDate(parsing: endText)
        let start = DemoGenerator(households: 1, seed: 1, endDate: end).startDate
        #expect(try #require(latest) <= endText)
        #expect(try #require(earliest) >= start.description)
        #expect(end.days(until: start) <= -334 && end.days(until: start) >= -365)
    }

    @Test func theEndMonthHasVisitsSoHomeCountsAreAlive() throws {
        let (store, _) = try Self.demo(endingOn: "2026-11-23")
        let thisMonth = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM visits WHERE date >= '2026-11-01'") ?? 0
        }
        let lastMonth = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM visits WHERE date LIKE '2026-10-%'") ?? 0
        }
        #expect(thisMonth > 0 && thisMonth < lastMonth, "\(thisMonth) this month, \(lastMonth) last month")
    }

    @Test func themesCoverTheTwelveMonthsOfTheWindow() throws {
        let (store, _) = try Self.demo(endingOn: "2026-02-10")
        let months = try store.read { db in
            try String.fetchAll(db, sql: "SELECT month FROM monthly_themes ORDER BY month")
        }
        #expect(months.first == "2025-03" && months.last == "2026-02" && months.count == 12)
        #expect(try store.check().isHealthy)
    }

    @Test func theSameSeedAndEndDateGiveTheSameDataAndAnotherEndDateDoesNot() throws {
        let (first, _) = try Self.demo(endingOn: "2026-11-23")
        let (second, _) = try Self.demo(endingOn: "2026-11-23")
        // Another end date in the past: the store refuses records dated after today.
        let (later, _) = try Self.demo(endingOn: "2026-10-23")
        #expect(try first.snapshot() == second.snapshot())
        #expect(try later.snapshot() != first.snapshot())
    }

    @Test func todayIsTheDateInShanghaiNotUTC() {
        // 2024-03-15 20:00 UTC is already 03-16 in Shanghai.
        #expect(DemoGenerator.today(clock: .fixed(1_710_532_800_000)).description == "2024-03-16")
    }
}
