import ArgumentParser
import CunzhanStore
import CunzhanSyncClient
import Foundation

/// `cunzhan bundle export|import`: sync by USB stick when there is no network.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle", abstract: "U 盘同步：导出上传包，导入服务器的回传包",
        subcommands: [BundleExport.self, BundleImport.self])
}

/// `cunzhan bundle export --out FILE`: this station's unsent changes and its cursor, checksummed.
struct BundleExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "导出上传包：本站未上传的修改和同步位置，带校验")

    @OptionGroup var database: DatabaseLocation

    @Option(help: "上传包文件路径，例如 /media/usb/红旗村.czb")
    var out: String

    func run() throws {
        try reportingFailures {
            let store = try StationStore(path: database.resolvedPath)
            let count = try StationBundles(store: store).export(to: out)
            print("已导出 \(count) 条修改到 \(out)。请在乡镇服务器上运行 cunzhan-server import-bundle \(out)，再把回传包带回来导入。")
        }
    }
}

/// `cunzhan bundle import FILE`: the server's return bundle, refused whole when truncated or altered.
struct BundleImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "导入回传包：服务器的处理结果和新数据（重复导入不会重复应用）")

    @OptionGroup var database: DatabaseLocation

    @Argument(help: "服务器生成的回传包文件")
    var file: String

    func run() throws {
        try reportingFailures {
            let store = try StationStore(path: database.resolvedPath)
            let report = try StationBundles(store: store).importReturn(from: file)
            print("已导入回传包：\(report.summary)。\(try store.syncStatus().text)")
        }
    }
}

/// Runs `body`, printing a sync, bundle or store failure in Chinese on standard error and exiting 1.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as SyncFailure {
        FileHandle.standardError.write(Data("错误：\(failure.message)\n".utf8))
        throw ExitCode(1)
    } catch let error as StoreError {
        FileHandle.standardError.write(Data("错误：\(error.message)\n".utf8))
        throw ExitCode(1)
    }
}
