/// A 网格 (grid): the households one grid worker answers for, usually one villager group.
///
/// 定人、定责: each grid has one responsible grid worker, a `User`.
public struct Grid: Codable, Sendable, Equatable, Identifiable {
    public var id: GridID
    public var villageID: VillageID
    public var groupID: VillagerGroupID?
    public var name: String
    /// The responsible grid worker.
    public var workerID: UserID?

    public init(id: GridID = GridID(), villageID: VillageID, groupID: VillagerGroupID?, name: String, workerID: UserID?)
    {
        self.id = id
        self.villageID = villageID
        self.groupID = groupID
        self.name = name
        self.workerID = workerID
    }
}

public typealias GridID = EntityID<Grid>
