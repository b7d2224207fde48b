/// The holiday arrangements compiled into Cunzhan: 2026 as announced, 2027's statutory holidays only.
///
/// 2026 follows 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）as known when this was
/// written: 元旦 1月1日至3日 (1月4日周日上班); 春节 2月15日至23日 (2月14日周六、2月28日周六上班); 清明节
/// 4月4日至6日; 劳动节 5月1日至5日 (5月9日周六上班); 端午节 6月19日至21日; 中秋节 9月25日至27日; 国庆节
/// 10月1日至7日 (9月20日周日、10月10日周六上班). Check it against the notice before relying on it; an
/// administrator loads the official file with `cunzhan calendar load` and that replaces the year.
///
/// 2027's notice is not published yet. Only the statutory days of 《全国年节及纪念日放假办法》 (2024 revision)
/// are listed: 元旦 1月1日; 春节 除夕至正月初三 (2月5日至8日, from Foundation's Chinese calendar, checked in a
/// test); 清明节 4月5日 (the solar term, from the astronomical tables; Foundation does not compute solar
/// terms); 劳动节 5月1日至2日; 端午节 6月9日; 中秋节 9月15日; 国庆节 10月1日至3日. The 调休 arrangement (days
/// moved next to the holidays and the weekend days worked instead) must be loaded by an administrator when the
/// State Council publishes it.
extension WorkCalendar {
    /// The text of each shipped year, in the format of `init(parsing:)`.
    public static let shippedText: [Int: String] = [2026: arrangement2026, 2027: statutory2027]

    static let arrangement2026 = """
        # 2026年部分节假日安排（国办发明电〔2025〕7号）
        2026-01-01 休 元旦
        2026-01-02 休 元旦
        2026-01-03 休 元旦
        2026-01-04 班 元旦调休
        2026-02-14 班 春节调休
        2026-02-15 休 春节
        2026-02-16 休 春节
        2026-02-17 休 春节
        2026-02-18 休 春节
        2026-02-19 休 春节
        2026-02-20 休 春节
        2026-02-21 休 春节
        2026-02-22 休 春节
        2026-02-23 休 春节
        2026-02-28 班 春节调休
        2026-04-04 休 清明节
        2026-04-05 休 清明节
        2026-04-06 休 清明节
        2026-05-01 休 劳动节
        2026-05-02 休 劳动节
        2026-05-03 休 劳动节
        2026-05-04 休 劳动节
        2026-05-05 休 劳动节
        2026-05-09 班 劳动节调休
        2026-06-19 休 端午节
        2026-06-20 休 端午节
        2026-06-21 休 端午节
        2026-09-20 班 国庆节调休
        2026-09-25 休 中秋节
        2026-09-26 休 中秋节
        2026-09-27 休 中秋节
        2026-10-01 休 国庆节
        2026-10-02 休 国庆节
        2026-10-03 休 国庆节
        2026-10-04 休 国庆节
        2026-10-05 休 国庆节
        2026-10-06 休 国庆节
        2026-10-07 休 国庆节
        2026-10-10 班 国庆节调休
        """

    static let statutory2027 = """
        # 2027年法定节假日（仅法定假日；调休安排待国务院办公厅通知公布后由管理员载入）
        2027-01-01 休 元旦
        2027-02-05 休 春节（除夕）
        2027-02-06 休 春节（初一）
        2027-02-07 休 春节（初二）
        2027-02-08 休 春节（初三）
        2027-04-05 休 清明节
        2027-05-01 休 劳动节
        2027-05-02 休 劳动节
        2027-06-09 休 端午节
        2027-09-15 休 中秋节
        2027-10-01 休 国庆节
        2027-10-02 休 国庆节
        2027-10-03 休 国庆节
        """

    /// The calendar of every shipped year together.
    public static let shipped: WorkCalendar = {
        var calendar = WorkCalendar()
        for text in shippedText.values {
            if let year = try? WorkCalendar(parsing: text) { calendar.merge(year) }
        }
        return calendar
    }()

    /// The years this calendar has any holiday or make-up day in, ascending.
    public var years: [Int] {
        Set(holidays.map(\.year)).union(makeUpWorkdays.map(\.year)).sorted()
    }

    /// Adds the days of `other` to this calendar.
    public mutating func merge(_ other: WorkCalendar) {
        holidays.formUnion(other.holidays)
        makeUpWorkdays.formUnion(other.makeUpWorkdays)
    }

    /// This calendar with every day of `other`'s years taken from `other` instead: a loaded year replaces
    /// the shipped one whole, so a 2027 notice brings its 调休 and drops nothing it does not list.
    public func replacingYears(with other: WorkCalendar) -> WorkCalendar {
        let replaced = Set(other.years)
        var result = WorkCalendar(
            holidays: holidays.filter { !replaced.contains($0.year) },
            makeUpWorkdays: makeUpWorkdays.filter { !replaced.contains($0.year) })
        result.merge(other)
        return result
    }

    /// Whether `date` falls from `today` up to `count` working days after it: "due in N
    /// working days". Due today counts; a date before today is overdue instead.
    public func isDue(_ date: CalendarDate, within count: Int, of today: CalendarDate) -> Bool {
        date >= today && date <= addingWorkingDays(count, to: today)
    }
}
