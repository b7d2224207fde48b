import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The coverage board: the cycle with days left, a line per grid (own first), 未分配, Enter to the unreached.
@Suite struct CoverageBoardTests {
    @Test func showsTheCycleEachGridAndTheUnassigned() throws {
        let fixture = try CoverageFixture()
        var program = fixture.boardProgram()
        let frame = program.step([])
        #expect(program.screenTitles == ["覆盖情况"])
        #expect(frame.text.contains("排查周期：2026年3月（2026-03-01 至 2026-03-31），还剩 17 天"))
        #expect(frame.text.contains("本村：已排查 2/5 户，未排查 3 户（40%）"))
        let first = try #require(frame.lines.first { $0.contains("第一网格") })
        #expect(first.contains("张网格（本人）") && first.contains("2/3 户") && first.contains("66%") && first.contains("余 1"))
        let second = try #require(frame.lines.first { $0.contains("第二网格") })
        #expect(second.contains("李网格") && second.contains("0/1 户") && second.contains("余 1"))
        let unassigned = try #require(frame.lines.first { $0.contains("未分配网格") })
        #expect(unassigned.contains("0/1 户"))
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) == 80 })
    }

    @Test func anotherGridWorkerSeesTheirGridFirst() throws {
        let fixture = try CoverageFixture()
        var program = fixture.boardProgram(as: fixture.li)
        let frame = program.step([])
        let firstIndex = try #require(frame.lines.firstIndex { $0.contains("第一网格") })
        let secondIndex = try #require(frame.lines.firstIndex { $0.contains("第二网格") })
        #expect(secondIndex < firstIndex)
        #expect(frame.lines[secondIndex].contains("李网格（本人）"))
    }

    @Test func enterListsTheGridsUnreachedHouseholdsAndATogglesAll() throws {
        let fixture = try CoverageFixture()
        var program = fixture.boardProgram()
        _ = program.step([])
        let unreached = program.press(.enter)
        #expect(program.screenTitles.last == "未排查：第一网格")
        #expect(unreached.text.contains("本周期（2026年3月）尚未排查的农户"))
        #expect(unreached.lines.contains { $0.hasPrefix("0002") && $0.contains("李二") })
        #expect(!unreached.text.contains("张一"))
        let all = program.press(.character("a"))
        #expect(all.text.contains("张一") && all.text.contains("王三") && all.text.contains("2026-01-20"))
    }

    @Test func slashFiltersAGridsHouseholdsByNameOrInitials() throws {
        let fixture = try CoverageFixture()
        var program = fixture.boardProgram()
        _ = program.step([])
        _ = program.press(.enter, .character("a"))
        let filtered = program.step(typing("/ws"))
        #expect(filtered.text.contains("王三"))
        #expect(!filtered.text.contains("张一") && !filtered.text.contains("李二"))
        // While typing, letters are the query: `a` did not toggle the list back.
        #expect(program.screenTitles.last == "未排查：第一网格")
    }

    @Test func aSupervisorSeesTheBoardButCannotLogAnInspection() throws {
        let fixture = try CoverageFixture()
        var board = CoverageBoardScreen(villageID: fixture.village.id, context: fixture.context())
        board.mayInspect = false
        var program = Program(root: board, theme: .monochrome, size: .minimum)
        _ = program.step([])
        let list = program.press(.enter)
        #expect(list.lines.last?.contains("登记排查") == false)
        let refused = program.press(.enter)
        #expect(refused.text.contains("只能查看") && refused.text.contains("网格排查由村干部/网格员、第一书记登记"))
        #expect(program.screenTitles.last == "未排查：第一网格")
    }

    @Test func aStationWithSeveralVillagesShowsEachVillagesSummaryAndPagesThroughThem() throws {
        let fixture = try CoverageFixture()
        try fixture.store.write(author: nil) { writer in
            for index in 1...12 {
                let village = Village(code: "5301241002\(10 + index)", name: "新村\(index)")
                let group = VillagerGroup(villageID: village.id, name: "一组")
                try writer.createVillage(village)
                try writer.createGroup(group)
                try writer.createHousehold(
                    Household(
                        villageID: village.id, householdNumber: "0001", headName: "孙\(["一", "二", "三"][index % 3])",
                        groupID: group.id, address: "", phone: nil, kind: .ordinary, population: 1))
            }
        }
        var program = fixture.boardProgram(size: Size(width: 80, height: 24))
        let frame = program.step([])
        #expect(frame.text.contains("各村汇总（第 1-"))
        #expect(frame.text.contains("共 13 村）"))
        #expect(frame.lines.contains { $0.hasPrefix("和平村") && $0.contains("2/5 户") })
        #expect(frame.lines.contains { $0.hasPrefix("新村1 ") && $0.contains("0/1 户") })
        let next = program.press(.pageDown)
        #expect(next.text.contains("各村汇总（第 11-13 村"))
        #expect(!next.lines.contains { $0.hasPrefix("和平村") })
    }

    @Test func theUnassignedLineListsHouseholdsWithoutAGridAndRefusesToInspectThem() throws {
        let fixture = try CoverageFixture()
        var program = fixture.boardProgram()
        _ = program.step([])
        let list = program.press(.down, .down, .enter)
        #expect(program.screenTitles.last == "未分配网格的农户")
        #expect(list.text.contains("钱五"))
        let refused = program.press(.character("i"))
        #expect(refused.text.contains("该户还没有分配网格"))
    }

    @Test func rOpensTheSelectedGridsInspectionsOfTheCycle() throws {
        let fixture = try CoverageFixture()
        var program = fixture.boardProgram()
        _ = program.step([])
        let history = program.press(.down, .character("r"))
        #expect(program.screenTitles.last == "网格排查记录")
        #expect(history.text.contains("第二网格　周期：2026年3月"))
        #expect(history.text.contains("没有符合条件的排查记录"))
        let february = program.press(.character("["))
        #expect(february.lines.contains { $0.hasPrefix("2026-02-25") && $0.contains("赵四") && $0.contains("发现问题") })
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func snapshots(width: Int, height: Int) throws {
        let fixture = try CoverageFixture()
        var program = fixture.boardProgram(size: Size(width: width, height: height))
        try ScreenSnapshot.expect(program.step([]), named: "Coverage/board-\(width)x\(height)")
    }
}
