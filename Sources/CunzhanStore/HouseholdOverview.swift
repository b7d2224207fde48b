import CunzhanCore
import GRDB

/// Everything the household detail screen shows, read in one consistent snapshot.
///
/// The household with its group's name, its members (head first), its visits (newest first, voided ones
/// left out) with each visitor's name, and its rectification items that are not yet 已销号.
public struct HouseholdOverview: Equatable, Sendable {
    public var household: Household
    public var groupName: String
    public var members: [Member]
    public var visits: [Visit]
    /// The name of each visitor of `visits`, by user id; a user unknown here is left out.
    public var visitorNames: [UserID: String]
    /// Items about this household not yet closed, oldest first.
    public var openItems: [RectificationItem]
}

extension StationStore {
    /// The overview of household `id`, or nil when there is no such household.
    public func householdOverview(_ id: HouseholdID) throws(StoreError) -> HouseholdOverview? {
        try read { db in
            guard let household = try Household.fetch(db, id: id.text) else { return nil }
            let groupName = try String.fetchOne(
                db, sql: "SELECT name FROM villager_groups WHERE id = ?", arguments: [household.groupID.text])
            let members = try Row.fetchAll(
                db, sql: Member.selectSQL + " WHERE household_id = ? ORDER BY relation <> 'head', id",
                arguments: [id.text]
            ).map(Member.init(row:))
            let visits = try Row.fetchAll(
                db, sql: Visit.selectSQL + " WHERE household_id = ? AND voided = 0 ORDER BY date DESC, id",
                arguments: [id.text]
            ).map(Visit.init(row:))
            var names: [UserID: String] = [:]
            for visitorID in Set(visits.map(\.visitorID)) {
                if let name = try String.fetchOne(
                    db, sql: "SELECT name FROM users WHERE id = ?", arguments: [visitorID.text])
                {
                    names[visitorID] = name
                }
            }
            let items = try Row.fetchAll(
                db,
                sql: RectificationItem.selectSQL
                    + " WHERE household_id = ? AND state <> 'closed' ORDER BY raised_on, id",
                arguments: [id.text]
            ).map(RectificationItem.init(row:))
            return HouseholdOverview(
                household: household, groupName: groupName ?? "", members: members, visits: visits,
                visitorNames: names, openItems: items)
        }
    }
}
