import CunzhanCore
import CunzhanStore
import Foundation

/// Measures push and pull throughput against a running server (DESIGN.md §6: 10,000 ops each way on
/// loopback within 2 s), for `cunzhan bench` and the sync client's tests.
///
/// A fresh station writes `ops` ops (a village, a user, a group, then households) and pushes them; a second
/// fresh station of the same village pulls them all. Both stations are real stores in `directory`; the
/// tokens must be enrolled for `villageCode` and not yet bound.
public struct SyncThroughput: Sendable {
    public var serverURL: String
    public var pushToken: String
    public var pullToken: String
    public var villageCode: String
    public var ops: Int
    public var directory: String

    public init(
        serverURL: String, pushToken: String, pullToken: String, villageCode: String, ops: Int = 10_000,
        directory: String
    ) {
        self.serverURL = serverURL
        self.pushToken = pushToken
        self.pullToken = pullToken
        self.villageCode = villageCode
        self.ops = ops
        self.directory = directory
    }

    /// What one run measured.
    public struct Result: Sendable, CustomStringConvertible {
        public var ops: Int
        public var pushSeconds: Double
        public var pulledOps: Int
        public var pullSeconds: Double
        /// The two stations' store files, for reference timings on the same data.
        public var pushStorePath: String
        public var pullStorePath: String

        public var description: String {
            "上传 \(ops) 条 \(String(format: "%.2f", pushSeconds)) 秒，下载 \(pulledOps) 条 "
                + "\(String(format: "%.2f", pullSeconds)) 秒（预算：各 ≤ 2 秒）"
        }
    }

    public func run() async throws -> Result {
        let run = UUID().uuidString.prefix(8)
        let pushPath = directory + "/sync-bench-\(run)-push.sqlite"
        let pullPath = directory + "/sync-bench-\(run)-pull.sqlite"
        let pusher = try StationStore(path: pushPath)
        let puller = try StationStore(path: pullPath)
        defer {
            try? pusher.close()
            try? puller.close()
        }
        try pusher.enroll(serverURL: serverURL, token: pushToken)
        try puller.enroll(serverURL: serverURL, token: pullToken)
        try write(into: pusher)
        var pushClient = try SyncClient(store: pusher)
        pushClient.pushBatchSize = 1000
        var pullClient = try SyncClient(store: puller)
        pullClient.pullPageSize = 5000
        let pushStart = ContinuousClock.now
        var report = SyncReport()
        try await pushClient.push(into: &report, progress: { _ in })
        let pushed = ContinuousClock.now - pushStart
        let pullStart = ContinuousClock.now
        var pulled = SyncReport()
        try await pullClient.pull(into: &pulled, progress: { _ in })
        let pulledTime = ContinuousClock.now - pullStart
        return Result(
            ops: report.accepted, pushSeconds: Self.seconds(pushed), pulledOps: pulled.received,
            pullSeconds: Self.seconds(pulledTime), pushStorePath: pushPath, pullStorePath: pullPath)
    }

    /// `ops` ops in one transaction: the village set-up, then households.
    private func write(into store: StationStore) throws {
        let village = Village(code: villageCode, name: "测速村")
        let group = VillagerGroup(villageID: village.id, name: "一组")
        let cadre = User(
            name: "张网格", role: .cadre, villageID: village.id, pinHash: "00", pinSalt: "00", pinIterations: 100_000)
        try store.write(author: nil) { writer in
            try writer.createVillage(village)
            try writer.createUser(cadre)
            try writer.createGroup(group)
            for number in 0..<max(ops - 3, 0) {
                try writer.createHousehold(
                    Household(
                        villageID: village.id, householdNumber: villageCode + String(format: "%05d", number),
                        headName: "王大明", groupID: group.id, address: "一组\(number)号", phone: nil, kind: .ordinary,
                        population: 3))
            }
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
