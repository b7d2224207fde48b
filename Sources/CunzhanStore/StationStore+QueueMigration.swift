import GRDB

extension StationStore {
    /// Covering indexes for the issue queue, as a migration after the earlier ones.
    ///
    /// Measured on the county data set (30,000 items in a 2.9 GB file), counting and grouping by village
    /// through the table touched pages all over the file: 80–350 ms a key. These indexes hold every column
    /// the queue filters on, so counts and per-village bars read one index, and a page in deadline or age
    /// order walks its index and reads only the rows it shows. They replace v10's narrower ones.
    static func registerIssueQueueIndexes(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v13 issue queue covering indexes") { db in
            for statement in queueIndexes { try db.execute(sql: statement) }
        }
    }

    static let queueIndexes: [String] = [
        """
        CREATE INDEX IF NOT EXISTS items_queue_by_village
            ON rectification_items(village_id, state, category, theme_id, owner_id, deadline)
        """,
        """
        CREATE INDEX IF NOT EXISTS items_queue_by_deadline
            ON rectification_items(coalesce(deadline, '9999-12-31'), id, state, category, village_id, theme_id, owner_id)
        """,
        """
        CREATE INDEX IF NOT EXISTS items_queue_by_raised
            ON rectification_items(raised_on, id, state, category, village_id, theme_id, owner_id, deadline)
        """,
        "DROP INDEX IF EXISTS items_by_village",
        "DROP INDEX IF EXISTS items_by_deadline",
        "DROP INDEX IF EXISTS items_by_raised",
    ]
}
