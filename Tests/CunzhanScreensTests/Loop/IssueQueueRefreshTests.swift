import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The issue queue's counts follow the store: they are kept in memory while filtering and read again when
/// the queue comes back from an item; and its filter line stays whole at 80 columns.
struct IssueQueueRefreshTests {
    @Test func countsFollowAnItemClosedFromTheQueue() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(
            IssueQueue(context: fixture.context(fixture.supervisor)), size: Size(width: 120, height: 40))
        _ = program.step([])
        let waiting = program.press(.character("s"), .character("s"), .character("s"))
        #expect(waiting.text.contains("状态：待验收"))
        #expect(waiting.text.contains("共 1 项，其中逾期 0 项，涉及 1 个村"))
        _ = program.press(.enter)
        #expect(program.screenTitles.last == "整改事项：围墙倒塌")
        _ = program.press(.character("c"))
        _ = program.type("实地查看")
        _ = program.press(.control("s"))
        let back = program.press(.escape)
        #expect(program.screenTitles.last == "问题清单")
        #expect(back.text.contains("状态：待验收"))
        #expect(back.text.contains("共 0 项，其中逾期 0 项，涉及 0 个村"))
        #expect(IssueQueueScreenTests.itemRows(back).isEmpty)
        let closed = program.press(.character("s"))
        #expect(closed.text.contains("状态：已销号"))
        #expect(closed.text.contains("共 1 项，其中逾期 0 项，涉及 1 个村"))
        #expect(IssueQueueScreenTests.itemRows(closed).map { $0.contains("围墙倒塌") } == [true])
    }

    @Test func overdueCountsUseTheDayTheQueueOpensOn() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(
            IssueQueue(context: fixture.context(fixture.supervisor)), size: Size(width: 120, height: 40))
        let frame = program.step([])
        // 屋顶 (deadline 03-12) is overdue on 03-20; 水管 (03-23) and 围墙 (handed in, 04-01) are not.
        #expect(frame.text.contains("共 4 项，其中逾期 1 项，涉及 1 个村"))
        let overdue = program.press(.character("d"))
        #expect(overdue.text.contains("共 1 项，其中逾期 1 项"))
        #expect(IssueQueueScreenTests.itemRows(overdue).map { $0.contains("屋顶漏雨") } == [true])
    }

    @Test func atEightyColumnsTheSetFiltersShowWholeAndTheRestWrapsAfterTheTotals() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(IssueQueue(context: fixture.context(fixture.supervisor)))
        let all = program.step([])
        #expect(all.lines[1].hasPrefix("村：全部　主题：全部　类别：全部　状态：全部　责任人：全部　含未逾期　按整改时限"))
        let narrowed = program.press(
            .character("s"), .character("s"), .character("c"), .character("c"), .character("c"), .character("c"),
            .character("o"), .character("d"), .character("x"))
        let summary = narrowed.lines[1] + narrowed.lines[2]
        for part in ["整改中", "住房安全", "责任人：张网格", "只看逾期", "按发现时间"] {
            #expect(summary.contains(part), "\(part) in \(summary)")
        }
        #expect(narrowed.lines[2].contains("共 1 项"))
        _ = program.press(.character("/"))
        let typed = program.type("屋顶")
        #expect((typed.lines[1] + typed.lines[2]).contains("含“屋顶”"))
    }

    @Test func theKeptVillageIsNamedEvenWhenTheOtherFiltersLeaveItNoItems() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(IssueQueue(context: fixture.context(fixture.cadre)))
        _ = program.step([])
        let closed = program.press(.character("s"), .character("s"), .character("s"), .character("s"))
        #expect(closed.lines[1].hasPrefix("村：和平村　已销号　按整改时限"))
        #expect(closed.text.contains("共 0 项"))
    }

    @Test func aLongFilterLineGoesOnTheTotalsLineInWholeParts() throws {
        let fixture = try LoopScreenFixture()
        var queue = IssueQueue(context: fixture.context(fixture.supervisor))
        queue.filter.state = .inProgress
        queue.filter.category = .drinkingWater
        queue.filter.overdueOnly = true
        let (line, rest) = queue.filterSummary(width: 20)
        #expect(line == "饮水安全　整改中")
        #expect(rest == ["只看逾期", "按整改时限"])
        #expect(queue.filterSummary(width: 120).rest.isEmpty)
    }
}

/// The queue's due cells counted once per page say what the item screens' day-by-day count says.
struct WorkingDayCountsTests {
    @Test func eachDueCellEqualsTheContextsOwnWording() throws {
        let fixture = try LoopScreenFixture()
        let context = fixture.context(fixture.supervisor)
        let today = LoopScreenFixture.today
        // Across the 2026 holidays and make-up days of the shipped calendar, before and after today.
        let deadlines = stride(from: -400, through: 400, by: 7).map { today.adding(days: $0) }
        let counts = WorkingDayCounts(calendar: context.calendar, today: today, deadlines: deadlines)
        for deadline in deadlines + [today, today.adding(days: 1), today.adding(days: -1)] {
            for state in RectificationState.allCases {
                #expect(
                    counts.dueShort(deadline: deadline, state: state)
                        == context.dueShort(deadline: deadline, state: state), "\(deadline) \(state)")
            }
        }
        #expect(counts.dueShort(deadline: nil, state: .inProgress) == "")
        // A day outside the counted span falls back to the calendar's own count.
        let far = today.adding(days: 900)
        #expect(
            counts.dueShort(deadline: far, state: .inProgress) == context.dueShort(deadline: far, state: .inProgress))
    }
}

struct ItemRowCellTests {
    @Test func aHouseholdsNumberFollowsItsNameWithoutParentheses() {
        #expect(ItemRowSource.withoutParentheses("张三（0001）") == "张三 0001")
        #expect(ItemRowSource.withoutParentheses("第一村民小组") == "第一村民小组")
        #expect(ItemRowSource.withoutParentheses("") == "")
    }
}
