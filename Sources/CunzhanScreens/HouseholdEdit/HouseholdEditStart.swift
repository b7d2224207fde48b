import CunzhanCore
import CunzhanStore

/// What the household form is made from, read from the store before it is shown.
public struct HouseholdEditStart: Sendable, Equatable {
    public var villageID: VillageID
    public var groups: [VillagerGroup]
    /// The household edited, or nil when adding one.
    public var existing: Household?
    /// The 户编号 suggested for a new household: the village's next free number.
    public var suggestedNumber: String

    /// Reads the household `householdID` (or, to add one, the village and its next free number) and the
    /// village's groups. The village is `villageID`, else the household's, else the station's only one.
    static func read(
        _ store: StationStore, householdID: HouseholdID?, villageID: VillageID?
    ) throws(StoreError) -> HouseholdEditStart {
        var existing: Household?
        if let householdID {
            guard let household = try store.household(householdID) else {
                throw StoreError(.unknownEntity, "找不到该农户，可能已被删除。按 Esc 返回。")
            }
            existing = household
        }
        var village = existing?.villageID ?? villageID
        if village == nil {
            let villages = try store.villages()
            guard villages.count == 1 else {
                throw StoreError(.invalidValue, "本站没有唯一的行政村，无法确定新农户所属的村。请用有所属村的账号登录。")
            }
            village = villages.first?.id
        }
        guard let village else { throw StoreError(.invalidValue, "无法确定新农户所属的村。") }
        return HouseholdEditStart(
            villageID: village, groups: try store.villagerGroups(in: village), existing: existing,
            suggestedNumber: existing == nil ? try store.nextHouseholdNumber(in: village) : "")
    }
}
