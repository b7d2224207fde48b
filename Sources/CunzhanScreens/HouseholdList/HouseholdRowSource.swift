import CunzhanStore
import TerminalUI

/// Answers the household table's row requests from the station store with keyset queries.
///
/// Every request the table makes is next to a row it already holds or at an end of the list, so each
/// becomes one indexed query of a page (`householdPage(sort:after:)` / `householdPage(sort:before:)`): the
/// cost follows the screen, not the number of households. A table row's id carries the row's position in
/// every order (its `HouseholdCursor`), so the next page can start right after it whatever the sort.
struct HouseholdRowSource: Sendable {
    let store: StationStore
    let columns: HouseholdListColumns

    /// Separates the cursor's fields inside a table row id; it cannot occur in any of them.
    static let separator: Character = "\u{1F}"

    /// The rows answering `request` under `filter` in `sort` order; the match count is queried again only
    /// for a request from the top of the list (a new filter or sort starts there), otherwise `knownTotal`
    /// is kept.
    func page(for request: TableRowRequest, filter: String, sort: HouseholdSort, knownTotal: Int)
        throws(StoreError) -> TableRowPage
    {
        let rows: [HouseholdRow]
        switch request {
        case .first(let count):
            rows = try store.householdPage(filter: filter, sort: sort, after: nil, limit: count)
        case .last(let count):
            rows = try store.householdPage(filter: filter, sort: sort, before: nil, limit: count)
        case .after(let rowID, let count):
            rows = try store.householdPage(
                filter: filter, sort: sort, after: Self.cursor(fromRowID: rowID), limit: count)
        case .before(let rowID, let count):
            guard let cursor = Self.cursor(fromRowID: rowID) else {
                return TableRowPage(rows: [], totalCount: knownTotal)
            }
            rows = try store.householdPage(filter: filter, sort: sort, before: cursor, limit: count)
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
        let cursor = row.cursor
        let fields = [
            cursor.householdNumber, cursor.id, cursor.groupName, cursor.groupID, cursor.lastVisitDate,
            String(cursor.riskRank), String(cursor.riskCountRank),
        ]
        return TableRow(id: fields.joined(separator: String(Self.separator)), cells: columns.cells(of: row))
    }

    /// The list position stored in a table row id.
    static func cursor(fromRowID rowID: String) -> HouseholdCursor? {
        let parts = rowID.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 7, let riskRank = Int(parts[5]), let riskCountRank = Int(parts[6]) else { return nil }
        return HouseholdCursor(
            householdNumber: parts[0], id: parts[1], groupName: parts[2], groupID: parts[3], lastVisitDate: parts[4],
            riskRank: riskRank, riskCountRank: riskCountRank)
    }
}
