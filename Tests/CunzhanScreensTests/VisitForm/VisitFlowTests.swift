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
}
