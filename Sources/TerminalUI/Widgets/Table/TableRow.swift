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
