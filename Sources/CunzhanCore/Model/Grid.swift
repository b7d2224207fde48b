/// A 网格 (grid): the households one grid worker answers for, usually one villager group.
///
/// 定人、定责: each grid has one responsible grid worker, a `User`, and may have a deputy who stands in.
/// A household belongs to at most one grid (`Household.gridID`); the groups a grid covers say which
/// households a bulk assignment by 村民小组 puts into it.
public struct Grid: Codable, Sendable, Equatable, Identifiable {
    public var id: GridID
    public var villageID: VillageID
    /// The grid's main villager group: the first of `groupIDs`, kept for records made before grids covered
    /// several groups.
    public var groupID: VillagerGroupID?
    public var name: String
    /// The responsible grid worker.
    public var workerID: UserID?
    /// The deputy grid worker (副网格员), who may inspect the grid's households as their own.
    public var deputyID: UserID?
    /// The villager groups the grid covers, in the order they were chosen.
    public var groupIDs: [VillagerGroupID]

    public init(
        id: GridID = GridID(), villageID: VillageID, groupID: VillagerGroupID?, name: String, workerID: UserID?,
        deputyID: UserID? = nil, groupIDs: [VillagerGroupID]? = nil
    ) {
        self.id = id
        self.villageID = villageID
        self.groupID = groupID ?? groupIDs?.first
        self.name = name
        self.workerID = workerID
        self.deputyID = deputyID
        self.groupIDs = groupIDs ?? (groupID.map { [$0] } ?? [])
    }

    /// Whether `userID` answers for this grid, as its grid worker or its deputy.
    public func isResponsible(_ userID: UserID) -> Bool { workerID == userID || deputyID == userID }
}

public typealias GridID = EntityID<Grid>
