import CunzhanCore
import CunzhanScreens
import CunzhanStore
import TerminalUI
import Testing

/// The administrator's user list: who may see it, what it shows, disabling with a confirmation, Esc home.
struct UserListTests {
    /// A program on the user list of the fixture's administrator (home, then 9).
    static func userList(_ fixture: StationFixture, size: Size = .minimum) throws -> Program {
        var program = try HomeTests.home(fixture, user: fixture.administrator, size: size)
        _ = program.step(typing("9"))
        return program
    }

    /// The line of `canvas` listing the user `name`.
    static func row(_ name: String, in canvas: Canvas) -> String {
        canvas.lines.first { $0.contains(name) && ($0.contains("正常") || $0.contains("已停用")) } ?? ""
    }

    @Test func onlyTheAdministratorHasTheUserJob() throws {
        let fixture = try StationFixture()
        var administrator = try HomeTests.home(fixture, user: fixture.administrator)
        #expect(administrator.step([]).lines.contains { $0.contains("[9]") && $0.contains("用户管理") })
        var cadre = try HomeTests.home(fixture, user: fixture.cadre)
        #expect(!cadre.step([]).lines.contains { $0.contains("用户管理") })
        _ = cadre.step(typing("9"))
        #expect(cadre.screenTitles == ["首页"])
    }

    @Test func listsEveryUserWithRoleAndStatusButNoPIN() throws {
        let fixture = try StationFixture()
        var program = try Self.userList(fixture)
        let canvas = program.step([])
        #expect(program.screenTitles == ["首页", "用户管理"])
        #expect(canvas.lines.contains { $0.contains("本站用户（共 3 人）") })
        #expect(Self.row("张网格", in: canvas).contains("村干部/网格员"))
        #expect(Self.row("张网格", in: canvas).contains("正常"))
        #expect(Self.row("李停用", in: canvas).contains("已停用"))
        #expect(Self.row("管理员", in: canvas).contains("管理员"))
        let screen = canvas.lines.joined()
        #expect(!screen.contains(StationFixture.cadreHash.prefix(8)) && !screen.contains("333333"))
        let keys = canvas.lines.last ?? ""
        #expect(keys.contains("a 添加用户") && keys.contains("d 停用") && keys.contains("r 重设密码"), "\(keys)")
    }

    @Test func disablingAsksFirstThenTheUserCanNoLongerSignIn() throws {
        let fixture = try StationFixture()
        var program = try Self.userList(fixture)
        let asked = program.step(typing("d"))
        #expect(program.isShowingOverlay)
        #expect(asked.lines.contains { $0.contains("停用“张网格”") })
        // No leaves the user as they were.
        let kept = program.step(pressing(.escape))
        #expect(Self.row("张网格", in: kept).contains("正常"))
        let done = program.step(typing("d") + pressing(.enter))
        #expect(Self.row("张网格", in: done).contains("已停用"))
        #expect(done.lines.contains { $0.contains("已停用用户“张网格”") })
        #expect(throws: StoreError.self) { try fixture.store.verifyPIN(userID: fixture.cadre.id, pin: "333333") }
    }

    @Test func theAdministratorCannotDisableThemselves() throws {
        let fixture = try StationFixture()
        var program = try Self.userList(fixture)
        let canvas = program.step(pressing(.down, .down) + typing("d"))
        #expect(!program.isShowingOverlay)
        #expect(canvas.lines.contains { $0.contains("不能停用自己") })
        #expect(Self.row("管理员", in: canvas).contains("正常"))
    }

    @Test func escGoesBackHome() throws {
        let fixture = try StationFixture()
        var program = try Self.userList(fixture)
        _ = program.step(pressing(.escape))
        #expect(program.screenTitles == ["首页"])
    }

    @Test func goldenUserListScreens() throws {
        let fixture = try StationFixture()
        var small = try Self.userList(fixture)
        try ScreenSnapshot.expect(small.step(pressing(.down)), named: "Users/user-list-80x24")
        var large = try Self.userList(fixture, size: Size(width: 120, height: 30))
        try ScreenSnapshot.expect(large.step([]), named: "Users/user-list-120x30")
    }
}
