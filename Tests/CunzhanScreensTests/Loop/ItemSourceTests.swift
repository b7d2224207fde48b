import CunzhanCore
import CunzhanStore
import Foundation
import ScreenDefinitions
import TerminalUI
import Testing

@testable import CunzhanScreens

/// Items raised from a visit or an inspection: prefilled, linked to the record, and the item screen shows
/// and opens that record; the item's history includes transitions pulled from other stations.
struct ItemSourceTests {
    /// The rectification items of the fixture's village, read through the issue queue's query.
    static func items(_ store: StationStore) throws -> [RectificationItem] {
        try store.itemPage(ItemFilter(today: HouseholdFixture.today), after: nil, limit: 50).compactMap {
            try store.item($0.id)
        }
    }

    @Test func raisingFromAnUnmetVisitGivesPrefilledLinkedItems() throws {
        let fixture = try HouseholdFixture()
        let theme = try VisitThemeTests.setTheme(fixture)
        var program = VisitFormScreenTests.openForm(fixture)
        _ = program.press(.tab, .tab, .tab, .tab)  // past visitor, date and the two theme fields
        _ = program.press(.left, .tab)  // 吃: 不达标
        _ = program.type("缺少口粮")
        _ = program.press(.tab)
        for _ in 0..<5 { _ = program.press(.character(" "), .tab, .tab) }
        _ = program.press(.tab, .tab, .tab, .character("y"))
        let question = program.press(.control("s"))
        #expect(question.text.contains("新建 1 项整改事"))
        #expect(question.text.contains("关联本次走访"))
        _ = program.press(.enter)  // yes, raise
        _ = program.press(.escape)  // no monitoring review flag
        let visit = try #require(try fixture.store.visits(of: fixture.household.id).first)
        let item = try #require(try Self.items(fixture.store).first)
        #expect(item.sourceRecordID == visit.id.description)
        #expect(item.source == .visit)
        #expect(item.householdID == fixture.household.id)
        #expect(item.groupID == fixture.household.groupID)
        #expect(item.villageID == fixture.village.id)
        #expect(item.category == .income)
        #expect(item.title == "吃不达标：缺少口粮")
        #expect(item.details.contains("缺少口粮"))
        #expect(item.raisedOn == visit.date)
        #expect(item.themeID == theme.id)
    }

    @Test func theItemScreenShowsItsSourceVisitAndOpensItReadOnly() throws {
        let fixture = try HouseholdFixture()
        var guarantees = Guarantees.allMet
        guarantees.housing = Guarantees.Check(.notMet, note: "屋顶漏雨")
        let visit = Visit(
            householdID: fixture.household.id, date: try CalendarDate(parsing: "2026-03-10"),
            visitorID: fixture.worker.id, guarantees: guarantees, answers: ["visitor": "王网格"])
        let item = try #require(VisitForm.items(for: visit, household: fixture.household).first)
        try fixture.store.write(author: fixture.worker.id) { writer in
            try writer.recordVisit(visit)
            try writer.raiseItem(item)
        }
        let context = LoopContext(station: fixture.context(), user: fixture.worker)
        var program = Program(root: ItemScreen(itemID: item.id, context: context), theme: .monochrome, size: .minimum)
        let frame = program.step([])
        #expect(frame.text.contains("来源：走访 2026-03-10 王网格（按 o 查看）"))
        #expect(frame.text.contains("查看来源记录"))
        let record = program.press(.character("o"))
        #expect(program.screenTitles.last == "走访记录（只读）：走访 2026-03-10 王网格")
        #expect(record.text.contains("农户：张三（户编号 0001）"))
        #expect(record.text.contains("走访人：王网格"))
        #expect(record.text.contains("住房安全：不达标"))
        #expect(record.text.contains("住房安全情况说明：屋顶漏雨"))
        _ = program.press(.character("e"))  // nothing to edit: the record is read-only
        #expect(program.screenTitles.last == "走访记录（只读）：走访 2026-03-10 王网格")
        _ = program.press(.escape)
        #expect(program.screenTitles.last == "整改事项：住房安全不达标：屋顶漏雨")
    }

    @Test func anItemFromAnInspectionNamesAndOpensTheInspection() throws {
        let fixture = try LoopScreenFixture()
        let household = fixture.households[0]
        let inspection = Inspection(
            gridID: try #require(household.gridID), householdID: household.id, inspectorID: fixture.cadre.id,
            date: LoopScreenFixture.found, method: .inPerson, result: .problemFound,
            answers: ["problem_description": "院墙开裂", "housing": "不达标"])
        let item = InspectionForm.item(for: inspection, household: household, theme: nil)
        #expect(item.sourceRecordID == inspection.id.description)
        try fixture.store.write(author: fixture.cadre.id) { writer in
            try writer.recordInspection(inspection, raising: item, flagging: nil)
        }
        var program = fixture.program(ItemScreen(itemID: item.id, context: fixture.context(fixture.secretary)))
        let frame = program.step([])
        #expect(frame.text.contains("来源：网格排查 2026-03-02 张网格（按 o 查看）"))
        let record = program.press(.character("o"))
        #expect(record.text.contains("问题描述：院墙开裂"))
        #expect(record.text.contains("住房安全：不达标"))
    }

    @Test func theVisitHistoryRaisesFromAnUnmetVisitThroughTheEditableItemForm() throws {
        let history = try VisitHistoryFixture()
        let definition = try #require(ScreenCatalog.defaults.list("visits"))
        var screen = VisitHistory(definition: definition, context: history.base.context())
        screen.raising = LoopContext(station: history.base.context(), user: history.base.worker)
        var program = Program(root: screen, theme: .monochrome, size: .minimum)
        _ = program.step([])
        let shown = try #require(program.topScreen as? VisitHistory)
        #expect(shown.keyHints.contains(KeyHint(keys: "i", action: "登记整改事项")))
        _ = program.press(.character("i"))  // 03-14 李四: every check 达标
        #expect(program.isShowingOverlay)
        _ = program.press(.escape)
        _ = program.press(.down, .down)  // 03-05 李四: 住房安全 不达标（漏雨）
        let form = program.press(.character("i"))
        #expect(program.screenTitles.last == "登记整改事项（来自走访）")
        #expect(form.text.contains("住房安全不达标：漏雨"))
        #expect(form.text.contains("0002"))
        _ = program.press(.tab)
        _ = program.type("，需鉴定")  // the user edits the details before saving
        _ = program.press(.control("s"))
        #expect(program.screenTitles.last == "入户走访记录" || program.screenTitles.count == 1)
        let item = try #require(try Self.items(history.base.store).first)
        let visit = try #require(
            try history.base.store.visits(of: history.li.id).first { !$0.guarantees.unmet.isEmpty })
        #expect(item.sourceRecordID == visit.id.description)
        #expect(item.raisedOn == visit.date)
        #expect(item.householdID == history.li.id)
        #expect(item.category == .housing)
        #expect(item.details.hasSuffix("，需鉴定"))
        _ = program.press(.character("i"))  // its one finding has an item now
        #expect(program.isShowingOverlay)
        #expect(program.screenTitles.count == 1)
    }

    @Test func historyShowsATransitionPulledFromAnotherStation() throws {
        let fixture = try LoopScreenFixture()
        let wall = fixture.wall
        let closed = LoopScreenFixture.found.adding(days: 5)
        let transition = ItemTransition(
            from: .awaitingVerification, to: .closed, date: closed, verifierID: fixture.supervisor.id,
            verificationNote: "实地查看，已砌好", action: .close)
        let op = Op(
            opID: UUID().uuidString.lowercased(), stationID: "township-station", localSeq: 7,
            txGroup: UUID().uuidString.lowercased(), author: fixture.supervisor.id.description,
            entityType: .rectificationItem, entityID: wall.id.description, kind: .transition,
            payload: String(decoding: try JSONEncoder().encode(transition), as: UTF8.self), base: nil,
            hlc: HLCTimestamp(physical: 1_900_000_000_000, counter: 0, node: "township-station").description,
            appVersion: "test", schemaVersion: StationStore.schemaVersion)
        // The station's own ops reach the server first (seq 1...n); the pull brings them back with the
        // township's 销号, and a second pull of the same page changes nothing.
        let own = try fixture.store.unsentOps()
        try fixture.store.markSent(own.map(\.opID))
        try fixture.store.recordResults(
            own.enumerated().map { OpResultRecord(opID: $1.opID, settlement: .accepted(serverSeq: Int64($0 + 1))) })
        let page =
            own.enumerated().map { PulledOp(serverSeq: Int64($0 + 1), op: $1) }
            + [PulledOp(serverSeq: Int64(own.count + 1), op: op)]
        try fixture.store.applyPulled(page, cursor: Int64(page.count))
        try fixture.store.applyPulled(page, cursor: Int64(page.count))
        var program = fixture.program(
            ItemScreen(itemID: wall.id, context: fixture.context(fixture.secretary)), size: Size(width: 100, height: 30)
        )
        let frame = program.step([])
        #expect(frame.text.contains("状态：已销号"))
        #expect(frame.text.contains("办理记录（3 条）"))
        let history = frame.lines.filter { $0.hasPrefix("  2026-") }
        #expect(history.count == 3)
        #expect(history.first?.contains("王书记  定责") == true)
        #expect(history.dropFirst().first?.contains("张网格  提交验收") == true)
        #expect(history.last?.contains("2026-03-07  赵督导  销号：验收意见：实地查看，已砌好") == true)
    }
}
