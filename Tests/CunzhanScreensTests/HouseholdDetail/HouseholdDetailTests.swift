import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The household detail reads the household in an effect and shows its file, visits and open items.
struct HouseholdDetailTests {
    @Test func showsTheHouseholdMembersMaskedAndItsStatus() throws {
        let fixture = try HouseholdFixture()
        var program = fixture.detailProgram()
        let frame = program.step([])
        #expect(program.screenTitles == ["农户详情：张三（0001）"])
        #expect(frame.text.contains("户编号：0001    户主：张三    组：第一村民小组"))
        #expect(frame.text.contains("电话：138****5678"))
        #expect(frame.text.contains("户类型：脱贫户    监测类别：边缘易致贫户"))
        #expect(frame.text.contains("风险：因病"))
        #expect(frame.text.contains("张三  户主  110***********002X"))
        #expect(!frame.text.contains("11010519491231002X"), "the ID number is never shown whole")
        #expect(frame.text.contains("还没有走访记录，按 v 新增走访"))
    }

    @Test func visitHistoryIsNewestFirstWithVisitorAndChecksSummary() throws {
        let fixture = try HouseholdFixture()
        var unmet = Guarantees.allMet
        unmet.housing = Guarantees.Check(.notMet, note: "漏雨")
        try fixture.recordVisit(on: try CalendarDate(parsing: "2026-02-01"), guarantees: unmet)
        try fixture.recordVisit(on: try CalendarDate(parsing: "2026-03-01"))
        var program = fixture.detailProgram()
        let lines = program.step([]).lines
        let newer = try #require(lines.firstIndex { $0.contains("2026-03-01  王网格  6 项达标") })
        let older = try #require(lines.firstIndex { $0.contains("2026-02-01  王网格  不达标：住房安全") })
        #expect(newer < older)
        #expect(lines.contains { $0.contains("走访记录（2 次）") })
    }

    @Test func openRectificationItemsAreListed() throws {
        let fixture = try HouseholdFixture()
        let item = RectificationItem(
            villageID: fixture.village.id, scope: .household, householdID: fixture.household.id, source: .visit,
            category: .housing, title: "住房安全不达标", raisedBy: fixture.worker.id, raisedOn: HouseholdFixture.today)
        try fixture.store.write(author: fixture.worker.id) { try $0.raiseItem(item) }
        var program = fixture.detailProgram()
        let frame = program.step([])
        #expect(frame.text.contains("未销号的整改事项（1 项）"))
        #expect(frame.text.contains("2026-03-15  待交办  住房安全  住房安全不达标"))
    }

    @Test func vOpensTheVisitFormAndEscGoesBack() throws {
        let fixture = try HouseholdFixture()
        var program = fixture.detailProgram()
        _ = program.press(.character("v"))
        #expect(program.screenTitles.last == "入户走访：张三（0001）")
        _ = program.press(.escape)
        #expect(program.screenTitles == ["农户详情：张三（0001）"])
    }

    @Test func theKeyBarNamesTheScreensKeys() throws {
        let fixture = try HouseholdFixture()
        var program = fixture.detailProgram()
        let last = try #require(program.step([]).lines.last)
        #expect(last.contains("v 走访") && last.contains("j k 滚动"))
        #expect(last.contains("Esc") && last.contains("返回"))
    }

    @Test func goldenScreens() throws {
        let fixture = try HouseholdFixture()
        var unmet = Guarantees.allMet
        unmet.water = Guarantees.Check(.notMet, note: "水压不足")
        try fixture.recordVisit(on: try CalendarDate(parsing: "2026-03-01"), guarantees: unmet)
        var small = fixture.detailProgram(size: Size(width: 80, height: 24))
        try ScreenSnapshot.expect(small.step([]), named: "HouseholdDetail/detail-80x24")
        var large = fixture.detailProgram(size: Size(width: 120, height: 30))
        try ScreenSnapshot.expect(large.step([]), named: "HouseholdDetail/detail-120x30")
    }
}

/// The detail scrolls when its text is taller than the screen.
struct HouseholdDetailScrollTests {
    @Test func downAndEndScrollALongHistoryAndHomeReturnsToTheTop() throws {
        let fixture = try HouseholdFixture()
        for day in 1...28 {
            try fixture.recordVisit(on: try CalendarDate(parsing: "2026-02-\(day < 10 ? "0" : "")\(day)"))
        }
        var program = fixture.detailProgram()
        var frame = program.step([])
        #expect(frame.lines[1] == "基本情况" + String(repeating: " ", count: 72))
        frame = program.press(.character("j"))
        #expect(frame.lines[1].hasPrefix("户编号：0001"))
        frame = program.press(.end)
        #expect(frame.lines[22].hasPrefix("  无"), "the last line (no open items) is at the bottom")
        frame = program.press(.home)
        #expect(frame.lines[1].hasPrefix("基本情况"))
    }
}
