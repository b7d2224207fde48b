import ArgumentParser
import CunzhanStore
import Foundation

/// `cunzhan demo`: fills a new store with a deterministic demo data set.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "生成演示数据（同一种子生成相同数据）")

    @OptionGroup var database: DatabaseLocation

    @Option(help: "农户数（县级规模为 100000）")
    var households = 400

    @Option(help: "随机种子")
    var seed: UInt64 = 1

    func run() throws {
        let path = database.resolvedPath
        let started = Date()
        do {
            let store = try StationStore(path: path)
            var generator = DemoGenerator(households: households, seed: seed, endDate: DemoGenerator.today())
            try generator.generate(into: store) { line in
                FileHandle.standardError.write(Data("  \(line)\n".utf8))
            }
            // Row counts only: a full `cunzhan check` of a county-size store takes a minute on its own.
            let counts = try store.rowCounts()
            try store.close()
            let seconds = Date().timeIntervalSince(started)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            print("演示数据已写入 \(path)")
            for (table, count) in counts { print("  \(table)：\(count) 行") }
            print(String(format: "用时 %.1f 秒，文件 %.1f MB（完整检查请运行 cunzhan check）", seconds, Double(size) / 1_048_576))
            print("登录用户（姓名 / 角色 / 密码）：")
            for user in DemoGenerator.fixedUsers { print("  \(user.name) / \(user.role.label) / \(user.pin)") }
            print("  其余网格员密码均为 \(DemoGenerator.gridWorkerPIN)")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            FileHandle.standardError.write(Data("错误：\(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
