import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// Answers the issue queue's row requests from the store with keyset queries in the filter's order.
///
/// A table row's id carries the item's list position (sort key and id), so the next page starts right
/// after it and Enter knows which item to open.
struct ItemRowSource: Sendable {
    let store: StationStore
    let columns: [ColumnDefinition]
    let context: LoopContext

    static let separator: Character = "\u{1F}"

    /// The rows answering `request` under `filter`, and for the top of the list the counts per village, from
    /// which the total comes (one grouped read of the covering index instead of a count and a grouping).
    func page(for request: TableRowRequest, filter: ItemFilter, knownTotal: Int) throws(StoreError)
        -> (page: TableRowPage, counts: [VillageItemCount]?)
    {
        let rows: [ItemRow]
        switch request {
        case .first(let count):
            rows = try store.itemPage(filter, after: nil, limit: count)
        case .last(let count):
            rows = try store.itemPage(filter, before: ItemCursor(key: "\u{FFFF}", id: ""), limit: count)
        case .after(let rowID, let count):
            guard let cursor = Self.cursor(fromRowID: rowID) else {
                return (TableRowPage(rows: [], totalCount: knownTotal), nil)
            }
            rows = try store.itemPage(filter, after: cursor, limit: count)
        case .before(let rowID, let count):
            guard let cursor = Self.cursor(fromRowID: rowID) else {
                return (TableRowPage(rows: [], totalCount: knownTotal), nil)
            }
            rows = try store.itemPage(filter, before: cursor, limit: count)
        }
        var total = knownTotal
        var counts: [VillageItemCount]?
        if case .first = request {
            let perVillage = try store.villageItemCounts(filter)
            total = Self.total(of: perVillage, in: filter.villageID)
            counts = perVillage
        }
        return (TableRowPage(rows: rows.map { tableRow($0, sort: filter.sort) }, totalCount: total), counts)
    }

    /// The items `filter` selects, from its counts per village: one village's, or all.
    static func total(of counts: [VillageItemCount], in village: VillageID?) -> Int {
        guard let village else { return counts.reduce(0) { $0 + $1.items } }
        return counts.first { $0.villageID == village }?.items ?? 0
    }

    func tableRow(_ row: ItemRow, sort: ItemSort) -> TableRow {
        let cursor = row.cursor(for: sort)
        return TableRow(id: cursor.key + String(Self.separator) + cursor.id, cells: cells(of: row))
    }

    /// The cells of an item under the list definition's columns.
    func cells(of row: ItemRow) -> [String] {
        columns.map { column in
            switch column.id {
            case "deadline": row.deadline?.description ?? "未定"
            case "raised": row.raisedOn.description
            case "village": row.villageName
            // "张三 0001" rather than "张三（0001）": four cells narrower, so it stays whole at 80 columns.
            case "concerns":
                row.concerns.replacingOccurrences(of: "（", with: " ").replacingOccurrences(of: "）", with: "")
            case "title": row.hasPendingExtension ? "【延期申请】" + row.title : row.title
            case "owner": row.ownerName
            case "state": row.state.label
            case "due": context.dueShort(deadline: row.deadline, state: row.state)
            case "category": row.category.label
            case "theme": row.themeTitle
            default: ""
            }
        }
    }

    static func cursor(fromRowID rowID: String) -> ItemCursor? {
        let parts = rowID.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { return nil }
        return ItemCursor(key: parts[0], id: parts[1])
    }

    static func itemID(fromRowID rowID: String) -> RectificationItemID? {
        cursor(fromRowID: rowID).flatMap { RectificationItemID($0.id) }
    }
}
