import ArgumentParser
import CunzhanServer
import CunzhanSyncAPI
import Foundation

/// `cunzhan-server import-bundle FILE [--out RETURN]`: applies a USB bundle and writes the return bundle.
struct ImportBundle: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-bundle", abstract: "导入村站的 U 盘同步包，并写出回传包。")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "村站导出的同步包文件") var file: String
    @Option(help: "回传包写到哪里（默认与同步包同目录，文件名加 .return）") var out: String?
    @Option(help: "尚未同步过的站点：它登记时的名称") var station: String?

    func run() async throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw ValidationError("读不到同步包 \(file)，请检查路径。")
        }
        let logger = ServerDatabaseDefaults.logger("cunzhan-server")
        let returned = try await ServerDatabaseDefaults.with(database) { storage in
            try await SyncService(storage: storage, logger: logger).importBundle(data, stationName: station)
        }
        let target = out ?? ImportBundle.defaultReturnPath(for: file)
        try BundleFile.encode(returned).write(to: URL(fileURLWithPath: target), options: .atomic)
        let rejected = returned.results.filter { $0.outcome.serverSeq == nil }.count
        print("已导入 \(returned.results.count) 条操作（被拒绝 \(rejected) 条），回传 \(returned.ops.count) 条：\(target)")
    }

    /// `FILE.return` beside the bundle (`bundle.czb` → `bundle.czb.return`).
    static func defaultReturnPath(for file: String) -> String {
        file + ".return"
    }
}
