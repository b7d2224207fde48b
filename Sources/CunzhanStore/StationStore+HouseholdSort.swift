import CunzhanCore
import GRDB

extension StationStore {
    /// A page of the household list in `sort` order, after `cursor` (or from the start).
    ///
    /// Keyset paging, never OFFSET: the cursor carries the row's sort keys and each order has an index,
    /// so the cost follows the page, not the table. The filter matches the same households in every
    /// order. A probe of the filter's index ranges decides the plan: a rare filter sorts its few
    /// matches; a common one walks the order's index and stops at `limit` matches.
    public func householdPage(filter: String, sort: HouseholdSort, after cursor: HouseholdCursor?, limit: Int)
        throws(StoreError) -> [HouseholdRow]
    {
        try read { db in
            try sortedPage(db, filter: HouseholdFilter(filter), sort: sort, cursor: cursor, forward: true, limit: limit)
        }
    }

    /// The page just before `cursor` in `sort` order (the list's last page when `cursor` is nil), still in
    /// ascending order, for paging back.
    public func householdPage(filter: String, sort: HouseholdSort, before cursor: HouseholdCursor?, limit: Int)
        throws(StoreError) -> [HouseholdRow]
    {
        try read { db in
            try sortedPage(
                db, filter: HouseholdFilter(filter), sort: sort, cursor: cursor, forward: false, limit: limit
            )
            .reversed()
        }
    }

    /// One page in list direction (`forward`) or against it; rows come in the direction walked.
    func sortedPage(
        _ db: Database, filter typed: HouseholdFilter, sort: HouseholdSort, cursor: HouseholdCursor?, forward: Bool,
        limit: Int
    ) throws -> [HouseholdRow] {
        let limit = max(limit, 0)
        let filter = try resolvedFilter(typed, db)
        // A filter whose only condition named groups that do not exist matches nothing.
        if filter.isEmpty, !typed.isEmpty { return [] }
        let isRare = try !filter.isEmpty && isRareFilter(filter, db)
        if sort == .group, !isRare {
            return try groupWalk(db, filter: filter, cursor: cursor, forward: forward, limit: limit)
        }
        // Only a rare filter's few matches are sorted by group through the join.
        let keyColumns = sort.keyColumns ?? ["g.name", "h.group_id", "h.household_number", "h.id"]
        let order = keyColumns.map { forward ? $0 : $0 + " DESC" }.joined(separator: ", ")
        var keyset = "1"
        var arguments: [any DatabaseValueConvertible] = []
        if let cursor {
            let placeholders = keyColumns.map { _ in "?" }.joined(separator: ", ")
            keyset = "(\(keyColumns.joined(separator: ", "))) \(forward ? ">" : "<") (\(placeholders))"
            arguments = sort.keyValues(cursor)
        }
        let join = "LEFT JOIN villager_groups g ON g.id = h.group_id"
        if isRare {
            // Rare filter: the union of its index range scans is small, so sorting it is cheap.
            let union = filter.matchingIDs
            return try fetch(
                db, HouseholdRow.selectSQL + " WHERE h.id IN (\(union.sql)) AND \(keyset) ORDER BY \(order) LIMIT ?",
                union.arguments + arguments + [limit])
        }
        // No filter, or a common one: walk the order's index and test each row; a page needs about
        // limit × households ÷ matches rows, a few thousand at most at county scale.
        let predicate = filter.isEmpty ? (sql: "1", arguments: []) : filter.predicate
        return try fetch(
            db,
            HouseholdRow.columnsSQL
                + " FROM households h INDEXED BY \(sort.index) \(join) WHERE \(keyset) AND (\(predicate.sql))"
                + " ORDER BY \(order) LIMIT ?",
            arguments + predicate.arguments + [limit])
    }

    /// The group order walked group by group: each group's households come from the group-and-number
    /// index, starting after the cursor in the cursor's group, until `limit` rows. Groups are read a
    /// few at a time in name order (a county store has thousands), so a page touches only the groups
    /// it shows and the ones it walks past.
    private func groupWalk(
        _ db: Database, filter: HouseholdFilter, cursor: HouseholdCursor?, forward: Bool, limit: Int
    ) throws -> [HouseholdRow] {
        let direction = forward ? "" : " DESC"
        let predicate = filter.isEmpty ? (sql: "1", arguments: []) : filter.predicate
        // The last group read, and whether the next batch starts with it (only the cursor's own group).
        var from = cursor.map { (name: $0.groupName, id: $0.groupID, inclusive: true) }
        var rows: [HouseholdRow] = []
        while rows.count < limit {
            var groupSQL = "SELECT id, name FROM villager_groups"
            var groupArguments: [any DatabaseValueConvertible] = []
            if let from {
                let comparison = forward ? (from.inclusive ? ">=" : ">") : (from.inclusive ? "<=" : "<")
                groupSQL += " WHERE (name, id) \(comparison) (?, ?)"
                groupArguments = [from.name, from.id]
            }
            groupSQL += " ORDER BY name\(direction), id\(direction) LIMIT \(Self.groupBatch)"
            let groups = try Row.fetchAll(db, sql: groupSQL, arguments: StatementArguments(groupArguments))
            guard let last = groups.last else { break }
            for group in groups where rows.count < limit {
                let groupID: String = group["id"]
                var keyset = "1"
                var arguments: [any DatabaseValueConvertible] = [groupID]
                if let cursor, cursor.groupID == groupID, cursor.groupName == group["name"] {
                    keyset = "(h.household_number, h.id) \(forward ? ">" : "<") (?, ?)"
                    arguments += [cursor.householdNumber, cursor.id]
                }
                rows += try fetch(
                    db,
                    HouseholdRow.columnsSQL + " FROM households h INDEXED BY households_by_group_order"
                        + " LEFT JOIN villager_groups g ON g.id = h.group_id"
                        + " WHERE h.group_id = ? AND \(keyset) AND (\(predicate.sql))"
                        + " ORDER BY h.household_number\(direction), h.id\(direction) LIMIT ?",
                    arguments + predicate.arguments + [limit - rows.count])
            }
            from = (last["name"], last["id"], false)
        }
        return rows
    }

    /// How many groups the group order reads at a time.
    static let groupBatch = 16

    /// True when the filter matches fewer than `commonMatchThreshold` households (a cheap capped count).
    private func isRareFilter(_ filter: HouseholdFilter, _ db: Database) throws -> Bool {
        let union = filter.matchingIDs
        let all = union.sql.replacingOccurrences(of: " UNION ", with: " UNION ALL ")
        let probe =
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM (SELECT 1 FROM (\(all)) LIMIT \(StationStore.commonMatchThreshold))",
                arguments: StatementArguments(union.arguments)) ?? 0
        return probe < StationStore.commonMatchThreshold
    }

    private func fetch(_ db: Database, _ sql: String, _ arguments: [any DatabaseValueConvertible]) throws
        -> [HouseholdRow]
    {
        // Cached: the group order runs the same statement once per group it walks.
        let statement = try db.cachedStatement(sql: sql)
        return try Row.fetchAll(statement, arguments: StatementArguments(arguments)).map(HouseholdRow.init(row:))
    }

    /// Adds the sort keys and their indexes, as a migration after the earlier ones.
    ///
    /// The keys are virtual generated columns, computed by SQLite from the row itself, so no write path
    /// (local edits, applied sync ops, visits) can leave them stale; only their indexes are stored.
    static func registerHouseholdSortIndexes(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7 household sort indexes") { db in
            try db.execute(
                sql: """
                    ALTER TABLE households ADD COLUMN risk_rank INTEGER GENERATED ALWAYS AS (
                        CASE monitoring_category
                            WHEN 'suddenHardship' THEN 0 WHEN 'unstableFormerlyPoor' THEN 1
                            WHEN 'marginalAtRisk' THEN 2
                            ELSE CASE WHEN monitoring_review_date IS NULL THEN 4 ELSE 3 END
                        END) VIRTUAL
                    """)
            try db.execute(
                sql: """
                    ALTER TABLE households ADD COLUMN risk_count_rank INTEGER
                        GENERATED ALWAYS AS (-json_array_length(risks)) VIRTUAL
                    """)
            try db.execute(
                sql: """
                    ALTER TABLE households ADD COLUMN visit_sort_date TEXT
                        GENERATED ALWAYS AS (ifnull(last_visit_date, '')) VIRTUAL
                    """)
            try db.execute(
                sql: "CREATE INDEX households_by_group_order ON households(group_id, household_number, id)")
            try db.execute(
                sql: "CREATE INDEX households_by_visit_order ON households(visit_sort_date, household_number, id)")
            try db.execute(
                sql: """
                    CREATE INDEX households_by_risk_order
                        ON households(risk_rank, risk_count_rank, household_number, id)
                    """)
            try db.execute(sql: "CREATE INDEX villager_groups_by_name ON villager_groups(name, id)")
        }
    }
}
