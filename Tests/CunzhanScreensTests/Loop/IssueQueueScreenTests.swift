import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The issue queue headless: filters, counts per village, and acting on an item opened from it.
struct IssueQueueScreenTests {
    static func itemRows(_ frame: Canvas) -> [String] {
        frame.lines.filter { $0.range(of: #"^(20\d\d-\d\d-\d\d|未定) "#, options: .regularExpression) != nil }
    }

    @Test func filterKeysNarrowTheQueueAndTheSummarySaysHow() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(
            IssueQueue(context: fixture.context(fixture.supervisor)), size: Size(width: 120, height: 40))
        let frame = program.step([])
        #expect(frame.text.contains("共 4 项，其中逾期 1 项，涉及 1 个村"))
        #expect(Self.itemRows(frame).map { $0.contains("屋顶漏雨") } == [true, false, false, false])
        #expect(Self.itemRows(frame).last?.contains("危房待鉴定") == true)
        let overdue = program.press(.character("d"))
        #expect(overdue.text.contains("只看逾期"))
        #expect(Self.itemRows(overdue).count == 1)
        let pending = program.press(.character("d"), .character("s"))
        #expect(pending.text.contains("状态：待交办"))
        #expect(Self.itemRows(pending).count == 1)
        #expect(Self.itemRows(pending).first?.contains("危房待鉴定") == true)
        let water = program.press(
            .character("0"), .character("c"), .character("c"), .character("c"), .character("c"), .character("c"))
        #expect(water.text.contains("类别：饮水安全"))
        #expect(Self.itemRows(water).map { $0.contains("水管破损") } == [true])
        let byAge = program.press(.character("0"), .character("x"))
        #expect(byAge.text.contains("按发现时间"))
        #expect(Self.itemRows(byAge).count == 4)
    }

    @Test func tabShowsCountsPerVillageWithBarsAndEnterKeepsOneVillage() throws {
        let fixture = try LoopScreenFixture()
        let other = Village(code: "530124100202", name: "团结村")
        try fixture.store.write(author: nil) { try $0.createVillage(other) }
        var program = fixture.program(IssueQueue(context: fixture.context(fixture.supervisor)))
        _ = program.step([])
        let counts = program.press(.tab)
        let line = try #require(counts.rows(containing: "和平村").last)
        #expect(line.contains("4（逾期1）"))
        let kept = program.press(.enter)
        #expect(kept.text.contains("村：和平村"))
        #expect(Self.itemRows(kept).count == 4)
        let all = program.press(.tab, .character("a"))
        #expect(all.text.contains("村：全部"))
    }

    @Test func aSupervisorOpensAnItemAndClosesItOnlyWithAVerificationNote() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(IssueQueue(context: fixture.context(fixture.supervisor)))
        _ = program.step([])
        // By deadline: 屋顶 (03-12), 水管 (03-23), 围墙 (04-01), 危房 (none).
        _ = program.press(.down, .down)
        let item = program.press(.enter)
        #expect(program.screenTitles.last == "整改事项：围墙倒塌")
        #expect(item.text.contains("c 销号"))
        #expect(item.text.contains("提交验收：佐证：已重新砌好"))
        _ = program.press(.character("c"))
        #expect(program.screenTitles.last == "销号：围墙倒塌")
        let blank = program.press(.control("s"))
        #expect(blank.text.contains("验收意见"))
        #expect(program.screenTitles.last == "销号：围墙倒塌")
        _ = program.type("实地查看")
        let closed = program.press(.control("s"))
        #expect(program.screenTitles.last == "整改事项：围墙倒塌")
        #expect(closed.text.contains("状态：已销号"))
        #expect(closed.text.contains("验收意见：实地查看"))
        let queue = program.press(.escape)
        #expect(Self.itemRows(queue).first { $0.contains("围墙倒塌") }?.contains("已销号") == true)
    }

    @Test func aCadreSeesNoVerificationKeysAndCannotCloseByPressingThem() throws {
        let fixture = try LoopScreenFixture()
        var program = fixture.program(ItemScreen(itemID: fixture.wall.id, context: fixture.context(fixture.cadre)))
        let frame = program.step([])
        #expect(!frame.text.contains("c 销号"))
        _ = program.press(.character("c"), .character("b"))
        #expect(program.screenTitles == ["整改事项：围墙倒塌"])
        #expect(try fixture.store.item(fixture.wall.id)?.state == .awaitingVerification)
    }

    @Test func theOwnerAsksForMoreTimeAndTheSupervisorApprovesIt() throws {
        let fixture = try LoopScreenFixture()
        var owner = fixture.program(ItemScreen(itemID: fixture.pipe.id, context: fixture.context(fixture.cadre)))
        let frame = owner.step([])
        #expect(frame.text.contains("x 申请延期"))
        _ = owner.press(.character("x"))
        _ = owner.type("2026-04-30")
        _ = owner.press(.tab)
        _ = owner.type("管材缺货")
        let pending = owner.press(.control("s"))
        #expect(pending.text.contains("延期申请：申请延至 2026-04-30，理由：管材缺货（待督导批准）"))
        var supervisor = fixture.program(
            ItemScreen(itemID: fixture.pipe.id, context: fixture.context(fixture.supervisor)))
        _ = supervisor.step([])
        let form = supervisor.press(.character("y"))
        #expect(form.rows(containing: "整改时限").first?.contains("2026-04-30") == true)
        _ = supervisor.press(.control("s"))
        #expect(try fixture.store.item(fixture.pipe.id)?.deadline == CalendarDate(year: 2026, month: 4, day: 30))
    }
}
