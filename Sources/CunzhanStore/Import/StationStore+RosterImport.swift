import CunzhanCore
import Foundation
import GRDB
import Spreadsheets

/// Importing a household roster (花名册): one row per member, grouped into households by 户编号.
///
/// The whole import is one transaction: either every accepted row is written with its ops, or (on any
/// unexpected failure) nothing is. Rows that cannot be imported are refused one by one with the reason
/// and do not stop the others; fixing them and importing the same file again adds only what was missing,
/// since households are matched by 户编号 and members by 证件号码 (re-importing an unchanged file writes
/// no op at all). A dry run does the same work in a transaction that is rolled back.
extension StationStore {
    /// Imports `sheet` into `villageID` as `author`; with `dryRun` nothing is kept.
    public func importRoster(
        _ sheet: Sheet, into villageID: VillageID, mapping: RosterMapping = RosterMapping(), dryRun: Bool,
        author: UserID?
    ) throws(ImportError) -> ImportReport {
        let columns = try RosterColumns(sheet: sheet, mapping: mapping)
        var plan = RosterPlan(sheet: sheet, columns: columns)
        guard !plan.lines.isEmpty else { throw ImportError("表头下面没有数据行，没有可导入的内容。") }
        let groups: [VillagerGroup]
        do {
            groups = try villagerGroups(in: villageID)
        } catch {
            throw ImportError(error.message)
        }
        var imported = StationWriter.ImportGroups(
            villageID: villageID,
            byName: Dictionary(groups.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first }))
        var finished = false
        do {
            try write(author: author) { writer in
                // A county roster dirties more pages than SQLite's default 2 MB cache holds, and spilling them
                // mid-transaction doubles the writes; give this one transaction room, then hand it back.
                let cacheSize = try Int.fetchOne(writer.db, sql: "PRAGMA cache_size") ?? -2000
                try writer.db.execute(sql: "PRAGMA cache_size = -65536")
                defer { try? writer.db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
                for household in plan.households {
                    try writer.importHousehold(
                        number: household.number, rows: household.rows, columns: columns, groups: &imported,
                        plan: &plan)
                }
                finished = true
                if dryRun { throw DryRunRollback() }
            }
        } catch {
            guard dryRun, finished else { throw ImportError("导入中止，数据库未做任何更改：\(error.message)") }
        }
        return ImportReport(lines: plan.lines, createdGroups: imported.created, isDryRun: dryRun)
    }

    /// Reads the roster file at `url`, imports it and writes the report next to it as
    /// `<文件名>.导入报告.csv` (ID numbers masked; in the temporary folder when the file's folder is
    /// read-only); returns the report and where it was written.
    public func importRoster(
        file url: URL, into villageID: VillageID, mapping: RosterMapping = RosterMapping(),
        encoding: TextEncoding? = nil,
        dryRun: Bool, author: UserID?
    ) throws(ImportError) -> (report: ImportReport, reportURL: URL) {
        let sheet: Sheet
        do {
            sheet = try SpreadsheetFile.read(url, encoding: encoding)
        } catch {
            throw ImportError(error.message)
        }
        let report = try importRoster(sheet, into: villageID, mapping: mapping, dryRun: dryRun, author: author)
        // Next to the file; when that folder is read-only (a write-protected USB stick), in the temporary folder.
        let besideFile = URL(fileURLWithPath: url.path + ".导入报告.csv")
        let inTemporary = FileManager.default.temporaryDirectory.appendingPathComponent(
            url.lastPathComponent + ".导入报告.csv")
        var reportURL = besideFile
        do {
            try SpreadsheetFile.write(rows: report.sheetRows, format: .csv, sheetName: "导入报告", to: besideFile)
        } catch {
            reportURL = inTemporary
            do {
                try SpreadsheetFile.write(rows: report.sheetRows, format: .csv, sheetName: "导入报告", to: inTemporary)
            } catch {
                throw ImportError("\(report.summary)；但导入报告写不进 \(besideFile.path)：\(error.message)")
            }
        }
        return (report, reportURL)
    }

    /// The village an import or export works on when the caller names none: the only village of the store.
    public func soleVillage() throws(ImportError) -> Village {
        let all: [Village]
        do { all = try villages() } catch { throw ImportError(error.message) }
        guard all.count == 1, let village = all.first else {
            if all.isEmpty { throw ImportError("数据库里还没有行政村，请先运行 cunzhan 完成首次设置。") }
            let names = all.map { "\($0.name)（\($0.code)）" }.joined(separator: "、")
            throw ImportError("数据库里有多个行政村，请用 --village 指定代码或村名：\(names)。")
        }
        return village
    }

    /// The village whose 12-digit code or name is `text`.
    public func village(named text: String) throws(ImportError) -> Village {
        let all: [Village]
        do { all = try villages() } catch { throw ImportError(error.message) }
        guard let village = all.first(where: { $0.code == text || $0.name == text }) else {
            throw ImportError("找不到行政村“\(text)”，请写 12 位代码或村名。")
        }
        return village
    }
}

/// Thrown at the end of a dry run so its transaction rolls back.
private struct DryRunRollback: Error {}

extension Error {
    /// The Chinese message of our errors, a plain description of any other.
    var importMessage: String {
        if let error = self as? StoreError { return error.message }
        if let error = self as? ImportError { return error.message }
        if let error = self as? ImportRowError { return error.message }
        return "\(self)"
    }
}
