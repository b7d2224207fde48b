import ArgumentParser
import CunzhanServer
import Foundation

/// `cunzhan-server serve --port P --db …`: runs the sync server until SIGINT/SIGTERM.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "启动同步服务器；就绪后打印地址。")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "监听端口（0 表示任选空闲端口）") var port = 8080
    @Option(help: "监听地址") var host = "127.0.0.1"

    func run() async throws {
        let logger = ServerDatabaseDefaults.logger("cunzhan-server")
        try await ServerDatabaseDefaults.with(database) { storage in
            let service = SyncService(storage: storage, logger: logger)
            try await SyncServer.run(service: service, host: host, port: port, logger: logger) { bound in
                FileHandle.standardOutput.write(Data("cunzhan-server ready: http://\(host):\(bound)\n".utf8))
            }
        }
    }
}
