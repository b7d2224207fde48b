import CunzhanCore
import CunzhanStore

/// Keeps the draft of one form for one household and user: saves it as the user types, finds it when the
/// form opens again, deletes it on save or discard.
///
/// Its methods do store work and are called only inside screen effects. Drafts are local-only: saving
/// one writes no outbox op (see `StationStore.saveDraft`).
struct DraftKeeper: Sendable {
    let store: StationStore
    let formID: String
    let householdID: HouseholdID
    let userID: UserID

    /// Saves `answers` over the previous draft.
    func save(_ answers: [String: String]) throws(StoreError) {
        try store.saveDraft(FormDraft(formID: formID, householdID: householdID, userID: userID, answers: answers))
    }

    /// The draft left from an earlier session, or nil.
    func find() throws(StoreError) -> FormDraft? {
        try store.draft(formID: formID, householdID: householdID, userID: userID)
    }

    /// Deletes the draft, if any.
    func delete() throws(StoreError) {
        try store.deleteDraft(formID: formID, householdID: householdID, userID: userID)
    }

    /// The answers of `draft` that differ from `current`: what resuming puts back into the form.
    static func changes(in draft: FormDraft, from current: [String: String]) -> [(fieldID: String, value: String)] {
        draft.answers.keys.sorted().compactMap { fieldID in
            guard let value = draft.answers[fieldID], let now = current[fieldID], now != value else { return nil }
            return (fieldID, value)
        }
    }
}
