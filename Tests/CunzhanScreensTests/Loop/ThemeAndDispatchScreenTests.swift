import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The monthly theme screen and the 调度 view headless.
struct ThemeAndDispatchScreenTests {
    @Test func theSupervisorSendsTheThemeDownAndTheSecretaryMayNotReplaceIt() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(ThemeScreen(context: fixture.context(fixture.supervisor)))
        let empty = program.step([])
        #expect(empty.text.contains("2026-03 月度主题"))
        #expect(empty.text.contains("本月还没有主题。按 e 设置。"))
        _ = program.press(.character("e"))
        #expect(program.screenTitles.last == "月度主题：2026-03")
        _ = program.press(.tab)
        _ = program.type("住房安全再核查")
        _ = program.press(.tab, .tab)
        _ = program.type("看墙体；看屋顶")
        let shown = program.press(.control("s"))
        #expect(program.screenTitles.last == "月度主题")
        #expect(shown.text.contains("2026-03 月度主题：住房安全再核查（督导下发）"))
        #expect(shown.text.contains("1. 看墙体"))
        #expect(shown.text.contains("2. 看屋顶"))
        var secretary = fixture.program(ThemeScreen(context: fixture.context(fixture.secretary)))
        let read = secretary.step([])
        #expect(read.text.contains("住房安全再核查"))
        #expect(!read.text.contains("e 修改主题"))
        let next = secretary.press(.character("]"))
        #expect(next.text.contains("2026-04 月度主题"))
        #expect(next.text.contains("按 e 设置"))
    }

    @Test func theDispatchViewCountsEachVillageByState() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(
            DispatchView(context: fixture.context(fixture.supervisor)), size: Size(width: 120, height: 40))
        let frame = program.step([])
        #expect(frame.text.contains("2026-03　本月发现 4 项，本月销号 0 项，未销号 4 项，逾期 1 项"))
        let row = try #require(frame.rows(containing: "和平村").last)
        let numbers = row.split(separator: " ").filter { $0.allSatisfy(\.isNumber) }
        #expect(numbers == ["1", "2", "1", "0", "1", "4", "0"])
        let queue = program.press(.enter)
        #expect(program.screenTitles.last == "问题清单")
        #expect(queue.text.contains("村：和平村"))
    }
}
