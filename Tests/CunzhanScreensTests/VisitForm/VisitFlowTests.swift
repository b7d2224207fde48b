import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The whole job from the register: find the household, open it, record a visit by keys, see it saved.
struct VisitFlowTests {
    @Test func registerEnterDetailVisitSaveQueuesTheOpAndTheDetailShowsIt() throws {
        let fixture = try HouseholdFixture()
        let pendingBefore = try fixture.store.pendingOpCount()
        var program = try fixture.registerProgram()
        _ = program.press(.character("/"))
        _ = program.type("zs")
        _ = program.press(.enter)  // keep the filter
        _ = program.press(.enter)  // open the household
        #expect(program.screenTitles.last == "农户详情：张三（0001）")
        _ = program.press(.character("v"))
        #expect(program.screenTitles.last == "入户走访：张三（0001）")
        VisitFormScreenTests.fill(&program)
        _ = program.press(.control("s"))
        _ = program.press(.character("n"))  // no rectification item for the risk
        let frame = program.press(.character("n"))  // no monitoring review flag either
        #expect(program.screenTitles.last == "农户详情：张三（0001）")
        #expect(frame.text.contains("2026-03-15  王网格  6 项达标"))

        #expect(try fixture.store.pendingOpCount() == pendingBefore + 1)
        let op = try #require(try fixture.store.outboxOps().last)
        #expect(op.kind == .append)
        #expect(op.entityType == .visit)
        #expect(op.author == fixture.worker.id.description)
        #expect(
            try fixture.store.draft(formID: "visit", householdID: fixture.household.id, userID: fixture.worker.id)
                == nil, "saving deletes the draft")
    }

    @Test func theTopBarsPendingCountFollowsEachSaveWithoutGoingHome() throws {
        let fixture = try HouseholdFixture()
        let pendingBefore = try fixture.store.pendingOpCount()
        var program = try fixture.registerProgram()
        program.status = try StationApp.status(of: fixture.store)
        StationApp.keepSyncStatusCurrent(in: &program, store: fixture.store)
        #expect(program.step([]).lines[0].contains("待上传 \(pendingBefore) |"))
        _ = program.press(.enter)  // open the household
        _ = program.press(.character("v"))
        VisitFormScreenTests.fill(&program)
        _ = program.press(.control("s"))
        let asked = program.step([])
        #expect(asked.lines[0].contains("待上传 \(pendingBefore + 1) |"), "\(asked.lines[0])")
        _ = program.press(.character("y"))  // raise the rectification item for the risk
        let raised = program.step([])
        let pendingAfter = try fixture.store.pendingOpCount()
        #expect(pendingAfter > pendingBefore + 1)
        #expect(raised.lines[0].contains("待上传 \(pendingAfter) |"), "\(raised.lines[0])")
    }
}
