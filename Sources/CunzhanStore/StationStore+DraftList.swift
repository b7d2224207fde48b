import CunzhanCore
import GRDB

/// One unfinished form of a user, with the household it is about, for the home screen's "continue" line.
public struct UnfinishedDraft: Equatable, Sendable {
    /// The form definition's id (`visit`).
    public var formID: String
    public var householdID: HouseholdID
    public var householdNumber: String
    public var headName: String
    /// When it was last saved, in milliseconds since 1970 (the store's clock).
    public var savedAt: Int64

    public init(formID: String, householdID: HouseholdID, householdNumber: String, headName: String, savedAt: Int64) {
        self.formID = formID
        self.householdID = householdID
        self.householdNumber = householdNumber
        self.headName = headName
        self.savedAt = savedAt
    }
}

extension StationStore {
    /// The drafts `userID` left unfinished, most recently saved first, with each household's head and number.
    ///
    /// A draft whose household no longer exists is left out: there is nothing to resume it on.
    public func unfinishedDrafts(of userID: UserID, formID: String = "visit") throws(StoreError) -> [UnfinishedDraft] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.household_id, d.saved_at, h.household_number, h.head_name
                    FROM form_drafts d JOIN households h ON h.id = d.household_id
                    WHERE d.user_id = ? AND d.form_id = ?
                    ORDER BY d.saved_at DESC, h.household_number
                    """, arguments: [userID.text, formID]
            ).map { row in
                UnfinishedDraft(
                    formID: formID, householdID: try row.id("household_id"), householdNumber: row["household_number"],
                    headName: row["head_name"], savedAt: row["saved_at"])
            }
        }
    }
}
