import CunzhanCore
import GRDB

/// A form being filled in, saved as the user types so a crash or power cut loses at most one field.
///
/// Local-only state: a draft produces NO outbox op and is never synced; it belongs to this station, the
/// user who typed it and the household it is about. It is deleted when the form is saved or discarded.
public struct FormDraft: Equatable, Sendable {
    /// The form definition's id (`visit`).
    public var formID: String
    public var householdID: HouseholdID
    public var userID: UserID
    /// The answers typed so far, by field id, as the form holds them.
    public var answers: [String: String]
    /// When it was last saved, in milliseconds since 1970 (the store's clock).
    public var savedAt: Int64

    public init(formID: String, householdID: HouseholdID, userID: UserID, answers: [String: String], savedAt: Int64 = 0)
    {
        self.formID = formID
        self.householdID = householdID
        self.userID = userID
        self.answers = answers
        self.savedAt = savedAt
    }
}

extension StationStore {
    /// Saves `draft`, replacing the earlier one of the same form, household and user: one small upsert.
    ///
    /// Written straight to the drafts table in its own transaction, outside `write(author:_:)`: drafts are
    /// local-only and record no outbox op.
    public func saveDraft(_ draft: FormDraft) throws(StoreError) {
        let answers = ColumnCoding.json(draft.answers)
        let now = clock.nowMillis()
        do {
            try pool.write { db in
                try db.cachedStatement(
                    sql: """
                        INSERT INTO form_drafts (form_id, household_id, user_id, answers, saved_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (form_id, household_id, user_id)
                        DO UPDATE SET answers = excluded.answers, saved_at = excluded.saved_at
                        """
                ).execute(arguments: [draft.formID, draft.householdID.text, draft.userID.text, answers, now])
            }
        } catch {
            throw StoreError.wrap(error)
        }
    }

    /// The draft of `formID` for a household and user, or nil when there is none.
    public func draft(formID: String, householdID: HouseholdID, userID: UserID) throws(StoreError) -> FormDraft? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT answers, saved_at FROM form_drafts WHERE form_id = ? AND household_id = ? AND user_id = ?
                        """, arguments: [formID, householdID.text, userID.text])
            else { return nil }
            let answers = try ColumnCoding.decodeJSON([String: String].self, row["answers"], column: "answers")
            return FormDraft(
                formID: formID, householdID: householdID, userID: userID, answers: answers, savedAt: row["saved_at"])
        }
    }

    /// Deletes the draft of `formID` for a household and user, if any (after saving or discarding the form).
    public func deleteDraft(formID: String, householdID: HouseholdID, userID: UserID) throws(StoreError) {
        do {
            try pool.write { db in
                try db.execute(
                    sql: "DELETE FROM form_drafts WHERE form_id = ? AND household_id = ? AND user_id = ?",
                    arguments: [formID, householdID.text, userID.text])
            }
        } catch {
            throw StoreError.wrap(error)
        }
    }
}
