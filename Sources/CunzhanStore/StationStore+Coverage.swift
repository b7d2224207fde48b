import CunzhanCore
import GRDB

/// Coverage of the inspection cycle, read from the contact dates kept on each household row.
///
/// Every query reads the `households_coverage` / `households_by_grid` indexes only (they hold the grid,
/// 长期外出 and both contact dates), so the whole station's summary is one pass over an index of 100,000
/// entries at county scale and a grid's list is a range of that index; no query aggregates inspections.
extension StationStore {
    /// The board for `villageID` (its grids, 未分配 and the cycle) and every village's summary, on `today`.
    ///
    /// `userID`'s own grids (as grid worker or deputy) come first.
    public func coverageBoard(villageID: VillageID?, userID: UserID?, on today: CalendarDate) throws(StoreError)
        -> CoverageBoard
    {
        try read { db in
            let villages = try Village.fetchAll(db).sorted { ($0.name, $0.code) < ($1.name, $1.code) }
            let cycles = Dictionary(
                uniqueKeysWithValues: villages.map {
                    ($0.id, InspectionCycle(containing: today, months: $0.inspectionCycleMonths))
                })
            var byVillage: [VillageID: CoverageTally] = [:]
            var byGrid: [GridID?: CoverageTally] = [:]
            for months in Set(villages.map(\.inspectionCycleMonths)) {
                let members = villages.filter { $0.inspectionCycleMonths == months }.map(\.id.text)
                let cycle = InspectionCycle(containing: today, months: months)
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT village_id, grid_id, count(*) AS total, coalesce(sum(\(Self.reachedSQL())), 0) AS reached
                        FROM households WHERE village_id IN (\(databaseQuestionMarks(count: members.count)))
                        GROUP BY village_id, grid_id
                        """,
                    arguments: StatementArguments(Self.reachedArguments(cycle) + members))
                for row in rows {
                    let tally = CoverageTally(reached: row["reached"], total: row["total"])
                    let village: VillageID = try row.id("village_id")
                    byVillage[village, default: CoverageTally()] = byVillage[village, default: CoverageTally()] + tally
                    if village == villageID { byGrid[try row.optionalID("grid_id") as GridID?] = tally }
                }
            }
            let grids = try gridLines(db, villageID: villageID, userID: userID, tallies: byGrid)
            let cycle =
                villageID.flatMap { cycles[$0] } ?? InspectionCycle(containing: today, months: 1)
            return CoverageBoard(
                cycle: cycle, today: today, villageID: villageID, grids: grids,
                unassigned: byGrid[nil] ?? CoverageTally(),
                villages: villages.compactMap { village in
                    guard let cycle = cycles[village.id] else { return nil }
                    return CoverageBoard.VillageLine(
                        id: village.id, name: village.name, cycle: cycle,
                        tally: byVillage[village.id] ?? CoverageTally())
                })
        }
    }

    /// A page of a grid's households (or the village's 未分配 ones), by 户编号: after `afterNumber` (or from
    /// the top), or the page just before `beforeNumber` (still in 户编号 order).
    ///
    /// A range of the `households_by_grid` index (grid, 户编号, then the columns coverage reads), so a page
    /// costs the same in a village of 300 households and a county of 100,000.
    public func coverageHouseholds(
        _ query: CoverageQuery, afterNumber: String? = nil, beforeNumber: String? = nil, limit: Int
    ) throws(StoreError) -> [CoverageHousehold] {
        try read { db in
            var (sql, arguments) = Self.coverageConditions(query)
            if let afterNumber {
                sql += " AND h.household_number > ?"
                arguments.append(afterNumber)
            }
            if let beforeNumber {
                sql += " AND h.household_number < ?"
                arguments.append(beforeNumber)
            }
            let backwards = beforeNumber != nil
            sql += " ORDER BY h.household_number \(backwards ? "DESC" : "") LIMIT ?"
            arguments.append(max(0, limit))
            let rows = try Row.fetchAll(
                db, sql: CoverageHousehold.selectSQL + " WHERE " + sql, arguments: StatementArguments(arguments)
            ).map { try CoverageHousehold(row: $0, cycle: query.cycle) }
            return backwards ? rows.reversed() : rows
        }
    }

    /// How many households `query` lists.
    public func coverageHouseholdCount(_ query: CoverageQuery) throws(StoreError) -> Int {
        try read { db in
            let (sql, arguments) = Self.coverageConditions(query)
            return try Int.fetchOne(
                db, sql: "SELECT count(*) FROM households h WHERE " + sql, arguments: StatementArguments(arguments))
                ?? 0
        }
    }

    private static func coverageConditions(_ query: CoverageQuery) -> (String, [any DatabaseValueConvertible]) {
        var sql = "h.village_id = ?"
        var arguments: [any DatabaseValueConvertible] = [query.villageID.text]
        if let gridID = query.gridID {
            sql += " AND h.grid_id = ?"
            arguments.append(gridID.text)
        } else {
            sql += " AND h.grid_id IS NULL"
        }
        if query.onlyUnreached {
            sql += " AND NOT coalesce(\(reachedSQL(table: "h.")), 0)"
            arguments += reachedArguments(query.cycle)
        }
        let households = HouseholdFilter(query.text)
        if !households.isEmpty {
            // A grid's range is a few dozen rows: each is tested against the register's conditions.
            let predicate = households.predicate
            sql += " AND ifnull(\(predicate.sql), 0)"
            arguments += predicate.arguments
        }
        return (sql, arguments)
    }

    /// The village's grids for grid management, in household order (see `villageGrids`), with names of people and groups and household counts.
    public func gridSummaries(in villageID: VillageID) throws(StoreError) -> [GridSummary] {
        try read { db in
            let grids = try Self.villageGrids(db, villageID)
            let groupNames = try Dictionary(
                Row.fetchAll(
                    db, sql: "SELECT id, name FROM villager_groups WHERE village_id = ?", arguments: [villageID.text]
                )
                .map { (($0["id"] as String), ($0["name"] as String)) }, uniquingKeysWith: { first, _ in first })
            let userNames = try userNames(db)
            return try grids.map { grid in
                GridSummary(
                    grid: grid, workerName: grid.workerID.flatMap { userNames[$0.text] },
                    deputyName: grid.deputyID.flatMap { userNames[$0.text] },
                    groupNames: grid.groupIDs.compactMap { groupNames[$0.text] },
                    householdCount: try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM households WHERE grid_id = ?", arguments: [grid.id.text]) ?? 0)
            }
        }
    }

    /// One grid, or nil when it is unknown.
    public func grid(_ id: GridID) throws(StoreError) -> Grid? {
        try read { db in try Grid.fetch(db, id: id.text) }
    }

    /// The village with `id`, or nil.
    public func village(_ id: VillageID) throws(StoreError) -> Village? {
        try read { db in try Village.fetch(db, id: id.text) }
    }

    /// The monthly theme (每月一主题) of `date`'s month, whose checklist the inspection form asks; nil when
    /// the month has none.
    public func inspectionTheme(on date: CalendarDate) throws(StoreError) -> MonthlyTheme? {
        try read { db in
            try Row.fetchOne(db, sql: MonthlyTheme.selectSQL + " WHERE month = ?", arguments: [date.monthKey])
                .map(MonthlyTheme.init(row:))
        }
    }

    /// Users who may be a grid worker or deputy (村干部/网格员 and 第一书记, not disabled), by name.
    public func gridWorkerChoices() throws(StoreError) -> [(id: UserID, name: String)] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, name FROM users WHERE role IN ('cadre', 'firstSecretary') AND disabled = 0
                    ORDER BY name, id
                    """
            ).map { row in (id: try row.id("id"), name: row["name"] as String) }
        }
    }

    /// Whether a household counts as reached, in SQL over `households` columns, for `reachedArguments`.
    /// The same rule as `CoverageRule.isReached(longAbsent:contacts:in:)`.
    static func reachedSQL(table prefix: String = "") -> String {
        "CASE WHEN \(prefix)long_absent = 1 THEN \(prefix)last_inspection >= ?"
            + " ELSE \(prefix)last_in_person_inspection >= ? END"
    }

    /// The window starts of `cycle` for `reachedSQL`: long-absent first, then the others.
    static func reachedArguments(_ cycle: InspectionCycle) -> [any DatabaseValueConvertible] {
        [
            CoverageRule.window(for: cycle, longAbsent: true).lowerBound.description,
            CoverageRule.window(for: cycle, longAbsent: false).lowerBound.description,
        ]
    }

    private func gridLines(
        _ db: Database, villageID: VillageID?, userID: UserID?, tallies: [GridID?: CoverageTally]
    ) throws -> [CoverageBoard.GridLine] {
        guard let villageID else { return [] }
        let names = try userNames(db)
        let grids = try Self.villageGrids(db, villageID)
        let lines = grids.map { grid in
            CoverageBoard.GridLine(
                id: grid.id, name: grid.name, workerName: grid.workerID.flatMap { names[$0.text] },
                deputyName: grid.deputyID.flatMap { names[$0.text] }, tally: tallies[grid.id] ?? CoverageTally(),
                isOwn: userID.map(grid.isResponsible) ?? false)
        }
        return lines.filter(\.isOwn) + lines.filter { !$0.isOwn }
    }

    /// A village's grids in the order of their households (the grid holding the smallest 户编号 first, so
    /// 第一网格 comes before 第二网格 whatever the names sort as), grids without households last by name.
    static func villageGrids(_ db: Database, _ villageID: VillageID) throws -> [Grid] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(Grid.columns.joined(separator: ", ")),
                    (SELECT min(h.household_number) FROM households h WHERE h.grid_id = grids.id) AS first_number
                FROM grids WHERE village_id = ? ORDER BY first_number IS NULL, first_number, name, id
                """,
            arguments: [villageID.text]
        ).map(Grid.init(row:))
    }

    private func userNames(_ db: Database) throws -> [String: String] {
        try Dictionary(
            Row.fetchAll(db, sql: "SELECT id, name FROM users").map { (($0["id"] as String), ($0["name"] as String)) },
            uniquingKeysWith: { first, _ in first })
    }
}
