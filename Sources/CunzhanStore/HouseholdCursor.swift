/// A position in the household list, carrying the row's key in every list order, for keyset paging.
///
/// A cursor taken from a row (`HouseholdRow.cursor`) works with any `HouseholdSort`: each order reads
/// the keys it sorts by. A cursor built from the household number and id alone only fits `.number`.
public struct HouseholdCursor: Hashable, Sendable {
    public var householdNumber: String
    public var id: String
    /// The group's name and id (the `.group` order sorts by name, then id, then number).
    public var groupName: String
    public var groupID: String
    /// The last visit's date as `YYYY-MM-DD`, or empty when the household was never visited.
    public var lastVisitDate: String
    /// The risk order's keys: see `HouseholdSort.risk`.
    public var riskRank: Int
    public var riskCountRank: Int

    public init(
        householdNumber: String, id: String, groupName: String = "", groupID: String = "",
        lastVisitDate: String = "", riskRank: Int = 0, riskCountRank: Int = 0
    ) {
        self.householdNumber = householdNumber
        self.id = id
        self.groupName = groupName
        self.groupID = groupID
        self.lastVisitDate = lastVisitDate
        self.riskRank = riskRank
        self.riskCountRank = riskCountRank
    }
}
