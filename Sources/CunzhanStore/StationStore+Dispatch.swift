import CunzhanCore
import GRDB

/// One village's line of the monthly 调度 view: its items by state, overdue, and this month's movement.
public struct VillageDispatch: Equatable, Sendable {
    public var villageID: VillageID
    public var villageName: String
    /// Items by state now, of those found by the end of the month.
    public var byState: [RectificationState: Int]
    /// Not closed and past the deadline on the day judged.
    public var overdue: Int
    /// Found in the month.
    public var raisedThisMonth: Int
    /// Closed (销号) in the month.
    public var closedThisMonth: Int

    /// Items not yet closed.
    public var open: Int { byState.filter { $0.key != .closed }.values.reduce(0, +) }
    public var total: Int { byState.values.reduce(0, +) }
}

extension StationStore {
    /// The 调度 view of `month` (`YYYY-MM`): per village, the items found by the month's end by their state
    /// now, the overdue ones on `today`, and what was found and closed in the month; villages with most
    /// open items first.
    public func dispatch(month: String, today: CalendarDate) throws(StoreError) -> [VillageDispatch] {
        try read { db in
            let start = month + "-01"
            let end = month + "-31"
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT v.id, v.name,
                        count(i.id) AS total,
                        coalesce(sum(i.state = 'pendingAssignment'), 0) AS pending,
                        coalesce(sum(i.state = 'inProgress'), 0) AS working,
                        coalesce(sum(i.state = 'awaitingVerification'), 0) AS awaiting,
                        coalesce(sum(i.state = 'closed'), 0) AS closed,
                        coalesce(sum(i.state <> 'closed' AND i.deadline < ?), 0) AS overdue,
                        coalesce(sum(i.raised_on >= ?), 0) AS raised,
                        coalesce(sum(i.closed_on BETWEEN ? AND ?), 0) AS closed_in_month
                    FROM villages v
                    LEFT JOIN rectification_items i ON i.village_id = v.id AND i.raised_on <= ?
                    GROUP BY v.id
                    ORDER BY total - closed DESC, v.name
                    """, arguments: [today.description, start, start, end, end])
            return try rows.map { row in
                VillageDispatch(
                    villageID: try row.id("id"), villageName: row["name"],
                    byState: [
                        .pendingAssignment: row["pending"], .inProgress: row["working"],
                        .awaitingVerification: row["awaiting"], .closed: row["closed"],
                    ], overdue: row["overdue"], raisedThisMonth: row["raised"],
                    closedThisMonth: row["closed_in_month"])
            }
        }
    }
}
