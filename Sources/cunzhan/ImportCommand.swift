import ArgumentParser
import CunzhanStore
import Foundation
import Spreadsheets

/// `cunzhan import households FILE`: imports a household roster (XLSX or CSV), writes the per-row report
/// next to the file and prints the summary and the refused rows.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "导入农户花名册（.xlsx 或 .csv），每行一位家庭成员")

    @OptionGroup var database: DatabaseLocation

    @Argument(help: "导入什么：households（农户花名册）")
    var what: String

    @Argument(help: "花名册文件（.xlsx 或 .csv）")
    var file: String

    @Flag(name: .customLong("dry-run"), help: "试导入：检查每一行并写出报告，不改动数据库")
    var dryRun = false

    @Option(help: "列名对照文件：每行“列名=字段”，例如“身份证=证件号码”")
    var mapping: String?

    @Option(help: "CSV 的编码：utf8 或 gbk（不写时自动识别）")
    var encoding: String?

    @Option(help: "导入到哪个行政村（12 位代码或村名；数据库只有一个村时可不写）")
    var village: String?

    func run() throws {
        guard what == "households" else {
            fail("只能导入 households（农户花名册），不能导入“\(what)”。")
        }
        let chosenEncoding: TextEncoding?
        if let encoding {
            guard let parsed = TextEncoding(name: encoding) else { fail("编码“\(encoding)”不认识，请写 utf8 或 gbk。") }
            chosenEncoding = parsed
        } else {
            chosenEncoding = nil
        }
        let path = database.resolvedPath
        guard FileManager.default.fileExists(atPath: path) else { fail("找不到数据库文件“\(path)”。请用 --db 指定路径。") }
        do {
            let store = try StationStore(path: path)
            defer { try? store.close() }
            let target =
                try village.map { name throws(ImportError) in try store.village(named: name) } ?? store.soleVillage()
            let rosterMapping = try mapping.map { file throws(ImportError) in
                try RosterMapping(contentsOf: URL(fileURLWithPath: file))
            }
            let (report, reportURL) = try store.importRoster(
                file: URL(fileURLWithPath: file), into: target.id, mapping: rosterMapping ?? RosterMapping(),
                encoding: chosenEncoding, dryRun: dryRun, author: nil)
            print(report.summary)
            for line in report.lines {
                guard case .refused(let reason) = line.outcome else { continue }
                print("  第 \(line.rowNumber) 行（\(line.householdNumber) \(line.name)）：\(reason)")
            }
            print("逐行报告：\(reportURL.path)")
        } catch let error as ImportError {
            fail(error.message)
        } catch let error as StoreError {
            fail(error.message)
        }
    }
}

/// Prints `message` as an error on standard error and exits with status 1.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("错误：\(message)\n".utf8))
    Foundation.exit(1)
}
