import CunzhanCore
import GRDB

extension StationStore {
    /// A page of the village's visits, newest first (date, then id, descending), after `cursor` or from the top.
    ///
    /// Keyset paging, never OFFSET: each page is one walk of an index in list order (`visits_by_date_id`,
    /// `visits_by_visitor` or the partial `visits_not_met`) that stops at `limit` matches, so the cost follows
    /// the page, not the 1.2 million visits of a county. Voided visits are left out.
    public func visitPage(_ filter: VisitFilter, after cursor: VisitCursor?, limit: Int) throws(StoreError)
        -> [VisitRow]
    {
        try read { db in try visitPage(db, filter, cursor: cursor, newerFirst: true, limit: limit) }
    }

    /// The page just before `cursor` (newer visits), still newest first, for paging back.
    public func visitPage(_ filter: VisitFilter, before cursor: VisitCursor, limit: Int) throws(StoreError)
        -> [VisitRow]
    {
        try read { db in try visitPage(db, filter, cursor: cursor, newerFirst: false, limit: limit).reversed() }
    }

    /// The number of visits `filter` keeps (an index range count when no text filter is set).
    public func visitCount(_ filter: VisitFilter) throws(StoreError) -> Int {
        try read { db in
            guard let conditions = try visitConditions(db, filter) else { return 0 }
            return try Int.fetchOne(
                db, sql: "SELECT count(*) FROM visits v WHERE \(conditions.sql)",
                arguments: StatementArguments(conditions.arguments)) ?? 0
        }
    }

    /// Every user who may appear as a visitor, by name, for the history's visitor filter.
    public func visitorChoices() throws(StoreError) -> [(id: UserID, name: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM users ORDER BY name, id").map { row in
                (id: try row.id("id"), name: row["name"] as String)
            }
        }
    }

    private func visitPage(_ db: Database, _ filter: VisitFilter, cursor: VisitCursor?, newerFirst: Bool, limit: Int)
        throws -> [VisitRow]
    {
        guard var conditions = try visitConditions(db, filter) else { return [] }
        if let cursor {
            conditions.sql += " AND (v.date, v.id) \(newerFirst ? "<" : ">") (?, ?)"
            conditions.arguments += [cursor.date, cursor.id]
        }
        let order = newerFirst ? "v.date DESC, v.id DESC" : "v.date, v.id"
        return try Row.fetchAll(
            db, sql: VisitRow.selectSQL + " WHERE \(conditions.sql) ORDER BY \(order) LIMIT ?",
            arguments: StatementArguments(conditions.arguments) + [max(limit, 0)]
        ).map(VisitRow.init(row:))
    }

    /// The filter as one SQL condition over `v`; nil when its text names nothing (so nothing matches).
    private func visitConditions(_ db: Database, _ filter: VisitFilter) throws -> (
        sql: String, arguments: [any DatabaseValueConvertible]
    )? {
        var sql = ["v.voided = 0"]
        var arguments: [any DatabaseValueConvertible] = []
        if let month = filter.month {
            sql.append("v.date >= ? AND v.date <= ?")
            arguments += [month + "-01", month + "-31"]
        }
        if let visitor = filter.visitorID {
            sql.append("v.visitor_id = ?")
            arguments.append(visitor.text)
        }
        switch filter.result {
        case .any: break
        case .allMet: sql.append("instr(v.guarantees, '\"notMet\"') = 0")
        // The same expression as the partial index `visits_not_met`, so SQLite can use it.
        case .someNotMet: sql.append("instr(v.guarantees, '\"notMet\"') > 0")
        }
        var households = HouseholdFilter(filter.text)
        if households.matchesGroupNames {
            let groupIDs = try String.fetchAll(
                db, sql: "SELECT id FROM villager_groups WHERE instr(name, ?) > 0", arguments: [households.query])
            households = households.resolvingGroups(groupIDs)
            if households.isEmpty { return nil }
        }
        if !households.isEmpty {
            let union = households.matchingIDs
            sql.append("v.household_id IN (\(union.sql))")
            arguments += union.arguments
        }
        return (sql.joined(separator: " AND "), arguments)
    }

    /// Registers the indexes the visit history pages by, as a migration of their own after the earlier ones.
    ///
    /// Each ends in `voided` so the pages and counts never read the table to leave voided visits out: at
    /// 100,000 households and 1.2 million visits a page takes 1–2 ms, a count 1–5 ms (45 ms for every month).
    static func registerVisitHistoryIndexes(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5 visit history indexes") { db in
            try db.execute(sql: "CREATE INDEX visits_by_date_id ON visits(date, id, voided)")
            try db.execute(sql: "CREATE INDEX visits_by_visitor ON visits(visitor_id, date, id, voided)")
            try db.execute(
                sql: "CREATE INDEX visits_not_met ON visits(date, id, voided) WHERE instr(guarantees, '\"notMet\"') > 0"
            )
        }
    }
}
