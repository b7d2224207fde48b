import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The village-wide visit history: this month newest first, filter keys, text filter, Enter to the household.
struct VisitHistoryTests {
    @Test func opensOnThisMonthNewestFirstWithVisitorChecksAndAcknowledgement() throws {
        let fixture = try VisitHistoryFixture()
        var program = try fixture.program()
        let frame = program.step([])
        #expect(program.screenTitles == ["入户走访记录"])
        #expect(frame.text.contains("月份：2026-03　走访人：全部　结果：全部"))
        let rows = frame.visitLines
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("2026-03-14") && rows[0].contains("李四") && rows[0].contains("王网格"))
        #expect(rows[1].hasPrefix("2026-03-12") && rows[1].contains("张三") && rows[1].contains("全部达标"))
        #expect(rows[2].contains("李书记") && rows[2].contains("不达标：住房安全") && rows[2].contains("否"))
    }

    @Test func bracketsMoveTheMonthAndMShowsEveryMonth() throws {
        let fixture = try VisitHistoryFixture()
        var program = try fixture.program()
        let february = program.press(.character("["))
        #expect(february.text.contains("月份：2026-02"))
        #expect(february.visitLines.count == 1)
        #expect(february.visitLines.first?.contains("张三") == true)
        let april = program.press(.character("]"), .character("]"))
        #expect(april.text.contains("月份：2026-04"))
        #expect(april.text.contains("还没有走访记录"))
        let all = program.press(.character("m"))
        #expect(all.text.contains("月份：全部"))
        #expect(all.visitLines.count == 4)
    }

    @Test func uCyclesVisitorsAndRCyclesResults() throws {
        let fixture = try VisitHistoryFixture()
        var program = try fixture.program()
        // Visitors by name: 李书记 before 王网格 (code point order), then every visitor again.
        let bySecretary = program.press(.character("u"))
        #expect(bySecretary.text.contains("走访人：李书记"))
        #expect(bySecretary.visitLines.count == 1)
        let byWorker = program.press(.character("u"))
        #expect(byWorker.text.contains("走访人：王网格"))
        #expect(byWorker.visitLines.count == 2)
        let everyone = program.press(.character("u"))
        #expect(everyone.text.contains("走访人：全部"))
        let allMet = program.press(.character("r"))
        #expect(allMet.text.contains("结果：全部达标"))
        #expect(allMet.visitLines.count == 2)
        let notMet = program.press(.character("r"))
        #expect(notMet.text.contains("结果：有不达标"))
        #expect(notMet.visitLines.map { $0.contains("李四") } == [true])
    }

    @Test func slashFiltersByHeadNameOrPinyinInitials() throws {
        let fixture = try VisitHistoryFixture()
        var program = try fixture.program()
        _ = program.press(.character("/"))
        let byInitials = program.type("zs")
        #expect(byInitials.visitLines.count == 1)
        #expect(byInitials.visitLines.first?.contains("张三") == true)
        // While typing, m is a letter of the query, not the month key.
        _ = program.press(.backspace, .backspace)
        let byName = program.type("李")
        #expect(byName.visitLines.count == 2)
        #expect(byName.text.contains("月份：2026-03"))
    }

    @Test func enterOpensTheHouseholdDetailAndEscComesBack() throws {
        let fixture = try VisitHistoryFixture()
        var program = try fixture.program()
        _ = program.step([])
        _ = program.press(.down, .enter)
        #expect(program.screenTitles.last == "农户详情：张三（0001）")
        _ = program.press(.escape)
        #expect(program.screenTitles == ["入户走访记录"])
    }

    @Test func theKeyBarNamesTheFilterKeys() throws {
        let fixture = try VisitHistoryFixture()
        var program = try fixture.program(size: Size(width: 120, height: 30))
        let bar = program.step([]).lines.last ?? ""
        for hint in ["[ ]", "上月/下月", "m", "u", "走访人", "r", "结果", "/", "Enter"] {
            #expect(bar.contains(hint), "key bar lacks \(hint): \(bar)")
        }
    }

    @Test func at80ColumnsTheKeyBarKeepsEnterAndEsc() throws {
        let fixture = try VisitHistoryFixture()
        var program = try fixture.program(size: Size(width: 80, height: 24))
        let bar = program.step([]).lines.last ?? ""
        for hint in ["Enter 农户详情", "Esc 返回", "上月/下月"] {
            #expect(bar.contains(hint), "key bar lacks \(hint): \(bar)")
        }
    }

    @Test func goldenFramesAt80x24And120x30() throws {
        let fixture = try VisitHistoryFixture()
        var small = try fixture.program(size: Size(width: 80, height: 24))
        try ScreenSnapshot.expect(small.step([]), named: "VisitHistory/history-80x24")
        var large = try fixture.program(size: Size(width: 120, height: 30))
        try ScreenSnapshot.expect(large.step([]), named: "VisitHistory/history-120x30")
    }
}

/// Home lists the visit history as job 2 for those who record or review visits, not for the administrator.
struct VisitHistoryHomeJobTests {
    @Test func twoOpensTheVisitHistoryForACadre() throws {
        let fixture = try StationFixture()
        var program = try HomeTests.home(fixture, user: fixture.cadre)
        let home = program.step([])
        #expect(home.lines.contains { $0.contains("[2] 走访记录") })
        let history = program.step(typing("2"))
        #expect(program.screenTitles == ["首页", "入户走访记录"])
        #expect(history.lines.contains { $0.contains("月份：2024-03") })
        _ = program.step(pressing(.escape))
        #expect(program.screenTitles == ["首页"])
    }

    @Test func theAdministratorHasNoVisitHistoryJob() throws {
        let fixture = try StationFixture()
        var program = try HomeTests.home(fixture, user: fixture.administrator)
        #expect(!program.step(typing("2")).lines.contains { $0.contains("走访记录") })
        #expect(program.screenTitles == ["首页"])
    }
}
