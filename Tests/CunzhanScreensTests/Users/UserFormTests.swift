import CunzhanCore
import CunzhanScreens
import CunzhanStore
import TerminalUI
import Testing

/// The add-user and PIN reset forms, opened from the user list with `a` and `r`.
struct UserFormTests {
    @Test func addingAUserListsThemAndTheyCanSignIn() throws {
        let fixture = try StationFixture()
        var program = try UserListTests.userList(fixture)
        let pending = try fixture.store.pendingOpCount()
        _ = program.step(typing("a"))
        #expect(program.screenTitles == ["首页", "用户管理", "添加用户"])
        let form = program.step(typing("王新") + pressing(.tab, .right) + pressing(.tab) + typing("246810"))
        #expect(form.lines.contains { $0.contains("< 第一书记 >") })
        #expect(!form.lines.contains { $0.contains("246810") })
        let list = program.step(pressing(.tab) + typing("246810") + pressing(.enter))
        #expect(program.screenTitles == ["首页", "用户管理"])
        #expect(UserListTests.row("王新", in: list).contains("第一书记"))
        #expect(try fixture.store.pendingOpCount() == pending + 1)
        let added = try #require(try fixture.store.userSummaries().first { $0.name == "王新" })
        #expect(try fixture.store.verifyPIN(userID: added.id, pin: "246810").role == .firstSecretary)
    }

    /// At 80 columns (with Ctrl-C taking room, as the fields take letters) the key bar ends with Esc 取消
    /// and still has Ctrl-S, on every field including the role.
    @Test func theKeyBarKeepsSaveAndCancelAt80Columns() throws {
        let fixture = try StationFixture()
        var program = try UserListTests.userList(fixture)
        let name = program.step(typing("a")).lines.last ?? ""
        #expect(name.contains("Ctrl-S 保存") && name.contains("Esc 取消"), "\(name)")
        let role = program.step(pressing(.tab)).lines.last ?? ""
        #expect(role.contains("左右 选角色") && role.contains("Ctrl-S 保存") && role.contains("Esc 取消"), "\(role)")
    }

    @Test func badFieldsAreExplainedUnderEachFieldAndNothingTypedIsLost() throws {
        let fixture = try StationFixture()
        var program = try UserListTests.userList(fixture)
        let canvas = program.step(
            typing("a") + pressing(.tab, .tab) + typing("123") + pressing(.control("s")))
        #expect(canvas.lines.contains { $0.contains("【错误】姓名") }, "\(canvas.lines)")
        #expect(canvas.lines.contains { $0.contains("【错误】密码：应为6位数字") })
        #expect(canvas.lines.contains { $0.contains("密码：") && $0.contains("***") })
        let mismatch = program.step(
            typing("王新") + pressing(.tab, .tab) + typing("456") + pressing(.tab) + typing("123450")
                + pressing(.enter))
        #expect(mismatch.lines.contains { $0.contains("【错误】再次输入密码：两次输入的密码不一致") })
        #expect(mismatch.lines.contains { $0.contains("姓名：") && $0.contains("王新") })
        #expect(program.screenTitles.last == "添加用户")
    }

    @Test func aNameAlreadyTakenIsShownUnderTheName() throws {
        let fixture = try StationFixture()
        var program = try UserListTests.userList(fixture)
        let canvas = program.step(
            typing("a张网格") + pressing(.tab, .tab) + typing("246810") + pressing(.tab) + typing("246810")
                + pressing(.enter))
        #expect(program.screenTitles.last == "添加用户")
        let error = try #require(canvas.lines.firstIndex { $0.contains("已有用户叫“张网格”") })
        #expect(error > 0 && canvas.lines[error - 1].contains("姓名："))
    }

    @Test func escWithTypedTextAsksBeforeDiscarding() throws {
        let fixture = try StationFixture()
        var program = try UserListTests.userList(fixture)
        _ = program.step(typing("a王") + pressing(.escape))
        #expect(program.isShowingOverlay)
        _ = program.step(pressing(.enter))
        #expect(program.screenTitles == ["首页", "用户管理"])
    }

    @Test func resettingAPINSignsInWithTheNewOne() throws {
        let fixture = try StationFixture()
        var program = try UserListTests.userList(fixture)
        let form = program.step(typing("r"))
        #expect(program.screenTitles.last == "重设密码")
        #expect(form.lines.contains { $0.contains("为“张网格”（村干部/网格员）设置新密码") })
        let refused = program.step(typing("135790") + pressing(.tab) + typing("135791") + pressing(.enter))
        #expect(refused.lines.contains { $0.contains("两次输入的密码不一致") })
        _ = program.step(pressing(.backspace) + typing("0") + pressing(.enter))
        #expect(program.screenTitles == ["首页", "用户管理"])
        #expect(try fixture.store.verifyPIN(userID: fixture.cadre.id, pin: "135790").id == fixture.cadre.id)
    }

    @Test func goldenUserFormScreens() throws {
        let fixture = try StationFixture()
        var small = try UserListTests.userList(fixture)
        try ScreenSnapshot.expect(
            small.step(typing("a") + pressing(.tab, .tab) + typing("12") + pressing(.control("s"))),
            named: "Users/user-add-errors-80x24")
        var large = try UserListTests.userList(fixture, size: Size(width: 120, height: 30))
        try ScreenSnapshot.expect(large.step(typing("a王新") + pressing(.tab)), named: "Users/user-add-120x30")
        var reset = try UserListTests.userList(fixture)
        try ScreenSnapshot.expect(reset.step(typing("r1357")), named: "Users/pin-reset-80x24")
        var resetLarge = try UserListTests.userList(fixture, size: Size(width: 120, height: 30))
        try ScreenSnapshot.expect(resetLarge.step(typing("r")), named: "Users/pin-reset-120x30")
    }
}
