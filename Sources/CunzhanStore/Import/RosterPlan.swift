import CunzhanCore
import Spreadsheets

/// The rows of a roster read, checked on their own and grouped by household, before the store is touched.
///
/// Refusals that need only the file (a bad value, an ID number twice in the file) are settled here;
/// `StationWriter.importHousehold` settles those that need the store.
struct RosterPlan {
    /// Households in the order of their first row, each with its accepted rows.
    var households: [(number: String, rows: [RosterRow])] = []
    /// Every data row's line of the report; accepted rows start as `.unchanged` and get their result later.
    var lines: [ImportReport.Line] = []
    /// Index in `lines` by sheet row number.
    var lineIndex: [Int: Int] = [:]

    init(sheet: Sheet, columns: RosterColumns) {
        var parsed: [RosterRow] = []
        for row in sheet.rows.dropFirst(columns.firstDataRow) {
            let rawID = columns.value(.idNumber, in: row)
            let name = columns.value(.memberName, in: row)
            let line = ImportReport.Line(
                rowNumber: row.number, householdNumber: columns.value(.householdNumber, in: row),
                name: name.isEmpty ? columns.value(.headName, in: row) : name,
                maskedIDNumber: IDNumber.mask(rawID), outcome: .unchanged)
            lineIndex[row.number] = lines.count
            lines.append(line)
            do {
                parsed.append(try RosterRow(row, columns: columns))
            } catch {
                refuse(row.number, error.message)
            }
        }
        var rowsByID: [IDNumber: [Int]] = [:]
        for row in parsed { rowsByID[row.idNumber, default: []].append(row.number) }
        var order: [String] = []
        var rowsByHousehold: [String: [RosterRow]] = [:]
        for row in parsed {
            if let numbers = rowsByID[row.idNumber], numbers.count > 1 {
                let others = numbers.filter { $0 != row.number }.map(String.init).joined(separator: "、")
                refuse(row.number, "证件号码：与第 \(others) 行重复，同一人只能出现一次；请核对是哪一行写错了。")
                continue
            }
            if rowsByHousehold[row.householdNumber] == nil { order.append(row.householdNumber) }
            rowsByHousehold[row.householdNumber, default: []].append(row)
        }
        households = order.map { ($0, rowsByHousehold[$0] ?? []) }
    }

    mutating func refuse(_ rowNumber: Int, _ message: String) {
        guard let index = lineIndex[rowNumber] else { return }
        lines[index].outcome = .refused(message)
    }

    mutating func set(_ rowNumber: Int, _ outcome: ImportReport.Outcome) {
        guard let index = lineIndex[rowNumber] else { return }
        lines[index].outcome = outcome
    }
}
