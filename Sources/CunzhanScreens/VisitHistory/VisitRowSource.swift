import CunzhanCore
import CunzhanStore
import TerminalUI

/// Answers the visit table's row requests from the station store with keyset queries, newest first.
///
/// Every request is next to a row the table holds or at an end of the list, so each is one indexed page
/// query (`visitPage(after:)` / `visitPage(before:)`). A table row's id carries the visit's list position
/// (date and id) and its household, so the next page starts right after it and Enter knows what to open.
struct VisitRowSource: Sendable {
    let store: StationStore
    let columns: VisitHistoryColumns

    /// Separates the parts of a table row id; it cannot occur in a date or an id.
    static let separator: Character = "\u{1F}"

    /// The rows answering `request` under `filter`; the total is counted again only for the top of the list.
    func page(for request: TableRowRequest, filter: VisitFilter, knownTotal: Int) throws(StoreError) -> TableRowPage {
        let rows: [VisitRow]
        switch request {
        case .first(let count):
            rows = try store.visitPage(filter, after: nil, limit: count)
        case .last(let count):
            rows = try store.visitPage(filter, before: Self.endOfList, limit: count)
        case .after(let rowID, let count):
            guard let position = Self.position(fromRowID: rowID) else {
                return TableRowPage(rows: [], totalCount: knownTotal)
            }
            rows = try store.visitPage(filter, after: position.cursor, limit: count)
        case .before(let rowID, let count):
            guard let position = Self.position(fromRowID: rowID) else {
                return TableRowPage(rows: [], totalCount: knownTotal)
            }
            rows = try store.visitPage(filter, before: position.cursor, limit: count)
        }
        let total: Int
        if case .first = request {
            total = try store.visitCount(filter)
        } else {
            total = knownTotal
        }
        return TableRowPage(rows: rows.map(tableRow), totalCount: total)
    }

    /// The table row of a visit: its cells, and its list position and household as the id.
    func tableRow(_ row: VisitRow) -> TableRow {
        let id = [row.cursor.date, row.cursor.id, row.householdID.description].joined(separator: String(Self.separator))
        return TableRow(id: id, cells: columns.cells(of: row))
    }

    /// The list position and household stored in a table row id.
    static func position(fromRowID rowID: String) -> (cursor: VisitCursor, householdID: HouseholdID)? {
        let parts = rowID.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let householdID = HouseholdID(parts[2]) else { return nil }
        return (VisitCursor(date: parts[0], id: parts[1]), householdID)
    }

    /// A position older than every visit, to page back (towards newer visits) from the end of the list.
    static let endOfList = VisitCursor(date: "", id: "")
}
