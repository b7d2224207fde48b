import CunzhanCore

/// Working days from today to many deadlines at once: the calendar is walked once over their span, and
/// each deadline's count is then a subtraction.
///
/// The queue's 工作日 column showed `WorkCalendar.workingDays` for every row, which steps day by day: on
/// the county set a page of rows with deadlines a year or two away walked tens of thousands of days per
/// filter key (two thirds of its time in a profile). Counted here, a page walks its span once.
struct WorkingDayCounts {
    let today: CalendarDate
    let calendar: WorkCalendar
    /// The first day of the span, as a day number.
    let first: Int
    /// `prefix[i]`: the working days after `first` up to and including `first + i`.
    let prefix: [Int]

    /// Counts over the days from the earliest to the latest of `today` and `deadlines`.
    init(calendar: WorkCalendar, today: CalendarDate, deadlines: [CalendarDate]) {
        let numbers = deadlines.map(\.dayNumber) + [today.dayNumber]
        let first = numbers.min() ?? today.dayNumber
        let last = numbers.max() ?? today.dayNumber
        var prefix = [0]
        prefix.reserveCapacity(last - first + 1)
        var count = 0
        for number in first..<last {
            if calendar.isWorkingDay(CalendarDate(dayNumber: number + 1)) { count += 1 }
            prefix.append(count)
        }
        (self.today, self.calendar, self.first, self.prefix) = (today, calendar, first, prefix)
    }

    /// `WorkCalendar.workingDays(from:to:)`, by subtraction for days of the span.
    func workingDays(from start: CalendarDate, to end: CalendarDate) -> Int {
        let (low, high) = (start.dayNumber - first, end.dayNumber - first)
        guard prefix.indices.contains(low), prefix.indices.contains(high) else {
            return calendar.workingDays(from: start, to: end)
        }
        return prefix[high] - prefix[low]
    }

    /// The queue's due cell as `LoopContext.dueShort` words it: "逾期 3", "今天到期", "剩 2", or "" for an
    /// item closed or without a deadline.
    func dueShort(deadline: CalendarDate?, state: RectificationState) -> String {
        guard let deadline, state != .closed else { return "" }
        if deadline < today { return "逾期 \(-workingDays(from: today, to: deadline))" }
        if deadline == today { return "今天到期" }
        return "剩 \(workingDays(from: today, to: deadline))"
    }
}
