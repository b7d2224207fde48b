import CunzhanCore
import CunzhanStore
import CunzhanSyncAPI
import Foundation

@testable import CunzhanSyncClient

/// Villages, users and stations of the convergence tests: two stations of 和平村, a township supervisor's
/// station and a station of another village, each with its own store, clock skew and faulty transport.
struct StationWorld {
    static let township = "530124100"
    static let village = Village(code: "530124100201", name: "和平村")
    static let otherVillage = Village(code: "530124100202", name: "东山村")
    static let names = ["张三", "李四", "王五", "赵六", "欧阳娜", "钱七", "孙八", "周九"]
    static let day = CalendarDate(dayNumber: 20_400)

    let group = VillagerGroup(villageID: StationWorld.village.id, name: "一组")
    let otherGroup = VillagerGroup(villageID: StationWorld.otherVillage.id, name: "一组")
    let cadre = Self.user("张网格", .cadre, StationWorld.village)
    let secretary = Self.user("王书记", .firstSecretary, StationWorld.village)
    let supervisor = Self.user("赵督导", .supervisor, StationWorld.village)
    let otherCadre = Self.user("李网格", .cadre, StationWorld.otherVillage)

    static func user(_ name: String, _ role: Role, _ village: Village) -> User {
        User(name: name, role: role, villageID: village.id, pinHash: "00", pinSalt: "00", pinIterations: 100_000)
    }

    /// A station: its store (clock `skewHours` off), transport and client.
    struct Station {
        let name: String
        let store: StationStore
        let transport: FaultyTransport

        var client: SyncClient {
            get throws {
                var client = try SyncClient(
                    store: store, transport: transport, retry: RetryPolicy(maxAttempts: 5, sleep: { _ in }))
                client.pushBatchSize = 9
                client.pullPageSize = 13
                return client
            }
        }

        /// Syncs until one sync gets through: network errors after all retries mean "try again".
        func syncThrough() async throws {
            var last: (any Error)?
            for _ in 0..<40 {
                do {
                    _ = try await client.sync()
                    return
                } catch let failure as SyncFailure where failure.code == .network {
                    last = failure
                }
            }
            throw last ?? SyncFailure(.network, "同步没有成功")
        }
    }

    static func station(
        _ name: String, scopes: [String], server: LiveServer, seed: UInt64, faults: Int, skewHours: Int64
    ) async throws -> Station {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("cunzhan-station-\(UUID().uuidString).sqlite").path
        let skew = skewHours * 3_600_000
        let store = try StationStore(path: path, clock: StoreClock { StoreClock.system.nowMillis() + skew })
        let token = try await server.enroll(name, scopes: scopes)
        try store.enroll(serverURL: server.baseURL, token: token)
        return Station(
            name: name, store: store, transport: FaultyTransport(server: server, seed: seed, faultPercent: faults))
    }

    /// The village set-up, written at the first station of each village (no author, as the first run does).
    func setUp(_ station: Station, other: Bool = false) throws {
        try station.store.write(author: nil) { writer in
            if other {
                try writer.createVillage(StationWorld.otherVillage)
                try writer.createUser(otherCadre)
                try writer.createGroup(otherGroup)
            } else {
                try writer.createVillage(StationWorld.village)
                for user in [cadre, secretary, supervisor] { try writer.createUser(user) }
                try writer.createGroup(group)
            }
        }
    }
}
