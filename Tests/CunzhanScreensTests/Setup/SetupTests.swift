import CunzhanCore
import CunzhanScreens
import CunzhanStore
import TerminalUI
import Testing

/// The first-run set-up on an empty store, driven by key presses through the program.
struct SetupTests {
    /// Keys filling the five fields in order, Enter moving on and saving on the last.
    static func filling(
        name: String = "和平村", code: String = "530124100201", administrator: String = "李主任",
        pin: String = "246810", again: String = "246810"
    ) -> [InputEvent] {
        [name, code, administrator, pin, again].flatMap { typing($0) + pressing(.enter) }
    }

    @Test func anEmptyStoreStartsOnTheSetUp() throws {
        var program = try StationFixture(empty: true).program()
        let lines = program.step([]).lines
        #expect(program.screenTitles == ["首次设置"])
        #expect(lines.contains { $0.contains("村代码：") })
        #expect(lines.contains { $0.contains("再次输入密码：") })
    }

    @Test func savingWritesTheVillageAndAdministratorThenLogsInAsThem() throws {
        let fixture = try StationFixture(empty: true)
        var program = try fixture.program()
        let login = program.step(Self.filling())
        #expect(program.screenTitles == ["登录"])
        #expect(login.lines.contains { $0.contains("用户名：") && $0.contains("李主任") })
        let villages = try fixture.store.villages()
        #expect(villages.map(\.name) == ["和平村"] && villages.map(\.code) == ["530124100201"])
        let users = try fixture.store.users()
        #expect(users.map(\.name) == ["李主任"] && users.map(\.role) == [.administrator])
        #expect(users.first?.villageID == villages.first?.id)
        #expect(try fixture.store.pendingOpCount() == 2)
        let home = program.step(typing("246810") + pressing(.enter))
        #expect(program.screenTitles == ["首页"])
        #expect(home.lines[0].contains("用户：李主任") && program.status.village == "和平村")
        #expect(program.status.role == "管理员")
    }

    @Test func aBadVillageCodeIsShownUnderTheFieldAndNothingIsWritten() throws {
        let fixture = try StationFixture(empty: true)
        var program = try fixture.program()
        let canvas = program.step(Self.filling(code: "530124100"))
        #expect(program.screenTitles == ["首次设置"])
        #expect(canvas.lines.contains { $0.contains("【错误】村代码：应为12位，现在是9位") }, "\(canvas.lines)")
        #expect(try fixture.store.villages().isEmpty)
        // Focus went to the code: typing adds to it.
        let fixed = program.step(typing("001") + pressing(.control("s")))
        #expect(program.screenTitles == ["登录"], "\(fixed.lines)")
    }

    @Test func everyEmptyOrMismatchedFieldIsReported() throws {
        var program = try StationFixture(empty: true).program()
        let canvas = program.step(Self.filling(name: "", code: "", administrator: "", pin: "1234", again: ""))
        #expect(canvas.lines.contains { $0.contains("村名：必填") })
        #expect(canvas.lines.contains { $0.contains("【错误】村代码：必填") })
        #expect(canvas.lines.contains { $0.contains("【错误】管理员姓名：") })
        #expect(canvas.lines.contains { $0.contains("密码：应为6位数字") })
        var mismatch = try StationFixture(empty: true).program()
        let lines = mismatch.step(Self.filling(again: "246811")).lines
        #expect(lines.contains { $0.contains("两次输入的密码不一致") })
        #expect(mismatch.screenTitles == ["首次设置"])
    }

    @Test func quittingWithTypedValuesAsksFirst() throws {
        var program = try StationFixture(empty: true).program()
        _ = program.step(typing("和平村"))
        #expect(program.topScreen?.hasUnsavedChanges == true)
        #expect(program.topScreen?.capturesText == true)
    }

    @Test func goldenSetUpScreens() throws {
        var small = try StationFixture(empty: true).program()
        try ScreenSnapshot.expect(
            small.step(typing("和平村") + pressing(.tab) + typing("5301")), named: "Setup/setup-80x24")
        var large = try StationFixture(empty: true).program(size: Size(width: 120, height: 30))
        try ScreenSnapshot.expect(large.step([]), named: "Setup/setup-120x30")
        try ScreenSnapshot.expect(
            small.step(pressing(.control("s"))), named: "Setup/setup-errors-80x24")
    }
}
