import CunzhanCore
import GRDB

/// Grid management as user actions: grids created and edited, households assigned, 长期外出 marked,
/// a village's cycle length set. Each is a `create` or `patch` op, so it syncs and replays like any edit.
extension StationWriter {
    /// Creates a grid; its village, groups, grid worker and deputy must exist and its name be unique there.
    public func createGrid(_ grid: Grid) throws {
        let grid = try validated(grid)
        try action { try insertRecording(grid) }
    }

    /// Saves a grid's changed fields (name, groups covered, grid worker, deputy) as one patch op.
    public func updateGrid(_ grid: Grid) throws {
        let grid = try validated(grid)
        try action { try updateRecording(grid) }
    }

    /// Puts households into `gridID` (nil takes them out: 未分配), one household patch op each, as one action.
    /// Households already there are left alone; returns how many moved.
    @discardableResult
    public func assignHouseholds(_ householdIDs: [HouseholdID], to gridID: GridID?) throws -> Int {
        if let gridID { try requireExists(.grid, table: "grids", id: gridID.text) }
        return try action {
            var moved = 0
            for id in householdIDs {
                guard var household = try Household.fetch(db, id: id.text) else {
                    throw StoreError.unknown(.household, id.text)
                }
                guard household.gridID != gridID else { continue }
                household.gridID = gridID
                try updateRecording(household)
                moved += 1
            }
            return moved
        }
    }

    /// Puts every household of the grid's villager groups into the grid (bulk assignment by 村民小组),
    /// moving those that were in another grid; returns how many moved.
    @discardableResult
    public func assignGroupHouseholds(to gridID: GridID) throws -> Int {
        guard let grid = try Grid.fetch(db, id: gridID.text) else { throw StoreError.unknown(.grid, gridID.text) }
        let groups = grid.groupIDs.map(\.text)
        guard !groups.isEmpty else {
            throw StoreError(.invalidValue, "覆盖的村民小组：网格“\(grid.name)”还没有选村民小组，请先编辑网格选择小组。")
        }
        let ids = try String.fetchAll(
            db,
            sql: "SELECT id FROM households WHERE group_id IN (\(databaseQuestionMarks(count: groups.count)))"
                + " ORDER BY household_number",
            arguments: StatementArguments(groups)
        ).compactMap(HouseholdID.init)
        return try assignHouseholds(ids, to: gridID)
    }

    /// Marks a household 长期外出 or not, as a household patch op.
    public func setLongAbsent(_ householdID: HouseholdID, _ longAbsent: Bool) throws {
        guard var household = try Household.fetch(db, id: householdID.text) else {
            throw StoreError.unknown(.household, householdID.text)
        }
        household.longAbsent = longAbsent
        try action { try updateRecording(household) }
    }

    /// Sets how many months a village's inspection cycle lasts (1, 2, 3, 4, 6 or 12), as a village patch op.
    public func setInspectionCycle(of villageID: VillageID, months: Int) throws {
        guard InspectionCycle.allowedMonths.contains(months) else {
            throw StoreError(.invalidValue, "排查周期：\(months) 个月不可用，请选择 1、2、3、4、6 或 12 个月。")
        }
        guard var village = try Village.fetch(db, id: villageID.text) else {
            throw StoreError.unknown(.village, villageID.text)
        }
        village.inspectionCycleMonths = months
        try action { try updateRecording(village) }
    }

    /// The grid with a trimmed name, checked against the store: name unique in the village, groups of the
    /// village, grid worker and deputy existing users, the deputy not the grid worker.
    private func validated(_ grid: Grid) throws -> Grid {
        var grid = grid
        grid.name = grid.name.trimmingWhitespace()
        guard !grid.name.isEmpty else { throw StoreError(.invalidValue, "网格名称：必填，请输入如“第一网格”的名称。") }
        try requireExists(.village, table: "villages", id: grid.villageID.text)
        let clash = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM grids WHERE village_id = ? AND name = ? AND id <> ?)",
            arguments: [grid.villageID.text, grid.name, grid.id.text])
        if clash == true { throw StoreError(.invalidValue, "网格名称：本村已有“\(grid.name)”，请换一个名称。") }
        for groupID in grid.groupIDs {
            try requireExists(.villagerGroup, table: "villager_groups", id: groupID.text)
        }
        var unique: [VillagerGroupID] = []
        for groupID in grid.groupIDs where !unique.contains(groupID) { unique.append(groupID) }
        grid.groupIDs = unique
        grid.groupID = unique.first
        if let workerID = grid.workerID { try requireExists(.user, table: "users", id: workerID.text) }
        if let deputyID = grid.deputyID {
            try requireExists(.user, table: "users", id: deputyID.text)
            if deputyID == grid.workerID {
                throw StoreError(.invalidValue, "副网格员：不能与网格员是同一人，请另选或留空。")
            }
        }
        return grid
    }
}
