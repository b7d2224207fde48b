import CunzhanStore
import TerminalUI

/// Answers the household table's row requests from the station store with keyset queries.
///
/// Every request the table makes is next to a row it already holds or at an end of the list, so each
/// becomes one indexed query of a page (`householdPage(after:)` / `householdPage(before:)`): the cost
/// follows the screen, not the number of households. A table row's id carries the row's list position
/// (household number and id) so the next page can start right after it.
struct HouseholdRowSource: Sendable {
    let store: StationStore
    let columns: HouseholdListColumns

    /// Separates the household number from the id inside a table row id; it cannot occur in either.
    static let separator: Character = "\u{1F}"

    /// The rows answering `request` under `filter`; the match count is queried again only for a request
    /// from the top of the list (a new filter starts there), otherwise `knownTotal` is kept.
    func page(for request: TableRowRequest, filter: String, knownTotal: Int) throws(StoreError) -> TableRowPage {
        let rows: [HouseholdRow]
        switch request {
        case .first(let count):
            rows = try store.householdPage(filter: filter, after: nil, limit: count)
        case .last(let count):
            rows = try store.householdPage(filter: filter, before: Self.endOfList, limit: count)
        case .after(let rowID, let count):
            rows = try store.householdPage(filter: filter, after: Self.cursor(fromRowID: rowID), limit: count)
        case .before(let rowID, let count):
            guard let cursor = Self.cursor(fromRowID: rowID) else {
                return TableRowPage(rows: [], totalCount: knownTotal)
            }
            rows = try store.householdPage(filter: filter, before: cursor, limit: count)
        }
        let total: Int
        if case .first = request {
            total = try store.householdCount(filter: filter)
        } else {
            total = knownTotal
        }
        return TableRowPage(rows: rows.map(tableRow), totalCount: total)
    }

    /// The table row of a household: its cells, and its list position as the id.
    func tableRow(_ row: HouseholdRow) -> TableRow {
        TableRow(id: row.householdNumber + String(Self.separator) + row.cursor.id, cells: columns.cells(of: row))
    }

    /// The list position stored in a table row id.
    static func cursor(fromRowID rowID: String) -> HouseholdCursor? {
        let parts = rowID.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        return HouseholdCursor(householdNumber: String(parts[0]), id: String(parts[1]))
    }

    /// A position after every household number, to page backwards from the end.
    static let endOfList = HouseholdCursor(householdNumber: "\u{10FFFF}", id: "")
}
