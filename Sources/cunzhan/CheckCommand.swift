import ArgumentParser
import CunzhanStore
import Foundation

/// `cunzhan check`: integrity, foreign keys and outbox consistency of a store; exits 1 when anything is wrong.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "检查数据库：完整性、外键、每行数据都有变更记录")

    @OptionGroup var database: DatabaseLocation

    @Flag(help: "只测量农户筛选的计数和首页用时（毫秒，取 20 次的中位数），不做检查")
    var timeFilters = false

    func run() throws {
        let path = database.resolvedPath
        guard FileManager.default.fileExists(atPath: path) else {
            FileHandle.standardError.write(Data("错误：找不到数据库文件“\(path)”。请用 --db 指定路径。\n".utf8))
            throw ExitCode(1)
        }
        do {
            let store = try StationStore(path: path)
            if timeFilters {
                try FilterTimer.report(store)
                try store.close()
                return
            }
            let report = try store.check()
            try store.close()
            print("SQLite \(StationStore.sqliteVersion)，数据结构版本 \(StationStore.schemaVersion)")
            for (table, count) in report.rowCounts { print("  \(table)：\(count) 行") }
            if report.isHealthy {
                print("检查通过：\(path) 完整，外键正确，每行数据都有对应的变更记录。")
                return
            }
            print("检查发现 \(report.problems.count) 个问题（\(path)）：")
            for problem in report.problems { print("  - \(problem)") }
            throw ExitCode(1)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            FileHandle.standardError.write(Data("错误：\(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
