import CunzhanCore
import GRDB

/// One year of the work calendar as the station holds it: shipped with the program or loaded from a file.
public struct CalendarYear: Equatable, Sendable {
    public var year: Int
    /// True when an administrator loaded the year (it replaces the shipped one).
    public var isLoaded: Bool
    public var holidays: Int
    public var makeUpWorkdays: Int
    /// The day it was loaded, for a loaded year.
    public var loadedOn: CalendarDate?
}

extension StationStore {
    /// The work calendar in force: the shipped years, each replaced whole by a year an administrator loaded.
    public func workCalendar() throws(StoreError) -> WorkCalendar {
        try read { db in try StationStore.workCalendar(db) }
    }

    static func workCalendar(_ db: Database) throws -> WorkCalendar {
        var loaded = WorkCalendar()
        for text in try String.fetchAll(db, sql: "SELECT arrangement FROM work_calendar_years ORDER BY year") {
            loaded.merge(try WorkCalendar(parsing: text))
        }
        return WorkCalendar.shipped.replacingYears(with: loaded)
    }

    /// The years the calendar covers, ascending, with where each comes from and how many days it lists.
    public func calendarYears() throws(StoreError) -> [CalendarYear] {
        try read { db in
            let loadedOn = try Row.fetchAll(db, sql: "SELECT year, loaded_on FROM work_calendar_years")
                .reduce(into: [Int: CalendarDate]()) { result, row in
                    result[row["year"]] = try? CalendarDate(parsing: row["loaded_on"] as String? ?? "")
                }
            let calendar = try StationStore.workCalendar(db)
            return calendar.years.map { year in
                CalendarYear(
                    year: year, isLoaded: loadedOn[year] != nil,
                    holidays: calendar.holidays.filter { $0.year == year }.count,
                    makeUpWorkdays: calendar.makeUpWorkdays.filter { $0.year == year }.count,
                    loadedOn: loadedOn[year])
            }
        }
    }

    /// Loads a holiday arrangement file (the State Council's notice as `日期 休|班 名称` lines), replacing the
    /// years it covers; only an administrator may. Returns the years loaded.
    ///
    /// The whole file is checked first (`WorkCalendar(parsing:)`): one bad line refuses the file with its line
    /// number and nothing changes. Calendar years are reference data (DESIGN.md §4 rule 4): kept at this
    /// station, not sent as ops.
    @discardableResult
    public func loadCalendar(_ text: String, by userID: UserID, on today: CalendarDate) throws(StoreError) -> [Int] {
        let calendar: WorkCalendar
        do {
            calendar = try WorkCalendar(parsing: text)
        } catch {
            throw StoreError(.invalidValue, error.message + "。文件未载入，请改正后重试。")
        }
        let years = calendar.years
        guard !years.isEmpty else { throw StoreError(.invalidValue, "节假日安排：文件中没有任何日期，未载入。") }
        guard years.allSatisfy({ (2000...2100).contains($0) }) else {
            throw StoreError(.invalidValue, "节假日安排：年份应在 2000 到 2100 之间，未载入。")
        }
        do {
            try pool.write { db in
                guard let user = try User.fetch(db, id: userID.text), user.role == .administrator, !user.disabled else {
                    throw StoreError(.workflowRefused, "只有管理员才能载入节假日安排。")
                }
                for year in years {
                    let lines = StationStore.arrangementLines(of: calendar, year: year)
                    try db.execute(
                        sql: """
                            INSERT INTO work_calendar_years (year, arrangement, loaded_by, loaded_on) VALUES (?, ?, ?, ?)
                            ON CONFLICT (year) DO UPDATE SET arrangement = excluded.arrangement,
                                loaded_by = excluded.loaded_by, loaded_on = excluded.loaded_on
                            """, arguments: [year, lines, userID.text, today.description])
                }
            }
        } catch {
            throw StoreError.wrap(error)
        }
        return years
    }

    /// One year of `calendar` in the text format, sorted by date.
    static func arrangementLines(of calendar: WorkCalendar, year: Int) -> String {
        let days =
            calendar.holidays.filter { $0.year == year }.map { ($0, "休") }
            + calendar.makeUpWorkdays.filter { $0.year == year }.map { ($0, "班") }
        return days.sorted { $0.0 < $1.0 }.map { "\($0.0) \($0.1)" }.joined(separator: "\n")
    }

    /// The enabled administrator called `name`, or the only one when `name` is nil (for shell commands).
    public func administrator(named name: String?) throws(StoreError) -> UserID {
        let administrators = try read { db in
            try Row.fetchAll(db, sql: User.selectSQL + " WHERE role = 'administrator' AND disabled = 0 ORDER BY name")
                .map(User.init(row:))
        }
        if let name {
            guard let found = administrators.first(where: { $0.name == name }) else {
                throw StoreError(.invalidValue, "找不到名为“\(name)”的在用管理员，请检查 --admin。")
            }
            return found.id
        }
        guard administrators.count == 1, let only = administrators.first else {
            throw StoreError(
                .invalidValue,
                administrators.isEmpty ? "本站没有在用的管理员，不能载入节假日安排。" : "本站有多位管理员，请用 --admin 指明是谁载入。")
        }
        return only.id
    }
}
