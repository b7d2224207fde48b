import ArgumentParser
import CunzhanStore
import Foundation

/// `cunzhan enroll --server URL --token T`: remembers the server and the station token for `cunzhan sync`.
///
/// The token comes from `cunzhan-server enroll` on the server; it is kept in the station's store only and
/// never printed again.
struct EnrollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enroll", abstract: "登记服务器：保存服务器地址和本站令牌，之后用 cunzhan sync 同步")

    @OptionGroup var database: DatabaseLocation

    @Option(help: "服务器地址，例如 http://10.0.0.2:8080")
    var server: String

    @Option(help: "服务器上 cunzhan-server enroll 打印的本站令牌")
    var token: String

    func run() throws {
        let path = database.resolvedPath
        do throws(StoreError) {
            let store = try StationStore(path: path)
            try store.enroll(serverURL: server, token: token)
            try store.close()
            print("已登记服务器 \(server)。令牌已保存在本站数据库中（不会再显示）。现在可以运行 cunzhan sync。")
        } catch {
            FileHandle.standardError.write(Data("错误：\(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }
}
