import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The home screen: its counts from the store, its job keys, Esc back from the register, q to quit.
struct HomeTests {
    /// A program opened on the home screen of `user` (the login is tested on its own).
    static func home(_ fixture: StationFixture, user: User, size: Size = .minimum) throws -> Program {
        let session = Session.of(user, villages: try fixture.store.villages())
        var status = try StationApp.status(of: fixture.store)
        session.apply(to: &status)
        return Program(root: try fixture.screens().home(session), status: status, theme: .monochrome, size: size)
    }

    @Test func showsTheMonthsCountsFromTheStore() throws {
        let fixture = try StationFixture()
        var program = try Self.home(fixture, user: fixture.cadre)
        let lines = program.step([]).lines
        #expect(lines.contains { $0.contains("本站农户：3 户") })
        #expect(lines.contains { $0.contains("本月（2024-03）走访：1 次") })
        #expect(lines.contains { $0.contains("本月尚未走访：2 户") })
        let pending = try fixture.store.pendingOpCount()
        #expect(lines.contains { $0.contains("待上传：\(pending) 条修改") })
        #expect(lines.contains { $0.contains("张网格（村干部/网格员），和平村，您好") })
    }

    /// F5 has no room in the key bar at 80 columns, so the pending count says which key sends the changes.
    @Test func thePendingCountNamesTheSyncKeyAt80Columns() throws {
        let fixture = try StationFixture()
        var program = try Self.home(fixture, user: fixture.cadre)
        let lines = program.step([]).lines
        #expect(lines.contains { $0.contains("条修改（按 F5 与服务器同步）") }, "\(lines)")
    }

    @Test func oneOpensTheRegisterAndEscComesBackWithFreshCounts() throws {
        let fixture = try StationFixture()
        var program = try Self.home(fixture, user: fixture.cadre)
        let register = program.step(typing("1"))
        #expect(program.screenTitles == ["首页", "农户"])
        #expect(register.lines.contains { $0.contains("张三") })
        // A visit recorded meanwhile shows in the counts once home is back on top.
        let households = try fixture.store.householdPage(filter: "王五", after: nil, limit: 1)
        let wangWu = try #require(households.first)
        try fixture.store.write(author: fixture.cadre.id) { writer in
            try writer.recordVisit(
                Visit(
                    householdID: wangWu.id, date: CalendarDate(parsing: "2024-03-10"),
                    visitorID: fixture.cadre.id))
        }
        let back = program.step(pressing(.escape))
        #expect(program.screenTitles == ["首页"])
        #expect(back.lines.contains { $0.contains("走访：2 次") })
        #expect(back.lines.contains { $0.contains("本月尚未走访：1 户") })
    }

    @Test func escClearsARegisterFilterBeforeGoingBack() throws {
        let fixture = try StationFixture()
        var program = try Self.home(fixture, user: fixture.cadre)
        _ = program.step(typing("1/张") + pressing(.enter, .escape))
        #expect(program.screenTitles == ["首页", "农户"])
        _ = program.step(pressing(.escape))
        #expect(program.screenTitles == ["首页"])
    }

    @Test func qQuitsFromHomeAndOtherKeysDoNothing() throws {
        let fixture = try StationFixture()
        var program = try Self.home(fixture, user: fixture.administrator)
        _ = program.step(typing("xz"))
        #expect(program.screenTitles == ["首页"] && !program.isFinished)
        _ = program.step(typing("q"))
        #expect(program.isFinished)
    }

    @Test func theKeyBarListsTheJobsAndQuit() throws {
        let fixture = try StationFixture()
        var program = try Self.home(fixture, user: fixture.cadre)
        let last = program.step([]).lines.last ?? ""
        #expect(last.contains("1 农户花名册") && last.contains("q 退出"), "\(last)")
    }

    /// Every job of every role shows at 80x24, in two columns when one would run into the key bar.
    @Test(arguments: Role.allCases)
    func everyJobOfARoleShowsAt80x24(_ role: Role) throws {
        let fixture = try StationFixture()
        var user = fixture.cadre
        user.role = role
        let session = Session.of(user, villages: try fixture.store.villages())
        let home = try fixture.screens().home(session)
        var program = Program(root: home, status: StatusLine(station: "本机"), theme: .monochrome, size: .minimum)
        let screen = program.step([]).lines.dropLast().joined(separator: "\n")
        for job in home.jobs {
            #expect(screen.contains("[\(job.key)]") && screen.contains(job.name), "\(role): \(job.name)\n\(screen)")
        }
    }

    @Test func goldenHomeScreens() throws {
        let fixture = try StationFixture()
        var small = try Self.home(fixture, user: fixture.cadre)
        try ScreenSnapshot.expect(small.step([]), named: "Home/home-80x24")
        var large = try Self.home(fixture, user: fixture.administrator, size: Size(width: 120, height: 30))
        try ScreenSnapshot.expect(large.step([]), named: "Home/home-120x30")
    }
}
