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

    /// The rows answering `request` under `filter`; the total is counted again only for the top of the list.
    func page(for request: TableRowRequest, filter: ItemFilter, knownTotal: Int) throws(StoreError) -> TableRowPage {
        let rows: [ItemRow]
        switch request {
        case .first(let count):
            rows = try store.itemPage(filter, after: nil, limit: count)
        case .last(let count):
            rows = try store.itemPage(filter, before: ItemCursor(key: "\u{FFFF}", id: ""), limit: count)
        case .after(let rowID, let count):
            guard let cursor = Self.cursor(fromRowID: rowID) else {
                return TableRowPage(rows: [], totalCount: knownTotal)
            }
            rows = try store.itemPage(filter, after: cursor, limit: count)
        case .before(let rowID, let count):
            guard let cursor = Self.cursor(fromRowID: rowID) else {
                return TableRowPage(rows: [], totalCount: knownTotal)
            }
            rows = try store.itemPage(filter, before: cursor, limit: count)
        }
        let total: Int
        if case .first = request {
            total = try store.itemCount(filter)
        } else {
            total = knownTotal
        }
        return TableRowPage(rows: rows.map { tableRow($0, sort: filter.sort) }, totalCount: total)
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
