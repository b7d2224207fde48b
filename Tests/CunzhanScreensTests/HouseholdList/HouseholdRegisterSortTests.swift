import CunzhanCore
import CunzhanScreens
import CunzhanStore
import ScreenDefinitions
import TerminalUI
import Testing

/// `s` in the register: cycling the list definition's sort orders, shown on the status line.
@Suite struct HouseholdRegisterSortTests {
    /// Household numbers of the fixture's households `indexes` (1-based), in that order.
    func numbers(_ fixture: RegisterFixture, _ indexes: some Sequence<Int>) -> [String] {
        indexes.map { fixture.households[$0 - 1].number }
    }

    @Test func theStatusLineShowsTheDefaultOrderAndTheKeyBarOffersS() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program()
        let frame = RegisterFrame(program.step([]))
        #expect(frame.statusLine.contains("排序：按户编号"), "\(frame.statusLine)")
        #expect(frame.position == "第 1/30 行")
        #expect(frame.lines.last?.contains("s 排序") == true, "\(frame.lines.last ?? "")")
        let help = RegisterFrame(program.step(pressing(.character("?"))))
        #expect(help.lines.contains { $0.contains("s") && $0.contains("排序") })
    }

    /// Group names sort by character code: 一组 (households 1–4), 三组 (9 on), 二组 (5–8).
    @Test func sPutsTheRegisterInGroupOrderFromTheTop() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program()
        _ = program.step(pressing(.down, .down, .down))
        let frame = RegisterFrame(program.step(pressing(.character("s"))))
        #expect(frame.statusLine.contains("排序：按组"), "\(frame.statusLine)")
        #expect(frame.position == "第 1/30 行")
        #expect(frame.householdNumbers == numbers(fixture, Array(1...4) + Array(9...24)))
        let end = RegisterFrame(program.step(pressing(.end)))
        #expect(end.householdNumbers.suffix(4) == numbers(fixture, 5...8))
        #expect(end.position == "第 30/30 行")
    }

    @Test func lastVisitOrderShowsNeverVisitedHouseholdsFirstAndTheLatestVisitLast() throws {
        let fixture = try RegisterFixture(households: 30)
        let visitor = User(
            name: "走访员", role: .cadre, villageID: nil, pinHash: "00", pinSalt: "00", pinIterations: 100_000)
        let first = try #require(try fixture.store.householdPage(filter: "", after: nil, limit: 2).first)
        let second = try #require(try fixture.store.householdPage(filter: "", after: first.cursor, limit: 1).first)
        try fixture.store.write(author: nil) { writer in
            try writer.createUser(visitor)
            try writer.recordVisit(
                Visit(householdID: first.id, date: try CalendarDate(parsing: "2024-03-01"), visitorID: visitor.id))
            try writer.recordVisit(
                Visit(householdID: second.id, date: try CalendarDate(parsing: "2024-02-01"), visitorID: visitor.id))
        }
        var program = try fixture.program()
        let frame = RegisterFrame(program.step(pressing(.character("s"), .character("s"))))
        #expect(frame.statusLine.contains("排序：按最近走访"), "\(frame.statusLine)")
        #expect(frame.householdNumbers == numbers(fixture, 3...22))
        let end = RegisterFrame(program.step(pressing(.end)))
        #expect(end.householdNumbers.suffix(2) == numbers(fixture, [2, 1]))
    }

    @Test func aFourthSComesBackToNumberOrderThroughRisk() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program()
        let risk = RegisterFrame(program.step(pressing(.character("s"), .character("s"), .character("s"))))
        #expect(risk.statusLine.contains("排序：按风险"), "\(risk.statusLine)")
        #expect(risk.position == "第 1/30 行")
        let back = RegisterFrame(program.step(pressing(.character("s"))))
        #expect(back.statusLine.contains("排序：按户编号"))
        #expect(back.householdNumbers == numbers(fixture, 1...20))
    }

    @Test func changingTheSortKeepsTheFilter() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program()
        _ = program.step(pressing(.character("/")) + typing("组") + pressing(.enter))
        let frame = RegisterFrame(program.step(pressing(.character("s"))))
        #expect(frame.statusLine.hasPrefix("筛选：组"), "\(frame.statusLine)")
        #expect(frame.statusLine.contains("排序：按组"), "\(frame.statusLine)")
        #expect(frame.householdNumbers == numbers(fixture, Array(1...4) + Array(9...24)))
        let typed = RegisterFrame(program.step(pressing(.character("/")) + typing("s")))
        #expect(typed.statusLine.hasPrefix("筛选：组s"), "s is typed into the open filter line, not a sort key")
    }

    @Test func rowsForAnOlderSortAreDroppedWhenTheyArrive() throws {
        let fixture = try RegisterFixture(households: 30)
        let definition = try #require(ScreenCatalog.defaults.list("households"))
        let stale = TableRowPage(rows: [TableRow(id: "stale", cells: ["9999999999999999", "旧排序"])], totalCount: 1)
        for (sort, shown) in [(HouseholdSort.number, false), (.group, true)] {
            var register = HouseholdList(store: fixture.store, definition: definition)
            _ = register.layout(in: Rect(x: 0, y: 0, width: 80, height: 22))
            _ = register.update(.key(.character("s")))
            _ = register.receive(.rowsLoaded(stale, request: .first(count: 42), filter: "", sort: sort))
            var canvas = Canvas(size: Size(width: 80, height: 22))
            register.render(into: &canvas, in: canvas.bounds, theme: .monochrome)
            #expect(canvas.lines.contains { $0.contains("旧排序") } == shown, "\(sort)")
        }
    }

    @Test func aListDefinitionWithoutSortOptionsOffersNoSortKey() throws {
        let fixture = try RegisterFixture(households: 10)
        let override = try ScreenCatalog(files: [
            DefinitionFile(
                name: "override/households.list.yaml",
                text: """
                    list: households
                    title: 农户
                    columns:
                      - {id: household_number, label: 户编号, width: 16}
                      - {id: head_name, label: 户主, weight: 1}
                    """)
        ])
        var program = try fixture.program(catalog: ScreenCatalog.defaults.replacing(with: override))
        let frame = RegisterFrame(program.step(pressing(.character("s"))))
        #expect(frame.lines.last?.contains("排序") == false)
        #expect(frame.householdNumbers == numbers(fixture, 1...10))
    }
}
