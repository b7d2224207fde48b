/// One 网格排查 cycle: the run of calendar months in which every household of a grid is to be reached once.
///
/// Cycles are aligned to the calendar year: with a cycle of `months` months (1, 2, 3, 4, 6 or 12, so a year
/// holds a whole number of them) the first starts on 1 January, the next `months` months later. A monthly
/// cycle is simply the month; a cycle of 3 months is the calendar quarter.
///
/// ```swift
/// let cycle = InspectionCycle(containing: CalendarDate(year: 2026, month: 5, day: 9)!, months: 2)
/// // 2026-05-01 ... 2026-06-30, cycle.label == "2026年5-6月"
/// ```
public struct InspectionCycle: Hashable, Sendable, CustomStringConvertible {
    /// The cycle lengths a village may choose.
    public static let allowedMonths = [1, 2, 3, 4, 6, 12]

    /// The first day of the cycle.
    public let start: CalendarDate
    /// The last day of the cycle.
    public let end: CalendarDate
    /// The cycle's length in months.
    public let months: Int

    /// The cycle that contains `date`; a length that does not divide the year is taken as monthly.
    public init(containing date: CalendarDate, months: Int) {
        let length = Self.allowedMonths.contains(months) ? months : 1
        let firstMonth = (date.month - 1) / length * length + 1
        let lastMonth = firstMonth + length - 1
        self.months = length
        start = CalendarDate(year: date.year, month: firstMonth, day: 1) ?? date
        end =
            CalendarDate(
                year: date.year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: date.year))
            ?? date
    }

    /// Whether `date` falls in the cycle.
    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    /// Days left in the cycle on `today`, today included: 1 on the last day, 0 once the cycle is over, and
    /// the cycle's whole length before it starts.
    public func daysLeft(on today: CalendarDate) -> Int {
        if today > end { return 0 }
        return max(today, start).days(until: end) + 1
    }

    /// The cycle after this one.
    public var next: InspectionCycle { InspectionCycle(containing: end.adding(days: 1), months: months) }

    /// The cycle before this one.
    public var previous: InspectionCycle { InspectionCycle(containing: start.adding(days: -1), months: months) }

    /// The first day of the calendar quarter that contains `date`.
    public static func quarterStart(of date: CalendarDate) -> CalendarDate {
        CalendarDate(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1) ?? date
    }

    /// How users read the cycle: "2026年3月", "2026年5-6月", "2026年全年".
    public var label: String {
        if months == 1 { return "\(start.year)年\(start.month)月" }
        if months == 12 { return "\(start.year)年全年" }
        return "\(start.year)年\(start.month)-\(end.month)月"
    }

    public var description: String { "\(start)..\(end)" }
}
