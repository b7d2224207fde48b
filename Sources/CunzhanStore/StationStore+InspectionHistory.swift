import CunzhanCore
import GRDB

extension StationStore {
    /// A page of inspections, newest first (date, then id, descending), after `cursor` or from the top.
    ///
    /// Keyset paging like `visitPage`: one walk of the index that leads with the chosen household, grid or
    /// inspector (or of `inspections_by_date_id`), stopping at `limit` matches. Voided inspections and those
    /// superseded by a valid correction are left out: the history shows what counts.
    public func inspectionPage(_ filter: InspectionFilter, after cursor: VisitCursor?, limit: Int) throws(StoreError)
        -> [InspectionRow]
    {
        try read { db in try inspectionPage(db, filter, cursor: cursor, newerFirst: true, limit: limit) }
    }

    /// The page just before `cursor` (newer inspections), still newest first, for paging back.
    public func inspectionPage(_ filter: InspectionFilter, before cursor: VisitCursor, limit: Int) throws(StoreError)
        -> [InspectionRow]
    {
        try read { db in try inspectionPage(db, filter, cursor: cursor, newerFirst: false, limit: limit).reversed() }
    }

    /// The number of inspections `filter` keeps.
    public func inspectionCount(_ filter: InspectionFilter) throws(StoreError) -> Int {
        try read { db in
            guard let conditions = try Self.inspectionConditions(db, filter) else { return 0 }
            return try Int.fetchOne(
                db, sql: "SELECT count(*) FROM inspections i WHERE \(conditions.sql)",
                arguments: StatementArguments(conditions.arguments)) ?? 0
        }
    }

    /// One inspection, or nil.
    public func inspection(_ id: InspectionID) throws(StoreError) -> Inspection? {
        try read { db in try Inspection.fetch(db, id: id.text) }
    }

    private func inspectionPage(
        _ db: Database, _ filter: InspectionFilter, cursor: VisitCursor?, newerFirst: Bool, limit: Int
    ) throws -> [InspectionRow] {
        guard var conditions = try Self.inspectionConditions(db, filter) else { return [] }
        if let cursor {
            conditions.sql += " AND (i.date, i.id) \(newerFirst ? "<" : ">") (?, ?)"
            conditions.arguments += [cursor.date, cursor.id]
        }
        let order = newerFirst ? "i.date DESC, i.id DESC" : "i.date, i.id"
        return try Row.fetchAll(
            db, sql: InspectionRow.selectSQL + " WHERE \(conditions.sql) ORDER BY \(order) LIMIT ?",
            arguments: StatementArguments(conditions.arguments) + [max(limit, 0)]
        ).map(InspectionRow.init(row:))
    }

    /// The filter as one SQL condition over `i`; nil when its text names nothing (so nothing matches).
    private static func inspectionConditions(_ db: Database, _ filter: InspectionFilter) throws -> (
        sql: String, arguments: [any DatabaseValueConvertible]
    )? {
        var sql = [
            "i.voided = 0",
            "NOT EXISTS (SELECT 1 FROM inspections s WHERE s.supersedes = i.id AND s.voided = 0)",
        ]
        var arguments: [any DatabaseValueConvertible] = []
        if let household = filter.householdID {
            sql.append("i.household_id = ?")
            arguments.append(household.text)
        }
        if let grid = filter.gridID {
            sql.append("i.grid_id = ?")
            arguments.append(grid.text)
        }
        if let inspector = filter.inspectorID {
            sql.append("i.inspector_id = ?")
            arguments.append(inspector.text)
        }
        if let cycle = filter.cycle {
            sql.append("i.date >= ? AND i.date <= ?")
            arguments += [cycle.start.description, cycle.end.description]
        }
        if let result = filter.result {
            sql.append("i.result = ?")
            arguments.append(result.rawValue)
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
            sql.append("i.household_id IN (\(union.sql))")
            arguments += union.arguments
        }
        return (sql.joined(separator: " AND "), arguments)
    }
}
