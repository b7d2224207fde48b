import CunzhanScreens
import TerminalUI
import Testing

/// The whole start of a station by key presses: set-up, login, home, the register and back, quit.
struct StartFlowTests {
    @Test func aNewStationIsSetUpLoggedIntoAndUsedFromHome() throws {
        let fixture = try StationFixture(empty: true)
        var program = try fixture.program()
        _ = program.step(SetupTests.filling(administrator: "李主任", pin: "246810", again: "246810"))
        _ = program.step(typing("246810") + pressing(.enter))
        #expect(program.screenTitles == ["首页"])
        let home = program.step([])
        #expect(home.lines.contains { $0.contains("本站农户：0 户") })
        #expect(home.lines.contains { $0.contains("待上传：2 条修改") })
        _ = program.step(typing("1"))
        #expect(program.screenTitles == ["首页", "农户"])
        _ = program.step(pressing(.escape))
        #expect(program.screenTitles == ["首页"])
        _ = program.step(typing("q"))
        #expect(program.isFinished)
    }

    @Test func theRegisterProgramStillOpensStraightOnTheRegister() throws {
        let fixture = try StationFixture()
        var program = try StationApp.program(
            store: fixture.store, catalog: .defaults, size: .minimum, theme: .monochrome)
        let lines = program.step([]).lines
        #expect(program.screenTitles == ["农户"])
        #expect(lines.contains { $0.contains("张三") })
    }

    @Test func aGridWorkerOpensAHouseholdsDetailAsTheSignedInUser() throws {
        var program = try StationFixture().program()
        _ = program.step(typing("张网格") + pressing(.enter) + typing("333333") + pressing(.enter))
        _ = program.step(typing("1"))
        let detail = program.step(pressing(.enter))
        #expect(program.screenTitles.count == 3)
        #expect(program.screenTitles.last?.hasPrefix("农户详情") == true, "\(program.screenTitles)")
        let form = program.step(typing("v"))
        #expect(program.screenTitles.last?.hasPrefix("入户走访") == true)
        // The visit form's visitor defaults to the signed-in user, not to any other cadre of the station.
        #expect(form.lines.contains { $0.contains("走访人") && $0.contains("张网格") }, "\(detail.lines)")
    }

    @Test func anAdministratorWhoDoesNotRecordVisitsSeesTheSummaryInstead() throws {
        var program = try StationFixture().program()
        _ = program.step(typing("管理员") + pressing(.enter) + typing("123456") + pressing(.enter))
        _ = program.step(typing("1"))
        let canvas = program.step(pressing(.enter))
        #expect(program.screenTitles == ["首页", "农户"])
        #expect(canvas.lines.contains { $0.contains("农户概况") })
    }
}
