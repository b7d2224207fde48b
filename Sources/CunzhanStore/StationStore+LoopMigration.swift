import GRDB

extension StationStore {
    /// Schema for the 四定闭环 (issue 6), as a migration after the earlier ones: the item's responsible unit,
    /// evidence, verification note, pending extension request and source record; the theme's checklist and
    /// origin; obstacles in progress reports; supervision records of a whole village; the loaded work
    /// calendar years; and the indexes the task list and issue queue page on.
    static func registerRectificationLoop(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v10 rectification loop") { db in
            for statement in loopSchema { try db.execute(sql: statement) }
        }
    }

    private static let loopDate = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"

    static let loopSchema: [String] = [
        "ALTER TABLE rectification_items ADD COLUMN responsible_unit TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE rectification_items ADD COLUMN evidence TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE rectification_items ADD COLUMN verification_note TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE rectification_items ADD COLUMN requested_deadline TEXT CHECK (requested_deadline \(loopDate))",
        "ALTER TABLE rectification_items ADD COLUMN extension_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE rectification_items ADD COLUMN source_record_id TEXT",
        "CREATE INDEX items_by_village ON rectification_items(village_id, state, deadline)",
        "CREATE INDEX items_by_deadline ON rectification_items(coalesce(deadline, '9999-12-31'), id)",
        "CREATE INDEX items_by_raised ON rectification_items(raised_on, id)",
        "CREATE INDEX items_by_theme ON rectification_items(theme_id)",
        "CREATE INDEX items_by_closed ON rectification_items(closed_on) WHERE closed_on IS NOT NULL",
        """
        ALTER TABLE monthly_themes ADD COLUMN checklist TEXT NOT NULL DEFAULT '[]'
            CHECK (json_valid(checklist) AND json_type(checklist) = 'array')
        """,
        "ALTER TABLE monthly_themes ADD COLUMN origin TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('supervisor', 'local'))",
        "ALTER TABLE progress_entries ADD COLUMN obstacles TEXT NOT NULL DEFAULT ''",
        // Supervision of a whole village has no item: rebuild the table with item_id nullable and village_id.
        """
        CREATE TABLE supervision_records_v10 (
            id TEXT PRIMARY KEY NOT NULL,
            item_id TEXT REFERENCES rectification_items(id),
            village_id TEXT NOT NULL REFERENCES villages(id),
            supervisor_id TEXT NOT NULL REFERENCES users(id),
            date TEXT NOT NULL CHECK (date \(loopDate)),
            place TEXT NOT NULL DEFAULT '',
            on_site INTEGER NOT NULL CHECK (on_site IN (0, 1)),
            findings TEXT NOT NULL CHECK (findings <> ''),
            verdict TEXT CHECK (verdict IN ('satisfactory', 'needsWork', 'unsatisfactory')),
            voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
            void_reason TEXT)
        """,
        """
        INSERT INTO supervision_records_v10 (id, item_id, village_id, supervisor_id, date, on_site, findings, voided,
            void_reason)
        SELECT s.id, s.item_id, i.village_id, s.supervisor_id, s.date, s.on_site, s.findings, s.voided, s.void_reason
        FROM supervision_records s JOIN rectification_items i ON i.id = s.item_id
        """,
        "DROP TABLE supervision_records",
        "ALTER TABLE supervision_records_v10 RENAME TO supervision_records",
        "CREATE INDEX supervision_by_item ON supervision_records(item_id, date)",
        "CREATE INDEX supervision_by_village ON supervision_records(village_id, date)",
        // Reference data (DESIGN.md §4 rule 4): a loaded year replaces the shipped one; not sent as ops.
        """
        CREATE TABLE work_calendar_years (
            year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
            arrangement TEXT NOT NULL,
            loaded_by TEXT REFERENCES users(id),
            loaded_on TEXT NOT NULL CHECK (loaded_on \(loopDate)))
        """,
    ]
}
