/// Which calendar days are working days: Monday to Friday, minus statutory holidays, plus make-up days (调休).
///
/// Deadlines count working days (DESIGN.md §2). The holidays and make-up days change every year by State
/// Council notice, so they are data (reference data synced from the server, or parsed from a text file with
/// `init(parsing:)`), never code.
public struct WorkCalendar: Hashable, Codable, Sendable {
    /// Days off that would otherwise be working days (法定节假日 and the days moved next to them).
    public var holidays: Set<CalendarDate>
    /// Weekend days that are working days (调休上班).
    public var makeUpWorkdays: Set<CalendarDate>

    /// A calendar with the given exceptions to the Monday-to-Friday week.
    public init(holidays: Set<CalendarDate> = [], makeUpWorkdays: Set<CalendarDate> = []) {
        self.holidays = holidays
        self.makeUpWorkdays = makeUpWorkdays
    }

    /// Whether `date` is a working day: a make-up day, or a weekday that is not a holiday.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        if makeUpWorkdays.contains(date) { return true }
        if holidays.contains(date) { return false }
        return date.weekday <= 5
    }

    /// The working day `count` working days after `date` (before it when `count` is negative).
    ///
    /// `date` itself is not counted: five working days after a Friday is the next Friday in an ordinary week.
    /// With `count` 0 the date is returned unchanged, working day or not.
    public func addingWorkingDays(_ count: Int, to date: CalendarDate) -> CalendarDate {
        let step = count < 0 ? -1 : 1
        var remaining = count.magnitude
        var current = date
        while remaining > 0 {
            current = current.adding(days: step)
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// The number of working days after `start` up to and including `end`: how many remain to a deadline.
    ///
    /// When `end` is earlier the result is minus the working days after `end` up to and including `start`.
    /// For a working day `end` later than `start`, `addingWorkingDays(workingDays(from: start, to: end), to: start)`
    /// is `end`.
    public func workingDays(from start: CalendarDate, to end: CalendarDate) -> Int {
        guard start != end else { return 0 }
        let (low, high, sign) = start < end ? (start, end, 1) : (end, start, -1)
        var count = 0
        var current = low
        while current < high {
            current = current.adding(days: 1)
            if isWorkingDay(current) { count += 1 }
        }
        return sign * count
    }
}
