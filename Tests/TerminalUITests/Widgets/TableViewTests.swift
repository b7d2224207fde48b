import Testing

@testable import TerminalUI

/// The id of row `index` in `CountingDataSource`: six digits, zero-padded.
func rowID(_ index: Int) -> String {
    let digits = String(index)
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
}

/// A data source that records every request, so tests can check the table never loads everything.
final class CountingDataSource: TableDataSource {
    let base: ArrayTableDataSource
    private(set) var requests: [TableRowRequest] = []

    init(count: Int) {
        base = ArrayTableDataSource(
            rows: (0..<count).map { TableRow(id: rowID($0), cells: ["户\($0)", "\($0)"]) }
        )
    }

    func page(for request: TableRowRequest) -> TableRowPage {
        requests.append(request)
        return base.page(for: request)
    }
}

struct TableViewTests {
    let columns = [TableColumn(title: "户主", width: .flexible(weight: 1)), TableColumn(title: "编号", width: .fixed(8))]

    func loadedTable(rows: Int, visible: Int = 10) throws -> (TableView, CountingDataSource) {
        var table = TableView(columns: columns)
        table.fit(to: Rect(x: 0, y: 0, width: 80, height: visible + TableView.chromeHeight))
        let source = CountingDataSource(count: rows)
        try table.fill(from: source)
        return (table, source)
    }

    @Test func firstFillLoadsOnlyAWindowOfAHundredThousandRows() throws {
        let (table, source) = try loadedTable(rows: 100_000)
        #expect(table.totalCount == 100_000)
        #expect(table.window.count < 100)
        #expect(source.requests.count == 1)
        #expect(table.selectedRow?.id == "000000")
        #expect(table.positionText == "第 1/100000 行")
    }

    @Test func downAndJMoveOneRowUpAndKMoveBack() throws {
        var (table, _) = try loadedTable(rows: 50)
        #expect(table.handle(.down) == .selectionChanged(1))
        #expect(table.handle(.character("j")) == .selectionChanged(2))
        #expect(table.handle(.character("k")) == .selectionChanged(1))
        #expect(table.handle(.up) == .selectionChanged(0))
        #expect(table.handle(.up) == .handled)
        #expect(table.selection == 0)
    }

    @Test func pageDownMovesAScreenAndScrolls() throws {
        var (table, _) = try loadedTable(rows: 50)
        #expect(table.handle(.pageDown) == .selectionChanged(9))
        #expect(table.scrollTop == 9)
        #expect(table.handle(.pageUp) == .selectionChanged(0))
        #expect(table.scrollTop == 0)
    }

    @Test func endAndHomeJumpToTheEndsLoadingOnlyNearThem() throws {
        var (table, source) = try loadedTable(rows: 100_000)
        #expect(table.handle(.end) == .selectionChanged(99_999))
        try table.fill(from: source)
        #expect(source.requests.last == .last(count: 20))
        #expect(table.selectedRow?.id == "099999")
        #expect(table.positionText == "第 100000/100000 行")
        #expect(table.scrollTop == 99_990)
        #expect(table.handle(.home) == .selectionChanged(0))
        try table.fill(from: source)
        #expect(table.selectedRow?.id == "000000")
        #expect(table.window.count < 100)
    }

    @Test func scrollingDownAsksForRowsAfterTheLastHeldRow() throws {
        var (table, source) = try loadedTable(rows: 1_000)
        for _ in 0..<30 {
            _ = table.handle(.pageDown)
            try table.fill(from: source)
            #expect(table.selectedRow != nil)
        }
        #expect(table.selection == 270)
        #expect(table.selectedRow?.id == "000270")
        #expect(source.requests.dropFirst().allSatisfy { if case .after = $0 { true } else { false } })
        #expect(table.window.count <= table.capacity)
    }

    @Test func scrollingUpFromTheEndAsksForRowsBeforeTheFirstHeldRow() throws {
        var (table, source) = try loadedTable(rows: 1_000)
        _ = table.handle(.end)
        try table.fill(from: source)
        for _ in 0..<10 {
            _ = table.handle(.pageUp)
            try table.fill(from: source)
            #expect(table.selectedRow?.id == rowID(table.selection))
        }
        #expect(source.requests.contains { if case .before = $0 { true } else { false } })
    }

    @Test func enterActivatesTheSelectedRow() throws {
        var (table, _) = try loadedTable(rows: 5)
        _ = table.handle(.down)
        #expect(table.handle(.enter) == .activated(TableRow(id: "000001", cells: ["户1", "1"])))
    }

    @Test func unknownKeysAreLeftToTheOwner() throws {
        var (table, _) = try loadedTable(rows: 5)
        #expect(table.handle(.character("q")) == .ignored)
        #expect(table.handle(.function(5)) == .ignored)
    }

    @Test func mouseClickSelectsTheRowUnderIt() throws {
        var (table, _) = try loadedTable(rows: 50)
        let rect = Rect(x: 0, y: 2, width: 80, height: 12)
        #expect(
            table.handle(MouseClick(position: Point(x: 5, y: 2 + TableView.headerHeight + 3)), in: rect)
                == .selectionChanged(3))
        #expect(table.handle(MouseClick(position: Point(x: 5, y: 1)), in: rect) == .ignored)
    }

    @Test func emptyTableHasNoSelectionAndSaysSo() throws {
        var (table, _) = try loadedTable(rows: 0)
        #expect(table.handle(.down) == .handled)
        #expect(table.handle(.enter) == .handled)
        #expect(table.positionText == "共 0 行")
        #expect(table.pendingRequest == nil)
    }

    @Test func slashOpensTheFilterAndTypingReportsTheQuery() throws {
        var (table, _) = try loadedTable(rows: 50)
        #expect(table.handle(.character("/")) == .handled)
        #expect(table.isFiltering)
        #expect(table.handle(.character("张")) == .filterChanged("张"))
        #expect(table.handle(.character("j")) == .filterChanged("张j"))
        #expect(table.handle(.backspace) == .filterChanged("张"))
        #expect(table.pendingRequest == .first(count: 20))
    }

    @Test func enterKeepsTheFilterAndReturnsToTheRows() throws {
        var (table, _) = try loadedTable(rows: 50)
        _ = table.handle(.character("/"))
        _ = table.handle(.character("李"))
        #expect(table.handle(.enter) == .handled)
        #expect(!table.isFiltering)
        #expect(table.filter == "李")
        #expect(table.handle(.character("j")) == .selectionChanged(1))
    }

    @Test func escapeClearsTheFilter() throws {
        var (table, _) = try loadedTable(rows: 50)
        _ = table.handle(.character("/"))
        _ = table.handle(.character("王"))
        #expect(table.handle(.escape) == .filterChanged(""))
        #expect(!table.isFiltering)
        #expect(table.filter == "")
    }

    @Test func escapeOnTheRowsClearsAKeptFilterThenIsTheOwners() throws {
        var (table, _) = try loadedTable(rows: 50)
        _ = table.handle(.character("/"))
        _ = table.handle(.character("王"))
        _ = table.handle(.enter)
        #expect(table.handle(.escape) == .filterChanged(""))
        #expect(table.handle(.escape) == .ignored)
    }

    @Test func aFilterThatShrinksTheListKeepsTheSelectionInside() throws {
        var (table, _) = try loadedTable(rows: 50)
        _ = table.handle(.end)
        _ = table.handle(.character("/"))
        _ = table.handle(.character("x"))
        try table.fill(from: ArrayTableDataSource(rows: [TableRow(id: "a", cells: ["甲"])]))
        #expect(table.selection == 0)
        #expect(table.selectedRow?.id == "a")
        #expect(table.positionText == "第 1/1 行")
    }

    @Test func arrowsMoveTheSelectionWhileTheFilterIsOpen() throws {
        var (table, _) = try loadedTable(rows: 50)
        _ = table.handle(.character("/"))
        #expect(table.handle(.down) == .selectionChanged(1))
        #expect(table.isFiltering)
    }

    @Test func columnWidthsFillTheTableWithFixedColumnsFirst() {
        let columns = [
            TableColumn(title: "a", width: .fixed(10)), TableColumn(title: "b", width: .flexible(weight: 2)),
            TableColumn(title: "c", width: .flexible(weight: 1)),
        ]
        #expect(TableColumn.widths(of: columns, totalWidth: 80) == [10, 45, 23])
        #expect(TableColumn.widths(of: columns, totalWidth: 120) == [10, 72, 36])
        #expect(TableColumn.widths(of: columns, totalWidth: 5) == [3, 0, 0])
    }
}

extension TableViewTests {
    @Test func anInputMethodPhraseIsOneFilterChange() throws {
        var (table, _) = try loadedTable(rows: 50)
        #expect(table.insertIntoFilter("张三") == .handled)
        _ = table.handle(.character("/"))
        #expect(table.insertIntoFilter("张三") == .filterChanged("张三"))
        #expect(table.filterInput.caret == 2)
    }

    @Test func homeAndEndMoveTheCaretWhileTheFilterIsOpen() throws {
        var (table, _) = try loadedTable(rows: 50)
        _ = table.handle(.character("/"))
        _ = table.handle(.character("王"))
        #expect(table.handle(.home) == .handled)
        #expect(table.filterInput.caret == 0)
        #expect(table.selection == 0)
        #expect(table.handle(.control("u")) == .handled)
        #expect(table.handle(.control("k")) == .filterChanged(""))
    }
}
