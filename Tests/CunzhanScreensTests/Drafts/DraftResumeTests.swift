import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// Drafts: every change is kept in the store, and a new program on the same file offers it back.
struct DraftResumeTests {
    /// Opens the form, types a partial visit, and abandons the program without saving (a "crash").
    static func typePartialVisitAndCrash(_ fixture: HouseholdFixture) {
        var program = VisitFormScreenTests.openForm(fixture)
        _ = program.press(.tab, .tab, .left, .tab)  // 吃: 不达标
        _ = program.type("缺少口粮")
    }

    @Test func everyChangeIsSavedAsADraftWithoutAnOutboxOp() throws {
        let fixture = try HouseholdFixture()
        let pending = try fixture.store.pendingOpCount()
        Self.typePartialVisitAndCrash(fixture)
        let draft = try #require(
            try fixture.store.draft(formID: "visit", householdID: fixture.household.id, userID: fixture.worker.id))
        #expect(draft.answers["food"] == "不达标")
        #expect(draft.answers["food_note"] == "缺少口粮", "the field being typed is kept too")
        #expect(try fixture.store.pendingOpCount() == pending, "drafts are local-only")
    }

    @Test func aNewProgramOnTheSameFileOffersTheDraftAndResumesTheTypedValues() throws {
        let fixture = try HouseholdFixture()
        Self.typePartialVisitAndCrash(fixture)
        let reopened = try fixture.reopened()
        var program = try fixture.registerProgram(store: reopened)
        _ = program.press(.enter)  // open the only household
        var frame = program.press(.character("v"))
        #expect(program.isShowingOverlay)
        #expect(frame.text.contains("未保存的走访草稿"))
        frame = program.press(.enter)  // 继续
        let form = try #require(program.topScreen as? VisitForm)
        #expect(form.form.values["food"] == "不达标")
        #expect(form.form.values["food_note"] == "缺少口粮")
        #expect(form.hasUnsavedChanges)
        #expect(frame.text.contains("缺少口粮"))
        #expect(frame.text.contains("已恢复草稿"))
    }

    @Test func discardingTheOfferedDraftDeletesItAndStartsBlank() throws {
        let fixture = try HouseholdFixture()
        Self.typePartialVisitAndCrash(fixture)
        var program = VisitFormScreenTests.openForm(fixture)
        _ = program.press(.escape)  // 放弃
        let form = try #require(program.topScreen as? VisitForm)
        #expect(form.form.values["food_note"] == "")
        #expect(!form.hasUnsavedChanges)
        #expect(
            try fixture.store.draft(formID: "visit", householdID: fixture.household.id, userID: fixture.worker.id)
                == nil)
    }

    @Test func draftsAreKeptPerUser() throws {
        let fixture = try HouseholdFixture()
        Self.typePartialVisitAndCrash(fixture)
        #expect(try fixture.store.draft(formID: "visit", householdID: fixture.household.id, userID: UserID()) == nil)
    }
}
