import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The inspection history: this cycle newest first, filter keys, and a correction that supersedes a record.
@Suite struct InspectionHistoryTests {
    static func program(_ fixture: CoverageFixture, mayCorrect: Bool = true) throws -> Program {
        let definition = try #require(ScreenCatalog.defaults.list("inspections"))
        var history = InspectionHistory(
            definition: definition, context: fixture.context(),
            cycle: InspectionCycle(containing: CoverageFixture.today, months: 1))
        history.mayCorrect = mayCorrect
        return Program(root: history, theme: .monochrome, size: .minimum)
    }

    static func rows(_ frame: Canvas) -> [String] {
        frame.lines.filter { $0.range(of: #"^20\d\d-\d\d-\d\d"#, options: .regularExpression) != nil }
    }

    @Test func cycleInspectorAndResultKeysFilterTheList() throws {
        let fixture = try CoverageFixture()
        var program = try Self.program(fixture)
        let march = program.step([])
        #expect(march.text.contains("周期：2026年3月　排查人：全部　结果：全部"))
        #expect(Self.rows(march).count == 1)
        let all = program.press(.character("c"))
        #expect(all.text.contains("周期：全部"))
        #expect(Self.rows(all).count == 3)
        let problems = program.press(.character("r"), .character("r"))
        #expect(problems.text.contains("结果：发现问题"))
        #expect(Self.rows(problems).map { $0.contains("赵四") } == [true])
        let byLi = program.press(.character("r"), .character("u"), .character("u"))
        #expect(byLi.text.contains("排查人：李网格") || byLi.text.contains("排查人：张网格"))
        #expect(Self.rows(byLi).count < 3)
    }

    @Test func eCorrectsAnInspectionWithANewRecordThatSupersedesIt() throws {
        let fixture = try CoverageFixture()
        var program = try Self.program(fixture)
        _ = program.step([])
        let form = program.press(.character("e"))
        #expect(program.screenTitles.last == "更正排查：张一（0001）")
        #expect(form.lines.contains { $0.contains("排查日期") && $0.contains("2026-03-02") })
        try InspectionFormTests.focus(&program, on: "method")
        _ = program.press(.right)  // 电话
        let back = program.press(.control("s"))
        #expect(program.screenTitles.last == "网格排查记录", "\(back.text)")
        let rows = Self.rows(back)
        #expect(rows.count == 1)
        #expect(rows.first?.contains("电话") == true && rows.first?.contains("（更正）") == true)
        // 张一 was reached by the visit; corrected to a phone call, he no longer is.
        let board = try fixture.store.coverageBoard(
            villageID: fixture.village.id, userID: nil, on: CoverageFixture.today)
        #expect(board.grids.first { $0.id == fixture.first.id }?.tally == CoverageTally(reached: 1, total: 3))
    }

    @Test func aReaderWhoMayNotInspectCannotCorrect() throws {
        let fixture = try CoverageFixture()
        var program = try Self.program(fixture, mayCorrect: false)
        let frame = program.step([])
        _ = program.press(.character("e"))
        #expect(program.screenTitles == ["网格排查记录"])
        #expect(frame.lines.last?.contains("更正") == false)
    }
}
