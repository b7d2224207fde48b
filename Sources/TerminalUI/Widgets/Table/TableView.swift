/// A scrolling table of rows with a header, a selected row and filter-as-you-type.
///
/// The table holds only a window of rows around the viewport (a few screens' worth), never the
/// whole list: when the viewport nears the window's edge it asks for more through
/// `pendingRequest`, which the owner answers from a `TableDataSource` (`fill(from:)`) or by hand
/// (`receive(_:for:)`). Positions (`selection`, `scrollTop`) are absolute row numbers from 0.
///
/// ```swift
/// var table = TableView(columns: columns, emptyMessage: "没有符合条件的农户")
/// try table.fill(from: source)                // first page
/// switch table.handle(.down) { ... }          // then after every key:
/// try table.fill(from: source)
/// ```
public struct TableView: Hashable, Sendable {
    public var columns: [TableColumn]
    /// Shown in place of the rows when the table has none.
    public var emptyMessage: String
    /// The selected row (absolute index); 0 when the table is empty.
    public internal(set) var selection = 0
    /// The first row shown in the viewport (absolute index).
    public internal(set) var scrollTop = 0
    /// How many rows match the current filter, as last reported by the data source.
    public internal(set) var totalCount = 0
    /// The rows held, starting at absolute index `windowStart`.
    public internal(set) var window: [TableRow] = []
    public internal(set) var windowStart = 0
    /// How many data rows the viewport shows; set by `fit(to:)` when the screen is laid out.
    public internal(set) var visibleRowCount = 20
    /// The filter query the owner applies to its data source.
    public internal(set) var filter = ""
    /// True while the `/` filter line has the keyboard.
    public internal(set) var isFiltering = false
    /// The editor of the filter line while `isFiltering`.
    public internal(set) var filterInput = TextInput()
    /// Columns of the filter line's editor, set by `fit(to:)`.
    var filterWidth = 40
    /// True until the first page arrives, so the table does not claim to be empty before it has asked.
    public internal(set) var hasLoaded = false

    public init(columns: [TableColumn], emptyMessage: String = "没有记录") {
        self.columns = columns
        self.emptyMessage = emptyMessage
    }

    /// The header row above the data rows.
    public static let headerHeight = 1
    /// Rows the table draws besides data rows: the header and the status line (position, filter).
    public static let chromeHeight = 2

    /// Rows above and below the viewport that the table keeps loaded, so single steps never wait.
    var margin: Int { max(visibleRowCount, 10) }
    /// The most rows the window holds before dropping the far end.
    var capacity: Int { visibleRowCount + 4 * margin }

    /// The row at absolute `index`, or nil when it is not in the window.
    public func row(at index: Int) -> TableRow? {
        let offset = index - windowStart
        return window.indices.contains(offset) ? window[offset] : nil
    }

    /// The selected row, when it is loaded.
    public var selectedRow: TableRow? { row(at: selection) }

    /// "第 12/345 行": the 1-based selected row and the total; "共 0 行" when the table is empty.
    public var positionText: String {
        totalCount == 0 ? "共 0 行" : "第 \(selection + 1)/\(totalCount) 行"
    }

    /// Sets the viewport from the rect the table will be drawn in (header and status line excluded).
    public mutating func fit(to rect: Rect) {
        visibleRowCount = max(1, rect.height - TableView.chromeHeight)
        filterWidth = max(1, rect.width - DisplayWidth.of(TableView.filterLabel) - TableView.positionReserve)
        filterInput.width = filterWidth
        scrollToSelection()
    }

    /// Drops every row and starts again from the first page: after the owner changes its query.
    public mutating func reload() {
        window = []
        windowStart = 0
        selection = 0
        scrollTop = 0
        hasLoaded = false
    }

    /// Moves the selection to absolute `index` (clamped) and scrolls it into view.
    public mutating func select(_ index: Int) {
        selection = max(0, min(index, totalCount - 1))
        scrollToSelection()
    }

    func clampedScrollTop(_ top: Int) -> Int {
        max(0, min(top, totalCount - visibleRowCount))
    }

    mutating func scrollToSelection() {
        if selection < scrollTop { scrollTop = selection }
        if selection >= scrollTop + visibleRowCount { scrollTop = selection - visibleRowCount + 1 }
        scrollTop = clampedScrollTop(scrollTop)
    }
}
