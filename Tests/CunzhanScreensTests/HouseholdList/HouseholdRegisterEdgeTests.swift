import CunzhanCore
import CunzhanScreens
import CunzhanStore
import TerminalUI
import Testing

/// The register at its edges: resizing away from the top, mouse clicks, a store that stops answering, and
/// user text that carries control characters.
@Suite struct HouseholdRegisterEdgeTests {
    @Test func resizingAtTheEndKeepsTheLastHouseholdSelectedAndTheRowsConsecutive() throws {
        let fixture = try RegisterFixture(households: 300)
        var program = try fixture.program()
        _ = program.step(pressing(.end))
        let numbers = fixture.households.map(\.number)
        let large = RegisterFrame(program.step([.resize(Size(width: 120, height: 30))]))
        #expect(large.position == "第 300/300 行")
        #expect(large.householdNumbers == Array(numbers.suffix(26)), "\(large.lines.joined(separator: "\n"))")
        let small = RegisterFrame(program.step([.resize(Size(width: 80, height: 24))]))
        #expect(small.position == "第 300/300 行")
        #expect(small.householdNumbers == Array(numbers.suffix(20)), "\(small.lines.joined(separator: "\n"))")
    }

    @Test func resizingInTheMiddleShowsConsecutiveRowsAroundTheSelection() throws {
        let fixture = try RegisterFixture(households: 300)
        var program = try fixture.program()
        _ = program.step(Array(repeating: .key(.pageDown), count: 7))
        let frame = RegisterFrame(program.step([.resize(Size(width: 120, height: 30))]))
        #expect(frame.position == "第 134/300 行")
        let shown = frame.householdNumbers
        let numbers = fixture.households.map(\.number)
        #expect(shown.count == 26)
        let start = try #require(shown.first.flatMap { numbers.firstIndex(of: $0) })
        #expect(shown == Array(numbers[start..<start + 26]))
        #expect(shown.contains(numbers[133]))
    }

    @Test func aMouseClickSelectsTheRowUnderIt() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program()
        let frame = RegisterFrame(program.step([.mouse(MouseClick(position: Point(x: 20, y: 6)))]))
        #expect(frame.position == "第 5/30 行")
        let summary = RegisterFrame(program.step(pressing(.enter)))
        #expect(summary.contains("户主：赵双"))
    }

    @Test func aStoreThatStopsAnsweringShowsAChineseErrorInsteadOfCrashing() throws {
        let fixture = try RegisterFixture(households: 300)
        var program = try fixture.program()
        _ = program.step([])
        try fixture.store.close()
        let frame = RegisterFrame(program.step(pressing(.end)))
        #expect(frame.contains("【错误】"), "\(frame.lines.joined(separator: "\n"))")
        #expect(!program.isFinished)
    }

    @Test func controlCharactersInAGroupNameAreNeutralised() throws {
        // Head names with control characters are refused by the store; a group name (reference data that may
        // also arrive by sync) is the text that can still carry them to the screen.
        let fixture = try RegisterFixture()
        let village = try #require(try fixture.store.villages().first)
        let group = VillagerGroup(villageID: village.id, name: "四\u{1B}[31m组")
        let household = Household(
            villageID: village.id, householdNumber: RegisterFixture.villageCode + "0000", headName: "钱多多",
            groupID: group.id, address: "x", phone: nil, kind: .ordinary, population: 1)
        try fixture.store.write(author: nil) { writer in
            try writer.createGroup(group)
            try writer.createHousehold(household)
        }
        var program = try fixture.program()
        let frame = RegisterFrame(program.step([]))
        #expect(frame.householdNumbers.first == RegisterFixture.villageCode + "0000")
        #expect(!frame.lines.joined().unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) == 80 })
    }
}
