import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// Loading a year's holiday arrangement: only by an administrator, whole or not at all.
@Suite("Work calendar in the store")
struct CalendarStoreTests {
    static let arrangement2027 = """
        # 2027年部分节假日安排（示例）
        2027-02-05 休 春节
        2027-02-06 休
        2027-02-07 休
        2027-02-08 休
        2027-02-09 休
        2027-02-10 休
        2027-02-11 休
        2027-02-20 班 春节调休
        """

    @Test("the shipped years are in force until a year is loaded, which then replaces that year whole")
    func loadReplacesYear() throws {
        let loop = try LoopFixture()
        let shipped = try loop.store.calendarYears()
        #expect(shipped.map(\.year) == [2026, 2027])
        #expect(shipped.allSatisfy { !$0.isLoaded })
        let years = try loop.store.loadCalendar(
            Self.arrangement2027, by: loop.administrator.id, on: try date("2026-12-01"))
        #expect(years == [2027])
        let calendar = try loop.store.workCalendar()
        #expect(calendar.isWorkingDay(try date("2027-02-20")))
        #expect(!calendar.isWorkingDay(try date("2027-02-10")))
        // 国庆 of the shipped 2027 is gone: the loaded file is the whole year.
        #expect(calendar.isWorkingDay(try date("2027-10-01")))
        #expect(calendar.isWorkingDay(try date("2026-10-08")))
        #expect(!calendar.isWorkingDay(try date("2026-10-07")))
        let listed = try loop.store.calendarYears()
        #expect(listed.first { $0.year == 2027 }?.isLoaded == true)
        #expect(listed.first { $0.year == 2027 }?.makeUpWorkdays == 1)
    }

    @Test("a bad line refuses the whole file with its line number, and nothing changes")
    func badFileRefused() throws {
        let loop = try LoopFixture()
        let bad = Self.arrangement2027 + "\n2027-13-01 休"
        let refusal = loop.refusal {
            try loop.store.loadCalendar(bad, by: loop.administrator.id, on: try date("2026-12-01"))
        }
        #expect(refusal?.code == .invalidValue)
        #expect(refusal?.message.contains("第10行") == true)
        #expect(try loop.store.calendarYears().allSatisfy { !$0.isLoaded })
    }

    @Test("only an administrator loads a calendar")
    func administratorsOnly() throws {
        let loop = try LoopFixture()
        let refusal = loop.refusal {
            try loop.store.loadCalendar(Self.arrangement2027, by: loop.supervisor.id, on: try date("2026-12-01"))
        }
        #expect(refusal?.code == .workflowRefused)
        #expect(try loop.store.administrator(named: nil) == loop.administrator.id)
    }
}
