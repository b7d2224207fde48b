import CunzhanCore
import Foundation
import Spreadsheets

/// Writing a register to a CSV or XLSX file (`cunzhan export` and the export screen).
extension StationStore {
    /// The register's rows, header first, for `village` (and `month` where the register takes one); the
    /// ledger covers every village of the store.
    public func registerRows(
        _ register: Register, village: VillageID, month: ExportMonth?
    ) throws(ImportError) -> [[SheetValue]] {
        do {
            switch register {
            case .households:
                return try householdRegisterRows(village: village)
            case .visits:
                return try visitRegisterRows(village: village, month: month)
            case .inspections:
                return try inspectionRegisterRows(village: village, month: month)
            case .ledger:
                guard let month else { throw ImportError("整改台账按月导出，请用 --month YYYY-MM 指定月份。") }
                // The loop's ledger read (StationStore+LedgerRows): every village of the store, as a township
                // ledger lists them, with the village in 村/组/户.
                let ledger = try ledgerRows(month: month.text, today: today)
                return [LedgerRow.headers.map(SheetValue.text)] + ledger.map { $0.values.map(SheetValue.text) }
            }
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(error.importMessage)
        }
    }

    /// Writes the register to `url` in `format`; returns the number of data rows written.
    @discardableResult
    public func exportRegister(
        _ register: Register, village: VillageID, month: ExportMonth?, format: SpreadsheetFile.Format, to url: URL
    ) throws(ImportError) -> Int {
        let rows = try registerRows(register, village: village, month: month)
        let sheetName = register.label + (month.map { " \($0.text)" } ?? "")
        do {
            try SpreadsheetFile.write(rows: rows, format: format, sheetName: sheetName, to: url)
        } catch {
            throw ImportError(error.message)
        }
        return rows.count - 1
    }
}
