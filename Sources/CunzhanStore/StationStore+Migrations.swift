import GRDB

extension StationStore {
    /// The station database's migrations: plain SQL schema, never app types; never edit a shipped one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 station schema") { db in
            for statement in schemaV1 { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v2 drafts", migrate: migrateDrafts)
        migrator.registerMigration("v3 outbox counts", migrate: migrateOutboxCounts)
        registerHomeCountIndexes(in: &migrator)
        registerVisitHistoryIndexes(in: &migrator)
        registerMonitoringReview(in: &migrator)
        registerHouseholdSortIndexes(in: &migrator)
        registerFormAnswers(in: &migrator)
        registerGridsAndCycles(in: &migrator)
        registerRectificationLoop(in: &migrator)
        registerHouseholdNumberKeys(in: &migrator)
        registerIssueQueueIndexes(in: &migrator)
        registerSyncState(in: &migrator)
        // Last on purpose: a "v15 ..." registered above it by another change runs first.
        registerItemTransitionLog(in: &migrator)
        return migrator
    }

    private static let date = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"
    private static let bool = "IN (0, 1)"

    private static func oneOf(_ values: [String]) -> String {
        "IN (" + values.map { "'\($0)'" }.joined(separator: ", ") + ")"
    }

    // Enum CHECKs list the raw values of schema version 1 literally: a later enum case needs a migration.
    private static let roles = oneOf(["cadre", "firstSecretary", "supervisor", "administrator"])
    private static let states = oneOf(["pendingAssignment", "inProgress", "awaitingVerification", "closed"])

    static let schemaV1: [String] = [
        """
        CREATE TABLE station_meta (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            station_id TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            hlc_physical INTEGER NOT NULL DEFAULT 0,
            hlc_counter INTEGER NOT NULL DEFAULT 0,
            next_local_seq INTEGER NOT NULL DEFAULT 1)
        """,
        """
        CREATE TABLE villages (
            id TEXT PRIMARY KEY NOT NULL,
            code TEXT NOT NULL UNIQUE CHECK (length(code) = 12 AND code NOT GLOB '*[^0-9]*'),
            name TEXT NOT NULL CHECK (name <> ''))
        """,
        """
        CREATE TABLE villager_groups (
            id TEXT PRIMARY KEY NOT NULL,
            village_id TEXT NOT NULL REFERENCES villages(id),
            name TEXT NOT NULL CHECK (name <> ''),
            UNIQUE (village_id, name))
        """,
        """
        CREATE TABLE users (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL CHECK (name <> ''),
            role TEXT NOT NULL CHECK (role \(roles)),
            village_id TEXT REFERENCES villages(id),
            pin_hash TEXT NOT NULL,
            pin_salt TEXT NOT NULL,
            pin_iterations INTEGER NOT NULL CHECK (pin_iterations >= 100000),
            disabled INTEGER NOT NULL CHECK (disabled \(bool)),
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until INTEGER)
        """,
        """
        CREATE TABLE grids (
            id TEXT PRIMARY KEY NOT NULL,
            village_id TEXT NOT NULL REFERENCES villages(id),
            group_id TEXT REFERENCES villager_groups(id),
            name TEXT NOT NULL CHECK (name <> ''),
            worker_id TEXT REFERENCES users(id))
        """,
        """
        CREATE TABLE households (
            id TEXT PRIMARY KEY NOT NULL,
            village_id TEXT NOT NULL REFERENCES villages(id),
            household_number TEXT NOT NULL CHECK (household_number <> ''),
            head_name TEXT NOT NULL CHECK (head_name <> ''),
            group_id TEXT NOT NULL REFERENCES villager_groups(id),
            address TEXT NOT NULL,
            phone TEXT,
            kind TEXT NOT NULL CHECK (kind \(oneOf(["formerlyPoor", "ordinary"]))),
            monitoring_category TEXT
                CHECK (monitoring_category \(oneOf(["unstableFormerlyPoor", "marginalAtRisk", "suddenHardship"]))),
            risks TEXT NOT NULL CHECK (json_valid(risks)),
            measures TEXT NOT NULL CHECK (json_valid(measures)),
            population INTEGER NOT NULL CHECK (population BETWEEN 0 AND 99),
            given_name TEXT NOT NULL,
            search_initials TEXT NOT NULL,
            search_pinyin TEXT NOT NULL,
            phone_reversed TEXT,
            head_id_number TEXT,
            head_id_reversed TEXT,
            last_visit_date TEXT CHECK (last_visit_date \(date)),
            visit_count INTEGER NOT NULL DEFAULT 0,
            UNIQUE (village_id, household_number))
        """,
        "CREATE INDEX households_by_number ON households(household_number, id)",
        "CREATE INDEX households_by_head_name ON households(head_name, given_name)",
        "CREATE INDEX households_by_given_name ON households(given_name, head_name)",
        "CREATE INDEX households_by_initials ON households(search_initials, search_pinyin)",
        "CREATE INDEX households_by_pinyin ON households(search_pinyin, search_initials)",
        "CREATE INDEX households_by_phone_tail ON households(phone_reversed)",
        "CREATE INDEX households_by_id_tail ON households(head_id_reversed)",
        "CREATE INDEX households_by_group ON households(group_id, household_number)",
        """
        CREATE TABLE members (
            id TEXT PRIMARY KEY NOT NULL,
            household_id TEXT NOT NULL REFERENCES households(id),
            relation TEXT NOT NULL,
            id_number TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18),
            name TEXT NOT NULL CHECK (name <> ''),
            health TEXT NOT NULL,
            skills TEXT NOT NULL,
            schooling TEXT NOT NULL,
            work TEXT NOT NULL,
            insured INTEGER NOT NULL CHECK (insured \(bool)))
        """,
        "CREATE INDEX members_by_household ON members(household_id)",
        """
        CREATE TABLE visits (
            id TEXT PRIMARY KEY NOT NULL,
            household_id TEXT NOT NULL REFERENCES households(id),
            date TEXT NOT NULL CHECK (date \(date)),
            visitor_id TEXT NOT NULL REFERENCES users(id),
            guarantees TEXT NOT NULL CHECK (json_valid(guarantees)),
            income_estimate_fen INTEGER CHECK (income_estimate_fen >= 0),
            risks_found TEXT NOT NULL CHECK (json_valid(risks_found)),
            measures TEXT NOT NULL CHECK (json_valid(measures)),
            acknowledged INTEGER NOT NULL CHECK (acknowledged \(bool)),
            notes TEXT NOT NULL,
            supersedes TEXT REFERENCES visits(id),
            voided INTEGER NOT NULL DEFAULT 0 CHECK (voided \(bool)),
            void_reason TEXT)
        """,
        "CREATE INDEX visits_by_household ON visits(household_id, date)",
        """
        CREATE TABLE income_surveys (
            id TEXT PRIMARY KEY NOT NULL,
            household_id TEXT NOT NULL REFERENCES households(id),
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
            wages_fen INTEGER NOT NULL CHECK (wages_fen >= 0),
            business_fen INTEGER NOT NULL CHECK (business_fen >= 0),
            property_fen INTEGER NOT NULL CHECK (property_fen >= 0),
            transfers_fen INTEGER NOT NULL CHECK (transfers_fen >= 0),
            business_expenses_fen INTEGER NOT NULL CHECK (business_expenses_fen >= 0),
            population INTEGER NOT NULL CHECK (population BETWEEN 1 AND 99))
        """,
        "CREATE INDEX income_surveys_by_household ON income_surveys(household_id, year)",
        """
        CREATE TABLE inspections (
            id TEXT PRIMARY KEY NOT NULL,
            grid_id TEXT NOT NULL REFERENCES grids(id),
            household_id TEXT NOT NULL REFERENCES households(id),
            inspector_id TEXT NOT NULL REFERENCES users(id),
            date TEXT NOT NULL CHECK (date \(date)),
            method TEXT NOT NULL CHECK (method \(oneOf(["inPerson", "phone", "online"]))),
            result TEXT NOT NULL CHECK (result \(oneOf(["normal", "problemFound"]))),
            notes TEXT NOT NULL,
            voided INTEGER NOT NULL DEFAULT 0 CHECK (voided \(bool)),
            void_reason TEXT)
        """,
        "CREATE INDEX inspections_by_household ON inspections(household_id, date)",
        "CREATE INDEX inspections_by_grid ON inspections(grid_id, date)",
        """
        CREATE TABLE monthly_themes (
            id TEXT PRIMARY KEY NOT NULL,
            month TEXT NOT NULL UNIQUE CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
            title TEXT NOT NULL CHECK (title <> ''),
            details TEXT NOT NULL)
        """,
        """
        CREATE TABLE rectification_items (
            id TEXT PRIMARY KEY NOT NULL,
            village_id TEXT NOT NULL REFERENCES villages(id),
            theme_id TEXT REFERENCES monthly_themes(id),
            scope TEXT NOT NULL CHECK (scope \(oneOf(["household", "villagerGroup", "village"]))),
            household_id TEXT REFERENCES households(id),
            group_id TEXT REFERENCES villager_groups(id),
            source TEXT NOT NULL,
            category TEXT NOT NULL,
            title TEXT NOT NULL CHECK (title <> ''),
            details TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state \(states)),
            raised_by TEXT NOT NULL REFERENCES users(id),
            raised_on TEXT NOT NULL CHECK (raised_on \(date)),
            owner_id TEXT REFERENCES users(id),
            measures TEXT NOT NULL,
            deadline TEXT CHECK (deadline \(date)),
            verifier_id TEXT REFERENCES users(id),
            closed_on TEXT CHECK (closed_on \(date)),
            CHECK (state = 'pendingAssignment' OR (owner_id IS NOT NULL AND deadline IS NOT NULL)),
            CHECK ((state = 'closed') = (closed_on IS NOT NULL)))
        """,
        "CREATE INDEX items_by_state ON rectification_items(state, deadline)",
        "CREATE INDEX items_by_household ON rectification_items(household_id)",
        "CREATE INDEX items_by_owner ON rectification_items(owner_id, state)",
        """
        CREATE TABLE progress_entries (
            id TEXT PRIMARY KEY NOT NULL,
            item_id TEXT NOT NULL REFERENCES rectification_items(id),
            author_id TEXT NOT NULL REFERENCES users(id),
            date TEXT NOT NULL CHECK (date \(date)),
            text TEXT NOT NULL CHECK (text <> ''),
            percent_done INTEGER CHECK (percent_done BETWEEN 0 AND 100),
            voided INTEGER NOT NULL DEFAULT 0 CHECK (voided \(bool)),
            void_reason TEXT)
        """,
        "CREATE INDEX progress_by_item ON progress_entries(item_id, date)",
        """
        CREATE TABLE supervision_records (
            id TEXT PRIMARY KEY NOT NULL,
            item_id TEXT NOT NULL REFERENCES rectification_items(id),
            supervisor_id TEXT NOT NULL REFERENCES users(id),
            date TEXT NOT NULL CHECK (date \(date)),
            on_site INTEGER NOT NULL CHECK (on_site \(bool)),
            findings TEXT NOT NULL CHECK (findings <> ''),
            voided INTEGER NOT NULL DEFAULT 0 CHECK (voided \(bool)),
            void_reason TEXT)
        """,
        "CREATE INDEX supervision_by_item ON supervision_records(item_id, date)",
        """
        CREATE TABLE outbox (
            local_seq INTEGER PRIMARY KEY,
            op_id TEXT NOT NULL UNIQUE,
            station_id TEXT NOT NULL,
            tx_group TEXT NOT NULL,
            author TEXT,
            entity_type TEXT NOT NULL CHECK (entity_type \(oneOf([
                "village", "villagerGroup", "grid", "household", "member", "visit", "incomeSurvey", "inspection",
                "rectificationItem", "progressEntry", "supervisionRecord", "monthlyTheme", "user",
            ]))),
            entity_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind \(oneOf(["append", "create", "patch", "transition", "void"]))),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            base TEXT CHECK (base IS NULL OR json_valid(base)),
            hlc TEXT NOT NULL,
            app_version TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state \(oneOf(["pending", "sent", "acked", "rejected", "conflict"]))),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT)
        """,
        "CREATE INDEX outbox_by_entity ON outbox(entity_type, entity_id)",
        "CREATE INDEX outbox_by_state ON outbox(state, local_seq)",
        """
        CREATE TABLE applied_ops (
            op_id TEXT PRIMARY KEY NOT NULL,
            station_id TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            hlc TEXT NOT NULL)
        """,
        "CREATE INDEX applied_ops_by_entity ON applied_ops(entity_type, entity_id)",
    ]
}
