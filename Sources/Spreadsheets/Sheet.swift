/// The cells of one sheet as text, row by row, as a spreadsheet program shows them.
///
/// Every value is text: numbers keep the digits a person typed (`1.3812345678E10` comes back as
/// `13812345678`), booleans read `TRUE`/`FALSE`. Rows keep their sheet row number (1-based), so a report
/// can say "第 12 行" even when empty rows were skipped. Cells of a merged range all carry the value of
/// its top-left cell, the way a reader of the printed sheet understands them.
public struct Sheet: Sendable, Equatable {
    /// One non-empty row: its number in the sheet and its cells, column A first.
    public struct Row: Sendable, Equatable {
        public var number: Int
        public var cells: [String]

        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }

        /// The cell in `column` (0-based), or "" past the row's end.
        public subscript(column: Int) -> String {
            cells.indices.contains(column) ? cells[column] : ""
        }
    }

    /// Non-empty rows in sheet order.
    public var rows: [Row]
    /// Ranges merged in the sheet; their cells already carry the merged value.
    public var merges: [CellRange]

    public init(rows: [Row], merges: [CellRange] = []) {
        self.rows = rows
        self.merges = merges
    }
}

/// A rectangle of cells such as `A1:C2`, with 0-based row and column bounds (inclusive).
public struct CellRange: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// Parses `A1:C2` (or a single `B3`); nil when it is not a cell reference.
    public init?(reference: String) {
        let parts = reference.split(separator: ":")
        guard parts.count == 1 || parts.count == 2,
            let first = CellReference(String(parts[0])),
            let last = parts.count == 2 ? CellReference(String(parts[1])) : CellReference(String(parts[0]))
        else { return nil }
        self.init(
            firstRow: min(first.row, last.row), firstColumn: min(first.column, last.column),
            lastRow: max(first.row, last.row), lastColumn: max(first.column, last.column))
    }

    /// The range as a spreadsheet names it, e.g. `A1:C2`.
    public var description: String {
        CellReference(row: firstRow, column: firstColumn).description + ":"
            + CellReference(row: lastRow, column: lastColumn).description
    }
}

/// One cell's address: 0-based row and column, written `B3` in a sheet.
public struct CellReference: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `B3` (or `$B$3`); nil when it is not a reference within XFD1048576.
    public init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for scalar in text.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 65...90 where digits == 0:
                column = column * 26 + Int(scalar.value - 64)
                letters += 1
            case 97...122 where digits == 0:
                column = column * 26 + Int(scalar.value - 96)
                letters += 1
            case 48...57:
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row >= 1 else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    /// Column letters for a 0-based column: 0 is `A`, 26 is `AA`.
    public static func columnName(_ column: Int) -> String {
        var number = column + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    public var description: String { CellReference.columnName(column) + String(row + 1) }
}
