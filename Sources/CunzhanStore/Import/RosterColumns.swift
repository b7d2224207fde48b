import CunzhanCore
import Spreadsheets

/// Where each roster field sits in a sheet: found by the header row's titles (or an explicit mapping).
///
/// The header is the first of the sheet's first ten rows that names a 证件号码 column and a name column,
/// so title rows above it ("某某村农户花名册") are skipped. Several 风险类型 or 帮扶措施 columns may exist
/// (风险类型1, 风险类型2, ...); every other field must appear at most once.
struct RosterColumns {
    /// The sheet row number of the header.
    let headerRowNumber: Int
    /// Index in `Sheet.rows` of the first data row.
    let firstDataRow: Int
    private(set) var columns: [RosterField: [Int]] = [:]

    init(sheet: Sheet, mapping: RosterMapping) throws(ImportError) {
        var found: (index: Int, columns: [RosterField: [Int]])?
        for (index, row) in sheet.rows.prefix(10).enumerated() {
            let columns = RosterColumns.fields(of: row, mapping: mapping)
            if columns[.idNumber] != nil, columns[.memberName] != nil || columns[.headName] != nil {
                found = (index, columns)
                break
            }
        }
        guard let found else {
            throw ImportError(
                "表格前 10 行里找不到表头：需要“证件号码”列和“姓名”（或“户主姓名”）列。列名不同时请用 --mapping 对照文件说明哪一列是什么。")
        }
        headerRowNumber = sheet.rows[found.index].number
        firstDataRow = found.index + 1
        columns = found.columns
        try RosterColumns.refuseMergedHeaders(sheet, headerRow: headerRowNumber)
        for (field, indices) in columns where indices.count > 1 && field != .risk && field != .measures {
            let names = indices.map { CellReference.columnName($0) }.joined(separator: "、")
            throw ImportError("表头第 \(headerRowNumber) 行有 \(indices.count) 列都是“\(field.header)”（\(names) 列），请只保留一列。")
        }
        for required in [RosterField.householdNumber, .relation] where columns[required] == nil {
            throw ImportError("表头第 \(headerRowNumber) 行缺少“\(required.header)”列；请补上这一列，或用 --mapping 对照文件指明。")
        }
    }

    /// Header cells merged across several columns would name two columns alike: refuse them by name.
    private static func refuseMergedHeaders(_ sheet: Sheet, headerRow: Int) throws(ImportError) {
        for range in sheet.merges where range.firstRow + 1 <= headerRow && range.lastRow + 1 >= headerRow {
            guard range.lastColumn > range.firstColumn else { continue }
            throw ImportError(
                "表头第 \(headerRow) 行的 \(range) 是合并单元格，几列共用一个列名；请在 Excel 或 WPS 里取消合并，给每列写上自己的列名后再导入。")
        }
    }

    private static func fields(of row: Sheet.Row, mapping: RosterMapping) -> [RosterField: [Int]] {
        var columns: [RosterField: [Int]] = [:]
        for (index, title) in row.cells.enumerated() {
            let normalized = RosterField.normalizedTitle(title)
            guard let field = mapping.fields[normalized] ?? RosterField.matching(normalized) else { continue }
            columns[field, default: []].append(index)
        }
        return columns
    }

    /// Whether the file has a column for `field`: absent columns leave stored values alone.
    func has(_ field: RosterField) -> Bool { columns[field] != nil }

    /// The trimmed text of `field` in `row` ("" when the column is absent).
    func value(_ field: RosterField, in row: Sheet.Row) -> String {
        guard let index = columns[field]?.first else { return "" }
        return row[index].trimmingWhitespace()
    }

    /// Every non-empty value of a field that may span several columns (风险类型1, 风险类型2, ...), split on
    /// the separators people type between several values in one cell.
    func values(_ field: RosterField, in row: Sheet.Row) -> [String] {
        let separators: Set<Character> = ["、", ",", "，", ";", "；", "/", "|"]
        return (columns[field] ?? []).flatMap { index in
            row[index].split(whereSeparator: { separators.contains($0) }).map { String($0).trimmingWhitespace() }
        }.filter { !$0.isEmpty }
    }
}
