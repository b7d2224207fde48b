import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// 网格管理: the list, a new grid through the form, bulk assignment by 村民小组, one household moved and
/// marked 长期外出, the cycle length changed; each a store action with its op.
@Suite struct GridManagementTests {
    static func program(_ fixture: CoverageFixture, size: Size = .minimum) -> Program {
        Program(
            root: GridList(villageID: fixture.village.id, context: fixture.context()), theme: .monochrome, size: size)
    }

    static func grids(_ fixture: CoverageFixture) throws -> [GridSummary] {
        try fixture.store.gridSummaries(in: fixture.village.id)
    }

    @Test func listsGridsWithGroupsPeopleAndHouseholds() throws {
        let fixture = try CoverageFixture()
        var program = Self.program(fixture)
        let frame = program.step([])
        #expect(frame.text.contains("和平村：2 个网格，每 1 个月排查一轮"))
        #expect(frame.lines.contains { $0.contains("第一网格") && $0.contains("第一村民小组") && $0.contains("3 户") })
        #expect(frame.lines.contains { $0.contains("第二网格") && $0.contains("李网格") && $0.contains("1 户") })
    }

    @Test func aNewGridIsMadeFromTheFormAndUnknownNamesAreRefusedUnderTheirField() throws {
        let fixture = try CoverageFixture()
        var program = Self.program(fixture)
        _ = program.step([])
        _ = program.press(.character("a"))
        #expect(program.screenTitles.last == "新建网格")
        _ = program.type("第三网格")
        _ = program.press(.tab)
        _ = program.type("第二组")
        _ = program.press(.tab)
        _ = program.type("王五")
        let refused = program.press(.control("s"))
        #expect(refused.text.contains("网格员：没有名为“王五”的村干部或网格员"))
        #expect(try Self.grids(fixture).count == 2)
        _ = program.step(Array(repeating: .key(.backspace), count: 2) + typing("李网格"))
        _ = program.press(.tab)
        _ = program.type("张网格")
        let list = program.press(.control("s"))
        #expect(program.screenTitles.last == "网格管理")
        #expect(list.lines.contains { $0.contains("第三网格") && $0.contains("第二村民小组") && $0.contains("0 户") })
        let third = try #require(try Self.grids(fixture).first { $0.grid.name == "第三网格" })
        #expect(third.workerName == "李网格" && third.deputyName == "张网格")
    }

    @Test func gAssignsEveryHouseholdOfTheGridsGroups() throws {
        let fixture = try CoverageFixture()
        var program = Self.program(fixture)
        _ = program.step([])
        let question = program.press(.down, .character("g"))
        #expect(question.text.contains("把第二村民小组的全部农户分到第二网格"))
        let done = program.press(.enter)
        #expect(done.text.contains("已把 1 户分到该网格"))
        #expect(done.lines.contains { $0.contains("第二网格") && $0.contains("2 户") })
        #expect(try fixture.store.household(fixture.households[4].id)?.gridID == fixture.second.id)
    }

    @Test func aHouseholdIsMovedOneByOneAndMarkedLongAbsent() throws {
        let fixture = try CoverageFixture()
        var program = Self.program(fixture)
        _ = program.step([])
        let unassigned = program.press(.character("u"))
        #expect(unassigned.text.contains("钱五"))
        let marked = program.press(.character("l"))
        #expect(marked.text.contains("已把钱五户标记为长期外出"))
        #expect(try fixture.store.household(fixture.households[4].id)?.longAbsent == true)
        let picker = program.press(.character("m"))
        #expect(picker.text.contains("把该户分到：") && picker.text.contains("未分配（移出网格）"))
        let back = program.press(.enter)
        #expect(program.screenTitles.last == "未分配网格的农户")
        #expect(back.text.contains("没有未分配网格的农户"))
        #expect(try fixture.store.household(fixture.households[4].id)?.gridID == fixture.first.id)
    }

    @Test func cChangesTheVillagesCycleAfterAsking() throws {
        let fixture = try CoverageFixture()
        var program = Self.program(fixture)
        _ = program.step([])
        let question = program.press(.character("c"))
        #expect(question.text.contains("改为每 2 个月一轮吗"))
        let done = program.press(.enter)
        #expect(done.text.contains("排查周期已改为每 2 个月一轮"))
        #expect(try fixture.store.village(fixture.village.id)?.inspectionCycleMonths == 2)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func snapshots(width: Int, height: Int) throws {
        let fixture = try CoverageFixture()
        var program = Self.program(fixture, size: Size(width: width, height: height))
        try ScreenSnapshot.expect(program.step([]), named: "Grids/list-\(width)x\(height)")
    }
}
