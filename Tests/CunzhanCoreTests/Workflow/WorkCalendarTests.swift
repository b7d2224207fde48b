import Testing

@testable import CunzhanCore

@Suite("Work calendar")
struct WorkCalendarTests {
    /// Part of the 2025 arrangement (国办发明电〔2024〕12号), as a station receives it.
    static let arrangement2025 = """
        # 2025年部分节假日安排
        2025-01-01 休 元旦
        2025-01-26 班 春节调休
        2025-01-28 休 春节
        2025-01-29 休
        2025-01-30 休
        2025-01-31 休
        2025-02-01 休
        2025-02-02 休
        2025-02-03 休
        2025-02-04 休
        2025-02-08 班

        2025-09-28 班 国庆中秋调休
        2025/10/01 休 国庆节、中秋节
        2025-10-02 休
        2025-10-03 holiday
        2025-10-06 休
        2025-10-07 休
        2025-10-08 休
        2025-10-11 workday
        """

    static func date(_ text: String) -> CalendarDate {
        (try? CalendarDate(parsing: text)) ?? CalendarDate(dayNumber: 0)
    }

    static func calendar() throws -> WorkCalendar { try WorkCalendar(parsing: arrangement2025) }

    @Test("holidays are days off and make-up days are working days")
    func workingDays() throws {
        let calendar = try WorkCalendarTests.calendar()
        #expect(calendar.holidays.count == 15)
        #expect(calendar.makeUpWorkdays.count == 4)
        #expect(!calendar.isWorkingDay(WorkCalendarTests.date("2025-01-28")))
        #expect(calendar.isWorkingDay(WorkCalendarTests.date("2025-01-26")))  // a Sunday, 调休
        #expect(!calendar.isWorkingDay(WorkCalendarTests.date("2025-01-25")))  // an ordinary Saturday
        #expect(calendar.isWorkingDay(WorkCalendarTests.date("2025-01-27")))  // an ordinary Monday
    }

    @Test(
        "adding working days skips weekends and holidays and counts make-up days",
        arguments: [
            ("2025-03-07", 5, "2025-03-14"),
            ("2025-01-24", 1, "2025-01-26"),
            ("2025-01-24", 2, "2025-01-27"),
            ("2025-01-24", 3, "2025-02-05"),
            ("2025-09-30", 1, "2025-10-09"),
            ("2025-09-30", 3, "2025-10-11"),
            ("2025-02-05", -1, "2025-01-27"),
            ("2025-01-27", -1, "2025-01-26"),
            ("2025-01-25", 0, "2025-01-25"),
        ])
    func addsWorkingDays(start: String, count: Int, expected: String) throws {
        let calendar = try WorkCalendarTests.calendar()
        #expect(
            calendar.addingWorkingDays(count, to: WorkCalendarTests.date(start)) == WorkCalendarTests.date(expected))
    }

    @Test("working days between two dates count what remains to a deadline")
    func countsWorkingDays() throws {
        let calendar = try WorkCalendarTests.calendar()
        let start = WorkCalendarTests.date("2025-01-24")
        #expect(calendar.workingDays(from: start, to: WorkCalendarTests.date("2025-02-05")) == 3)
        #expect(calendar.workingDays(from: WorkCalendarTests.date("2025-02-05"), to: start) == -3)
        #expect(calendar.workingDays(from: start, to: start) == 0)
    }

    @Test("counting is the inverse of adding over a year of dates")
    func countingInvertsAdding() throws {
        let calendar = try WorkCalendarTests.calendar()
        let first = WorkCalendarTests.date("2024-12-20")
        for offset in stride(from: 0, to: 330, by: 7) {
            let start = first.adding(days: offset)
            for count in [1, 2, 5, 10, 23] {
                let end = calendar.addingWorkingDays(count, to: start)
                #expect(calendar.isWorkingDay(end))
                #expect(calendar.workingDays(from: start, to: end) == count)
            }
        }
    }

    @Test("an empty calendar is the plain Monday-to-Friday week")
    func plainWeek() {
        let calendar = WorkCalendar()
        #expect(
            calendar.addingWorkingDays(1, to: WorkCalendarTests.date("2025-01-31"))
                == WorkCalendarTests.date("2025-02-03"))
        #expect(
            calendar.addingWorkingDays(10, to: WorkCalendarTests.date("2026-11-23"))
                == WorkCalendarTests.date("2026-12-07"))
    }

    @Test(
        "bad lines are refused with their line number",
        arguments: [
            ("2025-01-01", "节假日安排：第1行应为“日期 休”或“日期 班”，如 2025-01-28 休"),
            ("# 注释\n2025-01-01 放", "节假日安排：第2行的“放”不认识，只能写 休 或 班"),
            ("2025-02-30 休", "节假日安排：第1行的日期：2025年2月30日不存在，请检查年月日"),
            ("2025-01-26 休\n2025-01-26 班", "节假日安排：第2行：2025-01-26既写了休又写了班，请核对通知"),
        ])
    func refusesBadLines(text: String, message: String) {
        #expect(throws: ValidationError(field: "节假日安排", message: message)) { try WorkCalendar(parsing: text) }
    }
}
