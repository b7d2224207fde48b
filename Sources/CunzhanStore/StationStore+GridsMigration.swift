import GRDB

extension StationStore {
    /// Adds grids and inspection cycles (issue 5) as a migration after the earlier ones.
    ///
    /// - `households.grid_id` (NULL = 未分配), `long_absent` (长期外出) and `registered_on` (登记日期), plus two
    ///   derived columns, the latest valid 入户 inspection and the latest valid inspection of any method, kept
    ///   by the store whenever an inspection is written, voided or superseded, so coverage never aggregates the
    ///   inspections of a county.
    /// - `grids.deputy_id` and `grids.group_ids` (the villager groups covered, a JSON array of ids: one field
    ///   that merges as a whole on sync, like a household's risks).
    /// - `villages.inspection_cycle_months` (1 by default).
    /// - `inspections.supersedes`: corrections are new records that supersede.
    ///
    /// Existing rows are brought along deterministically, so every replica that migrates gets the same rows:
    /// a household gets the grid whose group it is in (what a grid of one group meant before), 长期外出
    /// moves from the household form's kept answers to its column, and the contact dates are computed.
    static func registerGridsAndCycles(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9 grids and cycles") { db in
            for statement in gridsAndCyclesSchema { try db.execute(sql: statement) }
            for statement in gridsAndCyclesData { try db.execute(sql: statement) }
        }
    }

    private static let dateCheck = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"

    static let gridsAndCyclesSchema: [String] = [
        "ALTER TABLE households ADD COLUMN grid_id TEXT REFERENCES grids(id)",
        "ALTER TABLE households ADD COLUMN long_absent INTEGER NOT NULL DEFAULT 0 CHECK (long_absent IN (0, 1))",
        "ALTER TABLE households ADD COLUMN registered_on TEXT CHECK (registered_on \(dateCheck))",
        "ALTER TABLE households ADD COLUMN last_in_person_inspection TEXT",
        "ALTER TABLE households ADD COLUMN last_inspection TEXT",
        """
        CREATE INDEX households_by_grid
            ON households(grid_id, household_number, long_absent, last_in_person_inspection, last_inspection)
        """,
        """
        CREATE INDEX households_coverage
            ON households(village_id, grid_id, long_absent, last_in_person_inspection, last_inspection)
        """,
        "ALTER TABLE grids ADD COLUMN deputy_id TEXT REFERENCES users(id)",
        "ALTER TABLE grids ADD COLUMN group_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(group_ids))",
        """
        ALTER TABLE villages ADD COLUMN inspection_cycle_months INTEGER NOT NULL DEFAULT 1
            CHECK (inspection_cycle_months IN (1, 2, 3, 4, 6, 12))
        """,
        "ALTER TABLE inspections ADD COLUMN supersedes TEXT REFERENCES inspections(id)",
        "CREATE INDEX inspections_by_supersedes ON inspections(supersedes) WHERE supersedes IS NOT NULL",
        "CREATE INDEX inspections_by_date_id ON inspections(date, id, voided)",
        "CREATE INDEX inspections_by_inspector ON inspections(inspector_id, date, id, voided)",
        "CREATE INDEX inspections_by_grid_page ON inspections(grid_id, date, id, voided)",
        "CREATE INDEX inspections_by_household_page ON inspections(household_id, date, id, voided)",
    ]

    static let gridsAndCyclesData: [String] = [
        "UPDATE grids SET group_ids = json_array(group_id) WHERE group_id IS NOT NULL",
        """
        UPDATE households SET grid_id = (
            SELECT g.id FROM grids g WHERE g.group_id = households.group_id ORDER BY g.id LIMIT 1)
        """,
        """
        UPDATE households SET long_absent = (json_extract(answers, '$.long_absent') = '是'),
            answers = json_remove(answers, '$.long_absent')
        WHERE json_type(answers, '$.long_absent') IS NOT NULL
        """,
        """
        UPDATE households SET
            last_in_person_inspection = (SELECT max(i.date) FROM inspections i
                WHERE i.household_id = households.id AND i.voided = 0 AND i.method = 'inPerson'),
            last_inspection = (SELECT max(i.date) FROM inspections i
                WHERE i.household_id = households.id AND i.voided = 0)
        """,
    ]
}
