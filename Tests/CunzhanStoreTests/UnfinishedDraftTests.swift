import CunzhanCore
import Testing

@testable import CunzhanStore

/// A user's unfinished drafts, as the home screen offers them after login.
struct UnfinishedDraftTests {
    @Test func listsOnlyThatUsersVisitDraftsWithTheHouseholdHeadAndNumber() throws {
        let store = try makeStore(clock: .fixed(5_000))
        let fixture = try Fixture(store: store)
        let zhang = fixture.household("张三", number: "H1")
        let li = fixture.household("李四", number: "H2")
        try store.write(author: nil) { writer in
            try writer.createHousehold(zhang)
            try writer.createHousehold(li)
        }
        let me = fixture.worker.id
        try store.saveDraft(FormDraft(formID: "visit", householdID: li.id, userID: me, answers: ["notes": "漏雨"]))
        try store.saveDraft(FormDraft(formID: "visit", householdID: zhang.id, userID: me, answers: [:]))
        try store.saveDraft(FormDraft(formID: "visit", householdID: zhang.id, userID: UserID(), answers: [:]))
        try store.saveDraft(FormDraft(formID: "inspection", householdID: zhang.id, userID: me, answers: [:]))
        // A draft of a household that is not in the store has nothing to resume on.
        try store.saveDraft(FormDraft(formID: "visit", householdID: HouseholdID(), userID: me, answers: [:]))

        let drafts = try store.unfinishedDrafts(of: me)
        #expect(drafts.map(\.headName) == ["张三", "李四"])
        #expect(drafts.map(\.householdNumber) == ["H1", "H2"])
        #expect(drafts.allSatisfy { $0.formID == "visit" && $0.savedAt == 5_000 })
        #expect(try store.unfinishedDrafts(of: UserID()).isEmpty)
    }

    @Test func aSavedOrDiscardedDraftIsNoLongerOffered() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let zhang = fixture.household("张三", number: "H1")
        try store.write(author: nil) { try $0.createHousehold(zhang) }
        let me = fixture.worker.id
        try store.saveDraft(FormDraft(formID: "visit", householdID: zhang.id, userID: me, answers: [:]))
        #expect(try store.unfinishedDrafts(of: me).count == 1)
        try store.deleteDraft(formID: "visit", householdID: zhang.id, userID: me)
        #expect(try store.unfinishedDrafts(of: me).isEmpty)
    }
}
