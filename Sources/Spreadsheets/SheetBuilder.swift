/// Collects the rows of a worksheet's XML (`<row>`, `<c>`, `<v>`, `<is><t>`, `<mergeCell>`) into a `Sheet`.
///
/// Fed one `XMLEvent` at a time, so the sheet's XML is never turned into one large string; refuses a sheet
/// past the row limit as soon as its `<dimension>` or a row number says so.
struct SheetBuilder {
    private let sharedStrings: [String]
    private let limits: SpreadsheetLimits
    private var rows: [Sheet.Row] = []
    private var merges: [CellRange] = []
    private var rowNumber = 0
    private var cells: [String] = []
    private var column = -1
    private var cellType = ""
    private var value = ""
    private var collecting = false
    private var inInlineString = false
    private var inPhonetic = false

    init(sharedStrings: [String], limits: SpreadsheetLimits) {
        self.sharedStrings = sharedStrings
        self.limits = limits
    }

    mutating func handle(_ event: XMLEvent) throws {
        switch event {
        case .start(let name, let attributes, let selfClosing):
            try start(name, attributes, selfClosing: selfClosing)
        case .end(let name):
            try end(name)
        case .text(let text):
            if collecting && !inPhonetic { value += text }
        }
    }

    private mutating func start(_ name: String, _ attributes: [String: String], selfClosing: Bool) throws {
        switch name {
        case "dimension":
            if let reference = attributes["ref"], let range = CellRange(reference: reference) {
                try checkRowLimit(range.lastRow + 1)
            }
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            try checkRowLimit(rowNumber)
            cells = []
            column = -1
            if selfClosing { finishRow() }
        case "c":
            column = attributes["r"].flatMap { CellReference($0)?.column } ?? column + 1
            cellType = attributes["t"] ?? "n"
            value = ""
            if selfClosing { try finishCell() }
        case "v":
            collecting = !selfClosing
        case "is":
            inInlineString = !selfClosing
        case "t" where inInlineString:
            collecting = !selfClosing
        case "rPh":
            inPhonetic = !selfClosing
        case "mergeCell":
            if let reference = attributes["ref"], let range = CellRange(reference: reference) { merges.append(range) }
        default:
            break
        }
    }

    private mutating func end(_ name: String) throws {
        switch name {
        case "row": finishRow()
        case "c": try finishCell()
        case "v", "t": collecting = false
        case "is": inInlineString = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    private func checkRowLimit(_ number: Int) throws {
        guard number > limits.maxRows else { return }
        throw SpreadsheetError(
            .tooManyRows,
            "表格超过 \(limits.maxRows) 行（第 \(number) 行），一次导入不了这么多；请按村民小组分成几个文件再导入。")
    }

    private mutating func finishCell() throws {
        collecting = false
        let text = cellText()
        guard !text.isEmpty else { return }
        guard column < limits.maxColumns else {
            throw SpreadsheetError(
                .tooManyRows, "表格第 \(rowNumber) 行超过 \(limits.maxColumns) 列，不像是花名册，请只保留需要的列再导入。")
        }
        if cells.count <= column { cells.append(contentsOf: repeatElement("", count: column + 1 - cells.count)) }
        cells[column] = text
    }

    private func cellText() -> String {
        switch cellType {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else { return "" }
            return sharedStrings[index]
        case "inlineStr", "str", "e", "d":
            return value
        case "b":
            return value == "1" ? "TRUE" : value.isEmpty ? "" : "FALSE"
        default:
            return value.isEmpty ? "" : ExcelNumber.plainText(value)
        }
    }

    private mutating func finishRow() {
        if cells.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
            rows.append(Sheet.Row(number: rowNumber, cells: cells))
        }
        cells = []
    }

    /// The rows read, with every cell of a merged range carrying the range's top-left value.
    func sheet() -> Sheet {
        var filled = rows
        guard !merges.isEmpty else { return Sheet(rows: filled, merges: merges) }
        var indexByNumber: [Int: Int] = [:]
        for (index, row) in filled.enumerated() { indexByNumber[row.number] = index }
        let widest = filled.map(\.cells.count).max() ?? 0
        for range in merges {
            guard let topIndex = indexByNumber[range.firstRow + 1] else { continue }
            let value = filled[topIndex][range.firstColumn]
            guard !value.isEmpty else { continue }
            let lastColumn = min(range.lastColumn, max(widest - 1, range.firstColumn))
            let lastRow = min(range.lastRow + 1, filled.last?.number ?? 0)
            guard lastRow >= range.firstRow + 1 else { continue }
            for number in (range.firstRow + 1)...lastRow {
                guard let index = indexByNumber[number] else { continue }
                for column in range.firstColumn...lastColumn {
                    if filled[index].cells.count <= column {
                        filled[index].cells.append(
                            contentsOf: repeatElement("", count: column + 1 - filled[index].cells.count))
                    }
                    filled[index].cells[column] = value
                }
            }
        }
        return Sheet(rows: filled, merges: merges)
    }
}
