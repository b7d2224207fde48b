import CunzhanCore
import CunzhanScreens
import CunzhanStore
import TerminalUI
import Testing

/// 需处理: the rejected change is listed with its record and reason, and can be discarded or fixed and resent.
struct NeedsAttentionTests {
    /// The fixture with 张三's population changed to 7 and that change rejected by the server.
    static func rejectedPatch() throws -> (StationFixture, Household, String) {
        let fixture = try StationFixture()
        let row = try #require(try fixture.store.householdPage(filter: "张三", after: nil, limit: 1).first)
        let stored = try #require(try fixture.store.household(row.id))
        let sent = try fixture.store.unsentOps(limit: 100).map(\.opID)
        try fixture.store.recordResults(
            sent.enumerated().map { OpResultRecord(opID: $1, settlement: .accepted(serverSeq: Int64($0 + 1))) })
        var changed = stored
        changed.population = 7
        try fixture.store.write(author: fixture.cadre.id) { try $0.updateHousehold(changed) }
        let patch = try #require(try fixture.store.unsentOps().first)
        try fixture.store.recordResults([
            OpResultRecord(
                opID: patch.opID, settlement: .rejected(code: "invalidValue", field: "population", message: "人口与成员数不符"))
        ])
        return (fixture, stored, patch.opID)
    }

    @Test func theListNamesTheRecordAndTheReason() throws {
        let (fixture, _, _) = try Self.rejectedPatch()
        var program = try HomeTests.home(fixture, user: fixture.cadre, size: Size(width: 100, height: 30))
        let list = program.step(typing("0"))
        #expect(program.screenTitles == ["首页", "需处理"])
        #expect(list.lines.contains { $0.contains("需处理的变更（共 1 条）") })
        let row = list.lines.first { $0.contains("被拒绝") } ?? ""
        #expect(row.contains("修改") && row.contains("户主 张三") && row.contains("人口与成员数不符"), "\(row)")
        #expect(list.lines[0].contains("需处理 1"))
    }

    @Test func discardNeedsAReasonThenRestoresTheServerValue() throws {
        let (fixture, household, opID) = try Self.rejectedPatch()
        var program = try HomeTests.home(fixture, user: fixture.cadre, size: Size(width: 100, height: 30))
        _ = program.step(typing("0") + pressing(.enter))
        #expect(program.screenTitles == ["首页", "需处理", "需处理：详情"])
        let empty = program.step(typing("d") + pressing(.enter))
        #expect(empty.lines.contains { $0.contains("【错误】放弃原因：必填") })
        _ = program.step(typing("填错了") + pressing(.enter))
        #expect(program.isShowingOverlay)
        _ = program.step(pressing(.enter))
        #expect(program.screenTitles == ["首页", "需处理"])
        #expect(try fixture.store.household(household.id)?.population == household.population)
        #expect(try fixture.store.attentionCount() == 0)
        #expect(try fixture.store.opState(opID) == .rejected)
        let audit = try #require(try fixture.store.unsentOps().last)
        #expect(audit.kind == .discard && audit.entityID == household.id.description)
        #expect(audit.payload.contains(opID) && audit.payload.contains("填错了"))
        _ = program.step(pressing(.escape))
        let list = program.step([])
        #expect(list.lines.contains { $0.contains("没有需要处理的变更") })
    }

    @Test func fixAndResendRecordsTheCorrectedValue() throws {
        let (fixture, household, _) = try Self.rejectedPatch()
        var program = try HomeTests.home(fixture, user: fixture.cadre, size: Size(width: 100, height: 30))
        _ = program.step(typing("0") + pressing(.enter) + typing("r"))
        let editing = program.step(pressing(.backspace) + typing("2"))
        #expect(editing.lines.contains { $0.contains("人口") && $0.contains("2") })
        _ = program.step(pressing(.control("s")))
        _ = program.step(pressing(.enter))
        #expect(try fixture.store.household(household.id)?.population == 2)
        #expect(try fixture.store.attentionCount() == 0)
        #expect(try fixture.store.unsentOps().first?.payload == #"{"population":2}"#)
    }
}
