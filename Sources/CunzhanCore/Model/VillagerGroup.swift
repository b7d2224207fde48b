/// A 村民小组 (villager group) of a village, the usual unit of a grid.
public struct VillagerGroup: Codable, Sendable, Equatable, Identifiable {
    public var id: VillagerGroupID
    public var villageID: VillageID
    /// The group's name as people say it, e.g. "第三村民小组".
    public var name: String

    public init(id: VillagerGroupID = VillagerGroupID(), villageID: VillageID, name: String) {
        self.id = id
        self.villageID = villageID
        self.name = name
    }
}

public typealias VillagerGroupID = EntityID<VillagerGroup>
