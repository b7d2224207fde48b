import CunzhanStore
import Foundation
import Testing

@testable import CunzhanSyncClient

/// The push/pull measurement runs against the real server and moves every op; the figure of DESIGN.md §6
/// (10,000 ops) comes from `CUNZHAN_SYNC_BENCH_OPS=10000 swift test -c release --filter SyncThroughputTests`.
@Suite struct SyncThroughputTests {
    @Test func pushesAndPullsEveryOpAndReportsTheTimes() async throws {
        let count = Int(ProcessInfo.processInfo.environment["CUNZHAN_SYNC_BENCH_OPS"] ?? "") ?? 1_000
        let server = LiveServer()
        try await server.start()
        let code = "530124100299"
        let measurement = SyncThroughput(
            serverURL: server.baseURL, pushToken: try await server.enroll("测速上传站", scopes: [code]),
            pullToken: try await server.enroll("测速下载站", scopes: [code]), villageCode: code, ops: count,
            directory: FileManager.default.temporaryDirectory.path)
        let result = try await measurement.run()
        print("同步测速：\(result)")
        #expect(result.ops == count)
        #expect(result.pulledOps == count)
        #expect(result.pushSeconds > 0 && result.pullSeconds > 0)
        await server.stop()
    }
}
