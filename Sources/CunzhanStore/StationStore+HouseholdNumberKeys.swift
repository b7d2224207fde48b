import GRDB

extension StationStore {
    /// Adds the keys the filter matches household numbers by: the in-village part of the number.
    ///
    /// A 户编号 is usually the 12-digit village code followed by the household's number in the village, so
    /// every household of a county starts with the same digits and a prefix match on the whole number
    /// answers a one-digit query with the whole table. People type the part they read, the tail: "12" or
    /// "0012" for household 0012. `local_number` is that part as written; `number_key` is it without
    /// leading zeros, so "12" finds 0012 and 0120 while the count stays a small slice of the table.
    /// Both are virtual generated columns, so no write path can leave them stale; only the indexes are stored.
    static func registerHouseholdNumberKeys(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v12 household number keys") { db in
            try db.execute(
                sql: """
                    ALTER TABLE households ADD COLUMN local_number TEXT GENERATED ALWAYS AS (
                        CASE WHEN length(household_number) > 12
                                AND substr(household_number, 1, 12) NOT GLOB '*[^0-9]*'
                            THEN substr(household_number, 13)
                            ELSE household_number
                        END) VIRTUAL
                    """)
            try db.execute(
                sql:
                    "ALTER TABLE households ADD COLUMN number_key TEXT GENERATED ALWAYS AS (ltrim(local_number, '0')) VIRTUAL"
            )
            try db.execute(sql: "CREATE INDEX households_by_local_number ON households(local_number)")
            try db.execute(sql: "CREATE INDEX households_by_number_key ON households(number_key)")
        }
    }
}
