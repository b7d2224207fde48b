import GRDB

extension StationStore {
    /// The "v2 drafts" migration: the table of half-filled forms kept on this station only.
    ///
    /// Drafts are local-only state: they are never synced, have no outbox op and no entity id, and are
    /// written outside `StationWriter` (see `StationStore+Drafts.swift`). One row per form, household and user.
    static let draftsSchemaV2: [String] = [
        """
        CREATE TABLE form_drafts (
            form_id TEXT NOT NULL CHECK (form_id <> ''),
            household_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            answers TEXT NOT NULL CHECK (json_valid(answers)),
            saved_at INTEGER NOT NULL,
            PRIMARY KEY (form_id, household_id, user_id))
        """
    ]

    /// Creates the drafts table; registered in `migrator` as "v2 drafts".
    static func migrateDrafts(_ db: Database) throws {
        for statement in draftsSchemaV2 { try db.execute(sql: statement) }
    }
}
