import CunzhanScreens
import TerminalUI
import Testing

/// Moving through a few hundred households: End, Home, PgDn and PgUp, answered by keyset pages of the store.
///
/// At 80×24 the table shows 20 rows and a page step is 19 rows (one row stays in view). Every frame must
/// show consecutive households in number order with the selected one among them, which fails when a keyset
/// page starts at the wrong place, repeats a row or leaves a gap.
@Suite struct HouseholdRegisterPagingTests {
    static let count = 300

    /// Checks that `frame` shows consecutive households of `fixture`, the selected one (1-based `row`) included.
    func expectConsecutive(
        _ frame: RegisterFrame, in fixture: RegisterFixture, selectedRow row: Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let numbers = fixture.households.map(\.number)
        let shown = frame.householdNumbers
        #expect(frame.position == "第 \(row)/\(Self.count) 行", sourceLocation: sourceLocation)
        #expect(shown.count == 20, "\(frame.lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
        guard let first = shown.first, let start = numbers.firstIndex(of: first) else {
            Issue.record("no household on screen", sourceLocation: sourceLocation)
            return
        }
        #expect(
            shown == Array(numbers[start..<min(start + shown.count, numbers.count)]), sourceLocation: sourceLocation)
        #expect(shown.contains(numbers[row - 1]), "selected row \(row) not shown", sourceLocation: sourceLocation)
    }

    @Test func endJumpsToTheLastHouseholdAndHomeBack() throws {
        let fixture = try RegisterFixture(households: Self.count)
        var program = try fixture.program()
        let end = RegisterFrame(program.step(pressing(.end)))
        expectConsecutive(end, in: fixture, selectedRow: Self.count)
        #expect(end.householdNumbers.last == fixture.households.last?.number)
        let home = RegisterFrame(program.step(pressing(.home)))
        expectConsecutive(home, in: fixture, selectedRow: 1)
        #expect(home.householdNumbers.first == fixture.households.first?.number)
    }

    @Test func pageDownAndPageUpMoveByOneScreenLessOneRow() throws {
        let fixture = try RegisterFixture(households: Self.count)
        var program = try fixture.program()
        let down = RegisterFrame(program.step(pressing(.pageDown)))
        expectConsecutive(down, in: fixture, selectedRow: 20)
        #expect(down.householdNumbers.first == fixture.households[19].number)
        let twice = RegisterFrame(program.step(pressing(.pageDown)))
        expectConsecutive(twice, in: fixture, selectedRow: 39)
        #expect(twice.householdNumbers.first == fixture.households[38].number)
        let up = RegisterFrame(program.step(pressing(.pageUp)))
        expectConsecutive(up, in: fixture, selectedRow: 20)
        #expect(up.householdNumbers.first == fixture.households[19].number)
    }

    @Test func pagingDownToTheEndShowsEveryHouseholdInOrder() throws {
        let fixture = try RegisterFixture(households: Self.count)
        var program = try fixture.program()
        var seen = RegisterFrame(program.step([])).householdNumbers
        var row = 1
        while row < Self.count {
            let frame = RegisterFrame(program.step(pressing(.pageDown)))
            row = min(row + 19, Self.count)
            expectConsecutive(frame, in: fixture, selectedRow: row)
            for number in frame.householdNumbers where !seen.contains(number) { seen.append(number) }
        }
        #expect(seen == fixture.households.map(\.number))
    }

    @Test func pagingUpFromTheEndWalksBackThroughEveryHousehold() throws {
        let fixture = try RegisterFixture(households: Self.count)
        var program = try fixture.program()
        var seen = RegisterFrame(program.step(pressing(.end))).householdNumbers
        var row = Self.count
        while row > 1 {
            let frame = RegisterFrame(program.step(pressing(.pageUp)))
            row = max(row - 19, 1)
            expectConsecutive(frame, in: fixture, selectedRow: row)
            for number in frame.householdNumbers.reversed() where !seen.contains(number) { seen.insert(number, at: 0) }
        }
        #expect(seen == fixture.households.map(\.number))
    }

    @Test func arrowKeysCrossTheLoadedWindowWithoutAGap() throws {
        let fixture = try RegisterFixture(households: Self.count)
        var program = try fixture.program()
        var frame = RegisterFrame(program.step([]))
        for row in 2...120 {
            frame = RegisterFrame(program.step(pressing(.down)))
            #expect(frame.position == "第 \(row)/\(Self.count) 行")
        }
        expectConsecutive(frame, in: fixture, selectedRow: 120)
        #expect(frame.householdNumbers.last == fixture.households[119].number)
        frame = RegisterFrame(program.step(Array(repeating: .key(.up), count: 110)))
        expectConsecutive(frame, in: fixture, selectedRow: 10)
    }

    @Test func pagingAFilteredListStaysInsideTheMatches() throws {
        let fixture = try RegisterFixture(households: Self.count)
        var program = try fixture.program()
        let filtered = RegisterFrame(program.step(pressing(.character("/")) + typing("三组") + pressing(.enter)))
        let fillers = fixture.households.filter { $0.groupName == "三组" }.map(\.number)
        #expect(filtered.position == "第 1/\(fillers.count) 行")
        let end = RegisterFrame(program.step(pressing(.end)))
        #expect(end.position == "第 \(fillers.count)/\(fillers.count) 行")
        #expect(end.householdNumbers == Array(fillers.suffix(20)))
    }
}
