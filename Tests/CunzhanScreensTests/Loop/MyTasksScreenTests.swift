import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// 我的任务 headless: what each role sees, and one key from a row to act on it.
struct MyTasksScreenTests {
    @Test func theOwnerSeesOverdueAndDueSoonAndReportsProgressFromTheRow() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(MyTasks(context: fixture.context(fixture.cadre)))
        let frame = program.step([])
        #expect(frame.text.contains("逾期 1　即将到期 1"))
        #expect(frame.rows(containing: "屋顶漏雨").first?.contains("逾期 6") == true)
        // 03-23 is the next Monday: one working day after Friday 03-20.
        #expect(frame.rows(containing: "水管破损").first?.contains("剩 1") == true)
        #expect(frame.text.contains("本轮未排查"))
        #expect(frame.text.contains("Enter 报进展"))
        _ = program.press(.enter)
        #expect(program.screenTitles.last == "调度进展：屋顶漏雨")
        _ = program.press(.tab)
        _ = program.type("已联系施工队")
        _ = program.press(.tab)
        _ = program.type("40")
        let back = program.press(.control("s"))
        #expect(program.screenTitles.last == "我的任务")
        #expect(back.text.contains("逾期 1"))
        let detail = try #require(try fixture.store.itemDetail(fixture.roof.id))
        #expect(detail.history.contains { $0.text == "调度：已联系施工队（完成 40%）" && $0.actor == "张网格" })
    }

    /// At 80 columns the key bar keeps Esc; `o` is offered only when Enter does something else with the item.
    @Test func theKeyBarKeepsEscAndNamesOpenTheItemOnce() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(MyTasks(context: fixture.context(fixture.cadre)))
        let bar = program.step([]).lines.last ?? ""
        #expect(bar.contains("Enter 报进展") && bar.contains("o 打开事项") && bar.contains("Esc 返回"), "\(bar)")
        // Down the rows to a household (本轮未排查): Enter opens its detail, and there is no item for `o`.
        var household = bar
        for _ in 0..<6 where !household.contains("Enter 农户详情") { household = program.press(.down).lines.last ?? "" }
        #expect(household.contains("Enter 农户详情") && !household.contains("o 打开事项"), "\(household)")
        #expect(household.contains("Esc 返回"), "\(household)")
        // The secretary's first row is the cadre's overdue item: Enter opens it, so `o` is not listed again.
        var secretary = fixture.program(MyTasks(context: fixture.context(fixture.secretary)))
        let opened = secretary.step([]).lines.last ?? ""
        #expect(opened.contains("Enter 打开事项") && !opened.contains("o 打开事项"), "\(opened)")
    }

    @Test func theSecretaryAssignsFromTheRowWithTheGridWorkerProposed() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(MyTasks(context: fixture.context(fixture.secretary)))
        let frame = program.step([])
        #expect(frame.text.contains("待定责 1"))
        // Rows: 逾期, 即将到期, then 待定责.
        _ = program.press(.down, .down)
        let form = program.press(.enter)
        #expect(program.screenTitles.last == "定责：危房待鉴定")
        #expect(form.lines.contains { $0.contains("责任人") && $0.contains("张网格") })
        _ = program.press(.tab)
        _ = program.type("请住建部门鉴定")
        _ = program.press(.tab)
        _ = program.type("2026-03-01")
        let refused = program.press(.control("s"))
        #expect(program.screenTitles.last == "定责：危房待鉴定")
        #expect(refused.text.contains("早于发现问题的日期2026-03-02"))
        _ = program.press(.backTab, .tab)
        _ = program.press(.backspace, .backspace)
        _ = program.type("31")
        _ = program.press(.control("s"))
        #expect(program.screenTitles.last == "我的任务")
        let item = try #require(try fixture.store.item(fixture.unassigned.id))
        #expect(item.state == .inProgress)
        #expect(item.ownerID == fixture.cadre.id)
        #expect(item.deadline == CalendarDate(year: 2026, month: 3, day: 31))
    }

    @Test func theSupervisorVerifiesFromTheRow() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(MyTasks(context: fixture.context(fixture.supervisor)))
        let frame = program.step([])
        #expect(frame.text.contains("待验收 1"))
        #expect(!frame.text.contains("本月未走访"))
        _ = program.press(.down)
        _ = program.press(.enter)
        #expect(program.screenTitles.last == "销号：围墙倒塌")
        _ = program.type("实地查看，围墙已砌好")
        _ = program.press(.control("s"))
        #expect(try fixture.store.item(fixture.wall.id)?.state == .closed)
        let after = program.step([])
        #expect(!after.text.contains("待验收"))
    }
}
