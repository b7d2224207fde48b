import CunzhanCore
import Foundation

extension DemoGenerator {
    /// A fixed end date, 2025-12-31, for tests and the bench: their data must not change from day to day.
    public static let fixedEndDate = CalendarDate(year: 2025, month: 12, day: 31) ?? CalendarDate(dayNumber: 0)

    /// Today in the station's time zone (Asia/Shanghai): the end of the demo window for `cunzhan --demo`.
    ///
    /// Tests and the bench pass a fixed date instead, so their data stay the same from day to day.
    public static func today(clock: StoreClock = .system) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = StationStore.stationTimeZone
        let now = Date(timeIntervalSince1970: Double(clock.nowMillis()) / 1000)
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year ?? 2025, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: 0)
    }

    /// The first day of each of the twelve months that end with `endDate`'s month, oldest first.
    var months: [CalendarDate] {
        (0..<12).map { index in
            let offset = endDate.year * 12 + (endDate.month - 1) - (11 - index)
            return CalendarDate(year: offset / 12, month: offset % 12 + 1, day: 1) ?? endDate.firstOfMonth
        }
    }

    /// The first day of the window: the first of the month eleven months before `endDate`'s.
    var startDate: CalendarDate { months.first ?? endDate.firstOfMonth }

    /// A random day of `month` (a first of month) from `days`, never after `endDate`.
    mutating func day(in month: CalendarDate, _ days: ClosedRange<Int>) -> CalendarDate {
        let date = month.adding(days: Int.random(in: days, using: &random) - 1)
        return min(date, endDate)
    }

    /// `date` moved inside the window: not before its first day, never after `endDate`.
    func clamped(_ date: CalendarDate) -> CalendarDate { min(max(date, startDate), endDate) }
}
