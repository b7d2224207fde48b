import Foundation
import Testing

@testable import CunzhanCore

/// The holiday arrangements compiled in: 2026 as announced, 2027's statutory days, and working-day
/// arithmetic across the Spring Festival and National Day with their 调休.
@Suite("Shipped work calendar")
struct ShippedCalendarTests {
    static func day(_ text: String) -> CalendarDate {
        (try? CalendarDate(parsing: text)) ?? CalendarDate(dayNumber: 0)
    }

    let calendar = WorkCalendar.shipped

    @Test("every shipped year parses, and the shipped calendar covers 2026 and 2027")
    func shippedParses() throws {
        for (year, text) in WorkCalendar.shippedText {
            let parsed = try WorkCalendar(parsing: text)
            #expect(parsed.years == [year])
        }
        #expect(calendar.years == [2026, 2027])
    }

    @Test(
        "working days across the 2026 Spring Festival: Saturday 02-14 and 02-28 are worked, 02-15 to 02-23 are off",
        arguments: [
            ("2026-02-13", 1, "2026-02-14"),
            ("2026-02-13", 2, "2026-02-24"),
            ("2026-02-14", 1, "2026-02-24"),
            ("2026-02-27", 1, "2026-02-28"),
            ("2026-02-27", 2, "2026-03-02"),
            ("2026-02-24", -1, "2026-02-14"),
        ])
    func springFestival2026(start: String, count: Int, expected: String) {
        #expect(calendar.addingWorkingDays(count, to: Self.day(start)) == Self.day(expected))
    }

    @Test(
        "working days across 2026 中秋 and 国庆: Sunday 09-20 and Saturday 10-10 are worked",
        arguments: [
            ("2026-09-18", 1, "2026-09-20"),
            ("2026-09-24", 1, "2026-09-28"),
            ("2026-09-30", 1, "2026-10-08"),
            ("2026-09-30", 3, "2026-10-10"),
            ("2026-10-09", 2, "2026-10-12"),
        ])
    func nationalDay2026(start: String, count: Int, expected: String) {
        #expect(calendar.addingWorkingDays(count, to: Self.day(start)) == Self.day(expected))
    }

    @Test("counting working days to a deadline across holidays and make-up days")
    func countsToDeadline() {
        // 02-13 (Fri) to 02-24: 02-14 (worked Saturday) and 02-24 only.
        #expect(calendar.workingDays(from: Self.day("2026-02-13"), to: Self.day("2026-02-24")) == 2)
        // 09-30 to 10-10: 10-08, 10-09, 10-10.
        #expect(calendar.workingDays(from: Self.day("2026-09-30"), to: Self.day("2026-10-10")) == 3)
        #expect(calendar.workingDays(from: Self.day("2026-10-10"), to: Self.day("2026-09-30")) == -3)
    }

    @Test("due within 3 working days counts today and skips the holidays")
    func dueWithin() {
        let today = Self.day("2026-09-30")
        #expect(calendar.isDue(today, within: 3, of: today))
        #expect(calendar.isDue(Self.day("2026-10-09"), within: 3, of: today))
        #expect(calendar.isDue(Self.day("2026-10-10"), within: 3, of: today))
        #expect(!calendar.isDue(Self.day("2026-10-12"), within: 3, of: today))
        #expect(!calendar.isDue(Self.day("2026-09-29"), within: 3, of: today))
    }

    @Test("2027's 春节 (除夕 to 初三), 端午 and 中秋 in the data match Foundation's Chinese calendar")
    func lunarHolidays2027() throws {
        var chinese = Calendar(identifier: .chinese)
        chinese.timeZone = try #require(TimeZone(identifier: "Asia/Shanghai"))
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = chinese.timeZone
        func gregorianDay(lunarMonth: Int, day: Int, near year: Int) throws -> CalendarDate {
            // The first Gregorian day of `year` whose Chinese date is the given month and day (not leap).
            var date = try #require(gregorian.date(from: DateComponents(year: year, month: 1, day: 1)))
            for _ in 0..<366 {
                let parts = chinese.dateComponents([.month, .day, .isLeapMonth], from: date)
                if parts.month == lunarMonth, parts.day == day, parts.isLeapMonth == false {
                    let found = gregorian.dateComponents([.year, .month, .day], from: date)
                    return try #require(
                        CalendarDate(year: found.year ?? 0, month: found.month ?? 0, day: found.day ?? 0))
                }
                date = try #require(gregorian.date(byAdding: .day, value: 1, to: date))
            }
            throw CancellationError()
        }
        for year in [2026, 2027] {
            let newYear = try gregorianDay(lunarMonth: 1, day: 1, near: year)
            for offset in -1...2 {
                #expect(!calendar.isWorkingDay(newYear.adding(days: offset)), "\(year) 春节 \(offset)")
            }
            #expect(calendar.holidays.contains(try gregorianDay(lunarMonth: 5, day: 5, near: year)), "\(year) 端午")
            #expect(calendar.holidays.contains(try gregorianDay(lunarMonth: 8, day: 15, near: year)), "\(year) 中秋")
        }
        #expect(try gregorianDay(lunarMonth: 1, day: 1, near: 2027) == Self.day("2027-02-06"))
    }

    @Test("a loaded year replaces the shipped one whole and leaves the other years")
    func replacingYears() throws {
        let loaded = try WorkCalendar(parsing: "2027-02-20 班\n2027-02-05 休")
        let merged = calendar.replacingYears(with: loaded)
        #expect(merged.years == [2026, 2027])
        #expect(merged.isWorkingDay(Self.day("2027-02-20")))
        #expect(merged.isWorkingDay(Self.day("2027-02-08")))
        #expect(!merged.isWorkingDay(Self.day("2026-02-16")))
    }
}
