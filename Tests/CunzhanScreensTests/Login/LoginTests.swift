import CunzhanCore
import CunzhanScreens
import CunzhanStore
import TerminalUI
import Testing

/// The login screen driven by key presses through the program, read back from the frame.
struct LoginTests {
    /// The line of the frame that shows the PIN field.
    static func pinLine(_ canvas: Canvas) -> String { canvas.lines.first { $0.contains("密码：") } ?? "" }

    @Test func aStationWithUsersStartsOnTheLoginListingEnabledUsers() throws {
        var program = try StationFixture().program()
        let lines = program.step([]).lines
        #expect(program.screenTitles == ["登录"])
        #expect(lines.contains { $0.contains("请登录村站") })
        #expect(lines.contains { $0.contains("张网格（村干部/网格员）") })
        #expect(lines.contains { $0.contains("管理员（管理员）") })
        #expect(!lines.contains { $0.contains("李停用") })
    }

    @Test func thePINIsShownAsStars() throws {
        var program = try StationFixture().program()
        let canvas = program.step(typing("张网格") + pressing(.tab) + typing("3333"))
        #expect(Self.pinLine(canvas).contains("****"))
        #expect(!canvas.lines.contains { $0.contains("3333") })
    }

    @Test func lettersAreRefusedInThePINField() throws {
        var program = try StationFixture().program()
        let canvas = program.step(typing("张网格") + pressing(.enter) + typing("12a"))
        #expect(Self.pinLine(canvas).contains("**") && !Self.pinLine(canvas).contains("***"))
        #expect(canvas.lines.contains { $0.contains("密码：只能输入数字") })
    }

    @Test func theRightPINOpensHomeAndTheTopBarShowsUserAndRole() throws {
        var program = try StationFixture().program()
        let canvas = program.step(typing("张网格") + pressing(.enter) + typing("333333") + pressing(.enter))
        #expect(program.screenTitles == ["首页"])
        // At 80 columns the whole sync state (待上传 | 需处理 | 上次同步) keeps its room: the role and the village
        // give way in the top bar (the home screen greets the user with both), and they are in the status.
        #expect(canvas.lines[0].contains("用户：张网格") && canvas.lines[0].contains("上次同步"), "\(canvas.lines[0])")
        #expect(program.status.role == "村干部/网格员" && program.status.village == "和平村")
        #expect(canvas.lines.contains { $0.contains("张网格（村干部/网格员），和平村，您好") })
    }

    @Test func aWrongPINShowsTriesLeftClearsThePINAndKeepsTheName() throws {
        var program = try StationFixture().program()
        let canvas = program.step(typing("张网格") + pressing(.enter) + typing("123456") + pressing(.enter))
        #expect(program.screenTitles == ["登录"])
        #expect(canvas.lines.contains { $0.contains("密码不对") && $0.contains("还可再试 4 次") })
        #expect(!Self.pinLine(canvas).contains("*"))
        #expect(canvas.lines.contains { $0.contains("用户名：") && $0.contains("张网格") })
        // The name is kept: typing the right PIN now logs in.
        _ = program.step(typing("333333") + pressing(.enter))
        #expect(program.screenTitles == ["首页"])
    }

    @Test func fiveWrongPINsLockTheUserOut() throws {
        var program = try StationFixture().program()
        var events = typing("张网格") + pressing(.enter)
        for _ in 1...5 { events += typing("000000") + pressing(.enter) }
        _ = program.step(events)
        let canvas = program.step(typing("333333") + pressing(.enter))
        #expect(program.screenTitles == ["登录"])
        #expect(canvas.lines.contains { $0.contains("已锁定") }, "\(canvas.lines)")
    }

    @Test func arrowKeysPickAUserFromTheList() throws {
        var program = try StationFixture().program()
        // With the name empty the first user is highlighted, so Down moves on to the second.
        let first = program.step(pressing(.down))
        #expect(first.lines.contains { $0.contains("用户名：") && $0.contains("管理员") })
        #expect(first.lines.contains { $0.contains("> 管理员（管理员）") }, "\(first.lines)")
        let back = program.step(pressing(.up))
        #expect(back.lines.contains { $0.contains("用户名：") && $0.contains("张网格") })
        let again = program.step(pressing(.down))
        #expect(again.lines.contains { $0.contains("用户名：") && $0.contains("管理员") })
        _ = program.step(pressing(.enter) + typing("123456") + pressing(.enter))
        #expect(program.screenTitles == ["首页"])
        #expect(program.status.role == "管理员")
    }

    @Test func enterInAnEmptyNameTakesTheHighlightedUser() throws {
        var program = try StationFixture().program()
        let start = program.step([])
        #expect(start.lines.contains { $0.contains("> 张网格（村干部/网格员）") }, "\(start.lines)")
        #expect(start.lines.contains { $0.contains("  管理员（管理员）") && !$0.contains("> 管理员") })
        let canvas = program.step(pressing(.enter))
        #expect(canvas.lines.contains { $0.contains("用户名：") && $0.contains("张网格") }, "\(canvas.lines)")
        #expect(!canvas.lines.contains { $0.contains("请输入姓名") })
        _ = program.step(typing("333333") + pressing(.enter))
        #expect(program.screenTitles == ["首页"])
        #expect(program.status.role == "村干部/网格员")
    }

    @Test func aTypedNameMatchingNobodyHighlightsNobodyAndEnterKeepsIt() throws {
        var program = try StationFixture().program()
        let canvas = program.step(typing("无名") + pressing(.enter))
        #expect(!canvas.lines.contains { $0.contains("> 张网格") || $0.contains("> 管理员") }, "\(canvas.lines)")
        #expect(canvas.lines.contains { $0.contains("用户名：") && $0.contains("无名") })
    }

    @Test func anUnknownNameOrAnEmptyPINIsExplainedWithoutAskingTheStore() throws {
        var program = try StationFixture().program()
        let unknown = program.step(typing("无名氏") + pressing(.tab) + typing("1") + pressing(.enter))
        #expect(unknown.lines.contains { $0.contains("没有叫“无名氏”的用户") })
        let empty = program.step(pressing(.control("u"), .tab, .enter))
        #expect(empty.lines.contains { $0.contains("请输入姓名") }, "\(empty.lines)")
    }

    @Test func qIsTypedIntoTheNameNotQuitting() throws {
        var program = try StationFixture().program()
        let canvas = program.step(typing("q"))
        #expect(!program.isFinished)
        #expect(canvas.lines.contains { $0.contains("用户名：") && $0.contains("q") })
    }

    @Test func goldenLoginScreens() throws {
        let fixture = try StationFixture()
        var small = try fixture.program()
        try ScreenSnapshot.expect(
            small.step(typing("张网格") + pressing(.enter) + typing("12")), named: "Login/login-80x24")
        var large = try fixture.program(size: Size(width: 120, height: 30))
        try ScreenSnapshot.expect(large.step([]), named: "Login/login-120x30")
        _ = small.step(typing("3456") + pressing(.enter))
        try ScreenSnapshot.expect(small.step([]), named: "Login/login-wrong-pin-80x24")
    }
}
