import CunzhanCore
import Testing

@testable import CunzhanStore

/// Drafts are local-only rows: upserted per form, household and user, never an outbox op.
struct DraftTests {
    @Test func savingTwiceKeepsOneDraftWithTheLatestAnswersAndRecordsNoOp() throws {
        let store = try makeStore(clock: .fixed(1_000))
        let household = HouseholdID()
        let user = UserID()
        try store.saveDraft(FormDraft(formID: "visit", householdID: household, userID: user, answers: ["notes": "户"]))
        try store.saveDraft(
            FormDraft(formID: "visit", householdID: household, userID: user, answers: ["notes": "户主住院"]))
        let draft = try #require(try store.draft(formID: "visit", householdID: household, userID: user))
        #expect(draft.answers == ["notes": "户主住院"])
        #expect(draft.savedAt == 1_000)
        #expect(try count(store, "form_drafts") == 1)
        #expect(try store.pendingOpCount() == 0)
        #expect(try count(store, "outbox") == 0)
    }

    @Test func deletingRemovesOnlyThatDraft() throws {
        let store = try makeStore()
        let household = HouseholdID()
        let (first, second) = (UserID(), UserID())
        for user in [first, second] {
            try store.saveDraft(FormDraft(formID: "visit", householdID: household, userID: user, answers: [:]))
        }
        try store.deleteDraft(formID: "visit", householdID: household, userID: first)
        #expect(try store.draft(formID: "visit", householdID: household, userID: first) == nil)
        #expect(try store.draft(formID: "visit", householdID: household, userID: second) != nil)
    }

    @Test func aReopenedStoreKeepsItsDrafts() throws {
        let path = temporaryPath()
        let household = HouseholdID()
        let user = UserID()
        let store = try StationStore(path: path)
        try store.saveDraft(FormDraft(formID: "visit", householdID: household, userID: user, answers: ["food": "不达标"]))
        try store.close()
        let reopened = try StationStore(path: path)
        #expect(try reopened.draft(formID: "visit", householdID: household, userID: user)?.answers == ["food": "不达标"])
    }
}
