import ArgumentParser
import CunzhanStore
import CunzhanSyncClient
import Foundation

/// `cunzhan sync [--server URL]`: pushes this station's changes and pulls what concerns it, with progress on
/// standard error; exits 1 with a Chinese message when the sync could not finish.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "与服务器同步：上传本站的修改，下载本村（本乡镇）的新数据")

    @OptionGroup var database: DatabaseLocation

    @Option(help: "这次使用的服务器地址（默认用 cunzhan enroll 登记的地址）")
    var server: String?

    func run() throws {
        let path = database.resolvedPath
        let store: StationStore
        do {
            store = try StationStore(path: path)
        } catch {
            FileHandle.standardError.write(Data("错误：\(error.message)\n".utf8))
            throw ExitCode(1)
        }
        do {
            let client = try SyncClient(store: store, serverURL: server)
            let progress = ProgressPrinter()
            let report = try Blocking.run { try await client.sync(progress: progress.show) }
            progress.finish()
            let status = try store.syncStatus()
            print("同步完成：\(report.summary)。\(status.text)")
            if report.rejected + report.conflicts > 0 {
                print("有 \(report.rejected + report.conflicts) 条变更需要处理：在村站界面首页按 0 打开“需处理”。")
            }
        } catch let failure as SyncFailure {
            FileHandle.standardError.write(Data("\n同步失败：\(failure.message)\n".utf8))
            throw ExitCode(1)
        } catch let error as StoreError {
            FileHandle.standardError.write(Data("\n同步失败：\(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// Draws sync progress on standard error as one line rewritten in place: "上传 500/1200 条".
final class ProgressPrinter: Sendable {
    let show: @Sendable (SyncProgress) -> Void = { progress in
        let text = "\r\(progress.label) \(progress.done)/\(max(progress.total, progress.done)) 条        "
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() { FileHandle.standardError.write(Data("\n".utf8)) }
}
