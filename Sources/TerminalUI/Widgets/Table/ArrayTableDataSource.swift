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
