import CunzhanCore
import CunzhanScreens
import CunzhanStore
import Foundation
import TerminalUI
import Testing

/// The roster import (home `i`) and register export (home `e`) screens, headless.
struct RosterImportScreenTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("SpreadsheetsTests/Fixtures")

    /// A copy of a fixture in a folder of its own (the report is written next to it).
    static func copy(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cz-screen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: url)
        return url
    }

    @Test func aTryShowsTheSummaryAndOnlyTheConfirmationImports() throws {
        let fixture = try StationFixture()
        var program = try HomeTests.home(fixture, user: fixture.cadre, size: Size(width: 100, height: 30))
        let url = try Self.copy("roster-openpyxl.xlsx")
        _ = program.step(typing("i"))
        #expect(program.screenTitles == ["首页", "导入花名册"])
        let ops = try fixture.store.pendingOpCount()
        let early = program.step(typing(url.path) + pressing(.control("s")))
        #expect(early.lines.contains { $0.contains("请先按 Enter 试导入") })
        let tried = program.step(pressing(.enter))
        #expect(tried.lines.contains { $0.contains("试导入（未做任何更改）：共 5 行，新增 5") }, "\(tried.lines)")
        #expect(tried.lines.contains { $0.contains("按 Ctrl-S 确认导入") })
        #expect(try fixture.store.pendingOpCount() == ops, "a try changes nothing")
        let imported = program.step(pressing(.control("s")))
        #expect(imported.lines.contains { $0.contains("已导入：共 5 行，新增 5") })
        #expect(imported.lines[0].contains("待上传 \(try fixture.store.pendingOpCount())"), "the top bar follows")
        #expect(try fixture.store.homeCounts().households == 5)
        #expect(FileManager.default.fileExists(atPath: url.path + ".导入报告.csv"))
    }

    @Test func refusedRowsAreListedWithTheirReasons() throws {
        let fixture = try StationFixture()
        var program = try HomeTests.home(fixture, user: fixture.cadre, size: Size(width: 120, height: 30))
        let url = try Self.copy("lost-digits-openpyxl.xlsx")
        let canvas = program.step(typing("i") + typing(url.path) + pressing(.enter))
        #expect(canvas.lines.contains { $0.contains("拒绝 1") })
        #expect(canvas.lines.contains { $0.contains("被拒绝的行（1）") })
        #expect(canvas.lines.contains { $0.contains("第 2 行") && $0.contains("证件号码") })
    }

    @Test func aFileThatIsNotARosterIsRefusedAndThePathKept() throws {
        let fixture = try StationFixture()
        var program = try HomeTests.home(fixture, user: fixture.cadre, size: Size(width: 120, height: 30))
        let canvas = program.step(typing("i") + typing("/nonexistent/花名册.xlsx") + pressing(.enter))
        #expect(canvas.lines.contains { $0.contains("【错误】无法打开") })
        #expect(canvas.lines.contains { $0.contains("/nonexistent/花名册.xlsx") })
        let zipBomb = try Self.copy("zip-bomb.xlsx")
        let refused = program.step(pressing(.control("u")) + typing(zipBomb.path) + pressing(.enter))
        #expect(refused.lines.contains { $0.contains("压缩炸弹") })
        #expect(try fixture.store.homeCounts().households == 3)
    }

    @Test func onlyRolesThatEditHouseholdsImport() throws {
        let fixture = try StationFixture()
        var program = try HomeTests.home(fixture, user: fixture.administrator)
        let lines = program.step([]).lines
        #expect(!lines.contains { $0.contains("导入花名册") })
        #expect(lines.contains { $0.contains("[e]") && $0.contains("导出") })
    }

    @Test func exportWritesTheChosenRegisterWhereAsked() throws {
        let fixture = try StationFixture()
        var program = try HomeTests.home(fixture, user: fixture.cadre, size: Size(width: 100, height: 30))
        let opened = program.step(typing("e"))
        #expect(program.screenTitles == ["首页", "导出登记册"])
        #expect(opened.lines.contains { $0.contains("< 农户花名册 >") })
        #expect(opened.lines.contains { $0.contains("农户花名册.xlsx") })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cz-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("走访.csv")
        // Visits of 2024-03, as CSV.
        let chosen = program.step(pressing(.right, .tab, .tab, .right, .tab))
        #expect(chosen.lines.contains { $0.contains("入户走访记录-2024-03.csv") })
        let done = program.step(pressing(.control("u")) + typing(target.path) + pressing(.control("s")))
        #expect(done.lines.contains { $0.contains("已导出入户走访记录 1 行") }, "\(done.lines)")
        let text = String(decoding: try Data(contentsOf: target).dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("走访日期,户编号,户主姓名"))
        #expect(text.contains("2024-03-02"))
    }

    @Test func aBadMonthIsShownUnderTheMonth() throws {
        let fixture = try StationFixture()
        var program = try HomeTests.home(fixture, user: fixture.cadre, size: Size(width: 100, height: 30))
        let canvas = program.step(
            typing("e") + pressing(.left, .tab, .control("u")) + typing("2024-13") + pressing(.control("s")))
        #expect(canvas.lines.contains { $0.contains("【错误】月份：“2024-13”应写成 YYYY-MM") })
    }

    @Test func goldenImportAndExportScreens() throws {
        let fixture = try StationFixture()
        var program = try HomeTests.home(fixture, user: fixture.cadre)
        try ScreenSnapshot.expect(program.step(typing("i")), named: "Import/roster-import-80x24")
        _ = program.step(pressing(.escape))
        try ScreenSnapshot.expect(
            program.step(typing("e") + pressing(.left)), named: "Import/register-export-ledger-80x24")
    }
}
