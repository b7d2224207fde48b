import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// After a visit with findings the form also offers 标记为需要监测评估, recorded as a household patch.
struct MonitoringReviewFlagTests {
    @Test func yesFlagsTheHouseholdShownInTheDetailAndQueuedAsAPatch() throws {
        let fixture = try HouseholdFixture()
        var program = VisitFormScreenTests.openForm(fixture)
        VisitFormScreenTests.fill(&program, foodMet: false, foodNote: "缺少口粮")
        _ = program.press(.control("s"))
        let question = program.press(.escape)  // no rectification item
        #expect(question.text.contains("标记为需要监测评估"))
        #expect(question.text.contains("吃不达标"))
        let detail = program.press(.enter)
        #expect(program.screenTitles == ["农户详情：张三（0001）"])
        #expect(detail.text.contains("监测评估：待评估（2026-03-15，吃不达标；新风险：因病）"))
        let op = try #require(try fixture.store.outboxOps().last)
        #expect(op.entityType == .household)
        #expect(op.kind == .patch)
        let flagged = try fixture.store.householdOverview(fixture.household.id)?.household.monitoringReview
        #expect(flagged?.date == HouseholdFixture.today)
    }

    @Test func noLeavesTheHouseholdUnflagged() throws {
        let fixture = try HouseholdFixture()
        var program = VisitFormScreenTests.openForm(fixture)
        VisitFormScreenTests.fill(&program, foodMet: false, foodNote: "缺少口粮")
        _ = program.press(.control("s"))
        _ = program.press(.escape)
        let detail = program.press(.escape)
        #expect(program.screenTitles == ["农户详情：张三（0001）"])
        #expect(!detail.text.contains("待评估"))
        #expect(try fixture.store.householdOverview(fixture.household.id)?.household.monitoringReview == nil)
    }

    @Test func theRegisterShowsToBeReviewedInTheStatusColumn() throws {
        let fixture = try HouseholdFixture()
        try fixture.store.write(author: fixture.worker.id) {
            try $0.flagForMonitoringReview(
                fixture.household.id, review: MonitoringReview(date: HouseholdFixture.today, reason: "住房安全不达标"))
        }
        var program = try fixture.registerProgram(size: Size(width: 120, height: 30))
        #expect(program.step([]).text.contains("待评估"))
    }
}
