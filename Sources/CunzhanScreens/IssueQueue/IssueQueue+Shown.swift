import CunzhanCore
import CunzhanStore

/// What the issue queue shows, for the benchmark's check that a fast frame is also a right one.
extension IssueQueue {
    /// The filter the shown rows and counts answer (keys and `/` words).
    public var shownFilter: ItemFilter { currentFilter }

    /// The counts per village behind the totals line and the bars.
    public var shownCounts: [VillageItemCount] { counts }

    /// The ids of the first `count` rows of the list, as loaded.
    public func shownItemIDs(first count: Int) -> [RectificationItemID] {
        (0..<count).compactMap { index in table.row(at: index).flatMap { ItemRowSource.itemID(fromRowID: $0.id) } }
    }
}
