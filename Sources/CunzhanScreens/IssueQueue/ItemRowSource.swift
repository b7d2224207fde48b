import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// Answers the issue queue's row requests: from the in-memory summary when there is one and no words are
/// typed, else from the store with keyset queries in the filter's order.
///
/// With the summary, the counts per village and the ids of the page come from memory and only the page's
/// rows are read (by id), so a filter key costs the same whether the county has 300 items or 30,000. Words
/// (`/`) are matched by SQLite in the titles and the heads' names. A table row's id carries the item's list
/// position (sort key and id), so the next page starts right after it and Enter knows which item to open.
struct ItemRowSource: Sendable {
    let store: StationStore
    let columns: [ColumnDefinition]
    let context: LoopContext

    static let separator: Character = "\u{1F}"

    /// The rows answering `request` under `filter`, and for the top of the list the counts per village, from
    /// which the total comes (one grouped read of the covering index instead of a count and a grouping).
    func page(for request: TableRowRequest, filter: ItemFilter, knownTotal: Int, summary: ItemQueueSummary?)
        throws(StoreError) -> (page: TableRowPage, counts: [VillageItemCount]?)
    {
        if let summary, filter.text.trimmingWhitespace().isEmpty {
            return try page(for: request, filter: filter, knownTotal: knownTotal, from: summary)
        }
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
        let due = dueCounts(for: rows)
        return (
            TableRowPage(
                rows: rows.map { tableRow($0, cursor: $0.cursor(for: filter.sort), due: due) }, totalCount: total),
            counts
        )
    }

    /// The page from `summary`: its positions from memory, then those rows by id.
    private func page(
        for request: TableRowRequest, filter: ItemFilter, knownTotal: Int, from summary: ItemQueueSummary
    ) throws(StoreError) -> (page: TableRowPage, counts: [VillageItemCount]?) {
        let cursors: [ItemCursor]
        switch request {
        case .first(let count):
            cursors = summary.page(filter, after: nil, limit: count)
        case .last(let count):
            cursors = summary.page(filter, before: nil, limit: count)
        case .after(let rowID, let count):
            cursors = Self.cursor(fromRowID: rowID).map { summary.page(filter, after: $0, limit: count) } ?? []
        case .before(let rowID, let count):
            cursors = Self.cursor(fromRowID: rowID).map { summary.page(filter, before: $0, limit: count) } ?? []
        }
        // The row ids keep the summary's positions, so paging on stays in its order even if an item
        // changed since it was read.
        let positions = Dictionary(cursors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let items = try store.itemRows(at: cursors)
        let due = dueCounts(for: items)
        let rows = items.map { row in
            tableRow(row, cursor: positions[row.id.description] ?? row.cursor(for: filter.sort), due: due)
        }
        guard case .first = request else { return (TableRowPage(rows: rows, totalCount: knownTotal), nil) }
        let counts = summary.villageCounts(filter)
        return (TableRowPage(rows: rows, totalCount: Self.total(of: counts, in: filter.villageID)), counts)
    }

    /// The items `filter` selects, from its counts per village: one village's, or all.
    static func total(of counts: [VillageItemCount], in village: VillageID?) -> Int {
        guard let village else { return counts.reduce(0) { $0 + $1.items } }
        return counts.first { $0.villageID == village }?.items ?? 0
    }

    func tableRow(_ row: ItemRow, cursor: ItemCursor, due: WorkingDayCounts) -> TableRow {
        TableRow(id: cursor.key + String(Self.separator) + cursor.id, cells: cells(of: row, due: due))
    }

    /// The working days from today to the deadlines of `rows`, counted once for the page.
    func dueCounts(for rows: [ItemRow]) -> WorkingDayCounts {
        WorkingDayCounts(calendar: context.calendar, today: context.today, deadlines: rows.compactMap(\.deadline))
    }

    /// The cells of an item under the list definition's columns.
    func cells(of row: ItemRow, due: WorkingDayCounts) -> [String] {
        columns.map { column in
            switch column.id {
            case "deadline": row.deadline?.description ?? "未定"
            case "raised": row.raisedOn.description
            case "village": row.villageName
            // "张三 0001" rather than "张三（0001）": four cells narrower, so it stays whole at 80 columns.
            case "concerns": Self.withoutParentheses(row.concerns)
            case "title": row.hasPendingExtension ? "【延期申请】" + row.title : row.title
            case "owner": row.ownerName
            case "state": row.state.label
            case "due":
                due.dueShort(deadline: row.deadline, state: row.state)
            case "category": row.category.label
            case "theme": row.themeTitle
            default: ""
            }
        }
    }

    /// "张三（0001）" as "张三 0001". A scalar loop: Foundation's `replacingOccurrences` bridged every cell
    /// through NSString and was a twentieth of a filter key's time in a profile.
    static func withoutParentheses(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "（": result.append(" ")
            case "）": break
            default: result.append(scalar)
            }
        }
        return String(result)
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
