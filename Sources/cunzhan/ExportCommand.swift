import ArgumentParser
import CunzhanStore
import Foundation
import Spreadsheets

/// `cunzhan export households|visits|inspections|ledger --format csv|xlsx --out FILE [--month YYYY-MM]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "导出登记册：农户花名册、走访记录、排查记录、整改台账（.csv 或 .xlsx）")

    @OptionGroup var database: DatabaseLocation

    @Argument(help: "导出什么：households、visits、inspections 或 ledger")
    var what: String

    @Option(help: "格式：csv 或 xlsx（不写时按 --out 的扩展名）")
    var format: String?

    @Option(help: "输出文件")
    var out: String

    @Option(help: "月份 YYYY-MM（走访、排查可选；台账必填）")
    var month: String?

    @Option(help: "导出哪个行政村（12 位代码或村名；数据库只有一个村时可不写）")
    var village: String?

    func run() throws {
        guard let register = Register(rawValue: what) else {
            fail("不能导出“\(what)”，请写 households、visits、inspections 或 ledger。")
        }
        let chosenFormat =
            format.map { SpreadsheetFile.Format(rawValue: $0.lowercased()) } ?? SpreadsheetFile.Format(fileName: out)
        guard let chosenFormat else { fail("格式请写 csv 或 xlsx（--format），或让 --out 以 .csv / .xlsx 结尾。") }
        let path = database.resolvedPath
        guard FileManager.default.fileExists(atPath: path) else { fail("找不到数据库文件“\(path)”。请用 --db 指定路径。") }
        do {
            let exportMonth = try month.map { text throws(ImportError) in try ExportMonth(text) }
            if register == .households, exportMonth != nil { fail("农户花名册总是整本导出，不用 --month。") }
            let store = try StationStore(path: path)
            defer { try? store.close() }
            let target =
                try village.map { name throws(ImportError) in try store.village(named: name) } ?? store.soleVillage()
            let count = try store.exportRegister(
                register, village: target.id, month: exportMonth, format: chosenFormat, to: URL(fileURLWithPath: out))
            print("已导出\(register.label)\(exportMonth.map { "（\($0.text)）" } ?? "")：\(count) 行，写入 \(out)")
        } catch let error as ImportError {
            fail(error.message)
        } catch let error as StoreError {
            fail(error.message)
        }
    }
}
