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
