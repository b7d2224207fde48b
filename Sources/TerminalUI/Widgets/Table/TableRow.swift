/// One row of a `TableView`: a stable key and the text of each cell.
///
/// The key is what a store pages by (keyset paging): the table asks for "rows after this key"
/// rather than "rows from index n", so a page costs the same at 1,000 or 100,000 rows.
public struct TableRow: Hashable, Sendable {
    /// The row's key, unique within the table (a household id, for example).
    public var id: String
    /// The text of each cell, one per column; missing cells are drawn empty.
    public var cells: [String]

    public init(id: String, cells: [String]) {
        self.id = id
        self.cells = cells
    }
}

/// A request for more rows that a `TableView` makes when the viewport nears the edge of what it holds.
///
/// Every request names a contiguous run of rows relative to an end of the table or to a row already
/// held, so a store can answer it with one indexed keyset query.
public enum TableRowRequest: Hashable, Sendable {
    /// The first `count` rows.
    case first(count: Int)
    /// The last `count` rows, in table order.
    case last(count: Int)
    /// Up to `count` rows that follow the row with id `rowID`, in table order.
    case after(rowID: String, count: Int)
    /// Up to `count` rows that precede the row with id `rowID`, in table order (nearest last).
    case before(rowID: String, count: Int)

    /// How many rows the request asks for.
    public var count: Int {
        switch self {
        case .first(let count), .last(let count), .after(_, let count), .before(_, let count): count
        }
    }
}

/// The answer to a `TableRowRequest`: the rows in table order and how many rows the table has now.
public struct TableRowPage: Hashable, Sendable {
    public var rows: [TableRow]
    /// The number of rows matching the current filter, so the table can show "第 12/345 行".
    public var totalCount: Int

    public init(rows: [TableRow], totalCount: Int) {
        self.rows = rows
        self.totalCount = totalCount
    }
}

/// Where a `TableView` gets its rows: a store query, or an array for small lists and tests.
///
/// A store-backed screen implements `page(for:)` with keyset queries (`WHERE key > ? ORDER BY key
/// LIMIT ?`); the table never asks for more than about three screens of rows at a time.
public protocol TableDataSource {
    func page(for request: TableRowRequest) throws -> TableRowPage
}

/// A data source over rows already in memory: for short lists, previews and tests.
public struct ArrayTableDataSource: TableDataSource, Sendable {
    public let rows: [TableRow]
    /// The position of every row by id, so paging after a row is a lookup, not a scan.
    private let positions: [String: Int]

    public init(rows: [TableRow]) {
        self.rows = rows
        var positions: [String: Int] = [:]
        for (index, row) in rows.enumerated() where positions[row.id] == nil { positions[row.id] = index }
        self.positions = positions
    }

    public func page(for request: TableRowRequest) -> TableRowPage {
        let count = max(0, request.count)
        let range: Range<Int>
        switch request {
        case .first:
            range = 0..<min(count, rows.count)
        case .last:
            range = max(0, rows.count - count)..<rows.count
        case .after(let rowID, _):
            let start = (positions[rowID] ?? rows.count - 1) + 1
            range = min(start, rows.count)..<min(start + count, rows.count)
        case .before(let rowID, _):
            let end = positions[rowID] ?? 0
            range = max(0, end - count)..<end
        }
        return TableRowPage(rows: Array(rows[range]), totalCount: rows.count)
    }
}
