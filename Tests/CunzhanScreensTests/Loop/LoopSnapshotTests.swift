import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// Golden frames of the 四定闭环 screens at 80×24 and 120×40, monochrome, on the fixture's fixed data.
struct LoopSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func name(_ screen: String, _ size: Size) -> String { "Loop/\(screen)-\(size.width)x\(size.height)" }

    @Test func issueQueueAndVillageCounts() throws {
        let fixture = try LoopScreenFixture()
        for size in Self.sizes {
            var program = fixture.program(IssueQueue(context: fixture.context(fixture.supervisor)), size: size)
            try ScreenSnapshot.expect(program.step([]), named: Self.name("issue-queue", size))
            try ScreenSnapshot.expect(program.press(.tab), named: Self.name("issue-queue-villages", size))
        }
    }

    @Test func myTasksOfTheOwner() throws {
        let fixture = try LoopScreenFixture()
        for size in Self.sizes {
            var program = fixture.program(MyTasks(context: fixture.context(fixture.cadre)), size: size)
            try ScreenSnapshot.expect(program.step([]), named: Self.name("my-tasks", size))
        }
    }

    @Test func itemScreenAndCloseForm() throws {
        let fixture = try LoopScreenFixture()
        for size in Self.sizes {
            var program = fixture.program(
                ItemScreen(itemID: fixture.wall.id, context: fixture.context(fixture.supervisor)), size: size)
            try ScreenSnapshot.expect(program.step([]), named: Self.name("item", size))
            try ScreenSnapshot.expect(
                program.press(.character("c"), .control("s")), named: Self.name("close-errors", size))
        }
    }

    @Test func dispatchAndTheme() throws {
        let fixture = try LoopScreenFixture()
        try fixture.store.write(author: fixture.supervisor.id) { writer in
            try writer.setTheme(
                month: "2026-03", title: "住房安全再核查", details: "核查危房改造后住房安全等级", checklist: ["看墙体", "看屋顶"])
        }
        for size in Self.sizes {
            var dispatch = fixture.program(DispatchView(context: fixture.context(fixture.supervisor)), size: size)
            try ScreenSnapshot.expect(dispatch.step([]), named: Self.name("dispatch", size))
            var theme = fixture.program(ThemeScreen(context: fixture.context(fixture.secretary)), size: size)
            try ScreenSnapshot.expect(theme.step([]), named: Self.name("theme", size))
        }
    }
}
