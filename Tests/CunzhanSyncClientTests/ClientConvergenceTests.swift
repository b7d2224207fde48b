import CunzhanCore
import CunzhanStore
import Foundation
import Testing

@testable import CunzhanSyncClient

/// The client against a scripted server that loses requests and responses: every station ends with the
/// server's data, no op is lost and none is applied twice.
@Suite struct ClientConvergenceTests {
    static let village = Village(code: "530124100201", name: "和平村")
    static let names = ["张三", "李四", "王五", "赵六", "欧阳娜", "钱七", "孙八"]

    /// A store whose clock runs `skewHours` away from the others.
    static func station(skewHours: Int64) throws -> StationStore {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("cunzhan-client-\(UUID().uuidString).sqlite").path
        let skew = skewHours * 3_600_000
        return try StationStore(path: path, clock: StoreClock { StoreClock.system.nowMillis() + skew })
    }

    static func client(_ store: StationStore, _ server: ScriptedServer) -> SyncClient {
        var client = SyncClient(
            store: store, connection: server.connection(), retry: RetryPolicy(maxAttempts: 4, sleep: { _ in }))
        client.pushBatchSize = 7
        client.pullPageSize = 11
        return client
    }

    /// Syncs until one sync gets through (network errors after all retries just mean "try again later").
    static func syncThrough(_ client: SyncClient) async throws {
        for _ in 0..<50 {
            do {
                _ = try await client.sync()
                return
            } catch let error as SyncFailure where error.code == .network {
                continue
            }
        }
        Issue.record("同步 50 次都没有成功")
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func stationsConvergeThroughLostRequestsAndResponses(seed: UInt64) async throws {
        let server = ScriptedServer(seed: seed)
        let stations = try [0, 5, -7].map { try Self.station(skewHours: $0) }
        let group = VillagerGroup(villageID: Self.village.id, name: "一组")
        let worker = User(
            name: "张网格", role: .cadre, villageID: Self.village.id, pinHash: "00", pinSalt: "00",
            pinIterations: 100_000)
        try stations[0].write(author: nil) { writer in
            try writer.createVillage(Self.village)
            try writer.createGroup(group)
            try writer.createUser(worker)
        }
        for store in stations { try await Self.syncThrough(Self.client(store, server)) }
        server.lostRequests = 20
        server.lostResponses = 20
        var random = SplitMix(seed: seed)
        var households: [Household] = []
        for round in 0..<6 {
            for (index, store) in stations.enumerated() {
                for step in 0..<5 {
                    let serial = round * 100 + index * 10 + step
                    let known = try households.filter { try store.household($0.id) != nil }
                    if known.isEmpty || random.next() % 3 == 0 {
                        let household = Household(
                            villageID: Self.village.id, householdNumber: String(format: "%04d", serial),
                            headName: Self.names[serial % Self.names.count], groupID: group.id,
                            address: "和平村\(serial)号", phone: nil,
                            kind: .ordinary, population: 1)
                        try store.write(author: worker.id) { try $0.createHousehold(household) }
                        households.append(household)
                    } else if random.next() % 2 == 0 {
                        let pick = known[Int(random.next() % UInt64(known.count))]
                        guard var current = try store.household(pick.id) else { continue }
                        current.population = Int(random.next() % 6) + 1
                        current.address = "改\(serial)号"
                        try store.write(author: worker.id) { try $0.updateHousehold(current) }
                    } else {
                        let pick = known[Int(random.next() % UInt64(known.count))]
                        let visit = Visit(
                            householdID: pick.id, date: try CalendarDate(parsing: "2025-03-1\(step)"),
                            visitorID: worker.id, notes: "走访\(serial)")
                        try store.write(author: worker.id) { try $0.recordVisit(visit) }
                    }
                }
                try await Self.syncThrough(Self.client(store, server))
            }
        }
        #expect(server.faults > 0)
        server.lostRequests = 0
        server.lostResponses = 0
        for _ in 0..<2 {
            for store in stations { try await Self.syncThrough(Self.client(store, server)) }
        }
        let checksums = try stations.map { try $0.scopeChecksum(Self.village.code) }
        #expect(Set(checksums.map(\.sha256)).count == 1, "\(checksums)")
        #expect(checksums[0].recordCount > 30)
        for store in stations {
            #expect(try store.unsentOpCount() == 0)
            #expect(try store.serverOpCountSeen() == server.opCount)
        }
    }

    @Test func retriesBackOffExponentiallyUpToTheCap() {
        let policy = RetryPolicy(baseDelayMilliseconds: 250, maxDelayMilliseconds: 2_000)
        #expect((1...6).map(policy.delay(beforeRetry:)) == [250, 500, 1_000, 2_000, 2_000, 2_000])
    }

    @Test func aSyncThatKeepsFailingStopsWithANetworkErrorAndLosesNothing() async throws {
        let server = ScriptedServer(seed: 9)
        let store = try Self.station(skewHours: 0)
        try store.write(author: nil) { try $0.createVillage(Self.village) }
        server.lostRequests = 100
        let failures = ActorCounter()
        let client = SyncClient(
            store: store, connection: server.connection(),
            retry: RetryPolicy(maxAttempts: 3, sleep: { _ in await failures.add() }))
        await #expect(throws: SyncFailure.self) { _ = try await client.sync() }
        #expect(await failures.value == 2)
        #expect(try store.unsentOpCount() == 1)
        #expect(server.opCount == 0)
        server.lostRequests = 0
        _ = try await client.sync()
        #expect(try store.unsentOpCount() == 0)
        #expect(server.opCount == 1)
    }
}

actor ActorCounter {
    var value = 0
    func add() { value += 1 }
}
