import CunzhanCore
import CunzhanStore
import CunzhanSyncAPI
import Foundation
import Testing

@testable import CunzhanSyncClient

/// Four stations and the real server (SQLite backend) converge through cut connections, lost responses,
/// doubled and replayed batches, server restarts and clocks hours apart: afterwards every station's data
/// in a scope equals what a fresh station pulls from the server, and no op is lost or applied twice.
@Suite(.serialized) struct ConvergenceTests {
    @Test(arguments: [11, 12] as [UInt64])
    func stationsConvergeThroughFaults(seed: UInt64) async throws {
        let server = LiveServer()
        try await server.start()
        let world = StationWorld()
        let village = StationWorld.village.code
        let other = StationWorld.otherVillage.code
        let first = try await StationWorld.station(
            "和平村一站", scopes: [village], server: server, seed: seed, faults: 0, skewHours: 0)
        let second = try await StationWorld.station(
            "和平村二站", scopes: [village], server: server, seed: seed + 100, faults: 0, skewHours: 7)
        let township = try await StationWorld.station(
            "乡镇督导站", scopes: [StationWorld.township], server: server, seed: seed + 200, faults: 0,
            skewHours: -5)
        let east = try await StationWorld.station(
            "东山村站", scopes: [other], server: server, seed: seed + 300, faults: 0, skewHours: 3)
        try world.setUp(first)
        try world.setUp(east, other: true)
        let stations = [first, second, township, east]
        for station in stations { try await station.syncThrough() }
        for station in stations { station.transport.faultPercent = 30 }

        var workload = Workload(world: world, seed: seed)
        for _ in 0..<5 {
            for station in stations {
                try workload.act(on: station, count: 6)
                try await station.syncThrough()
            }
        }
        let faults = stations.flatMap(\.transport.faultsSeen)
        #expect(faults.count > 10)
        #expect(server.restarts > 0 || faults.filter { $0 == .restartBefore }.count > 0)

        for station in stations { station.transport.faultPercent = 0 }
        for _ in 0..<2 { for station in stations { try await station.syncThrough() } }
        for station in stations { try resolveEverything(station.store) }
        for _ in 0..<2 { for station in stations { try await station.syncThrough() } }

        let fresh = try await StationWorld.station(
            "核对站", scopes: [StationWorld.township], server: server, seed: 1, faults: 0, skewHours: 0)
        try await fresh.syncThrough()
        let truth = try fresh.store.scopeChecksum(village)
        #expect(truth.recordCount > 20)
        for station in [first, second, township] {
            let checksum = try station.store.scopeChecksum(village)
            #expect(checksum.sha256 == truth.sha256, "\(station.name)：\(firstDifference(checksum, truth))")
        }
        let eastTruth = try fresh.store.scopeChecksum(other)
        #expect(try east.store.scopeChecksum(other).sha256 == eastTruth.sha256)
        #expect(try township.store.scopeChecksum(other).sha256 == eastTruth.sha256)
        #expect(try east.store.scopeChecksum(village).recordCount == 0)
        #expect(try first.store.scopeChecksum(other).recordCount == 0)

        // Nothing lost, nothing twice: every op a station got accepted is in the stream exactly once.
        var accepted = 0
        for station in stations {
            #expect(try station.store.unsentOpCount() == 0)
            accepted += try acceptedCount(station.store)
        }
        #expect(try fresh.store.serverOpCountSeen() == accepted)
        #expect(try Set(pulledOpIDs(fresh.store)).count == accepted)
        await server.stop()
    }

    @Test func aStationCannotPushOutsideItsScopeNorMakeATransitionItsRoleMayNot() async throws {
        let server = LiveServer()
        try await server.start()
        let world = StationWorld()
        let first = try await StationWorld.station(
            "和平村一站", scopes: [StationWorld.village.code], server: server, seed: 1, faults: 0, skewHours: 0)
        let east = try await StationWorld.station(
            "东山村站", scopes: [StationWorld.otherVillage.code], server: server, seed: 2, faults: 0, skewHours: 0)
        try world.setUp(first)
        try world.setUp(east, other: true)
        let household = Household(
            villageID: StationWorld.village.id, householdNumber: "0001", headName: "张三", groupID: world.group.id,
            address: "和平村1号", phone: nil, kind: .ordinary, population: 2)
        let item = RectificationItem(
            villageID: StationWorld.village.id, scope: .household, householdID: household.id, source: .visit,
            category: .housing, title: "危房", raisedBy: world.cadre.id, raisedOn: StationWorld.day)
        try first.store.write(author: world.cadre.id) { writer in
            try writer.createHousehold(household)
            try writer.raiseItem(item)
        }
        try await first.syncThrough()
        try await east.syncThrough()
        #expect(try east.store.villages().map(\.name) == ["东山村"])
        #expect(try east.store.household(household.id) == nil)

        // 东山村's station forges a change to a 和平村 household: refused as out of scope.
        let forged = try forge(
            east, type: .household, id: household.id.description, kind: .patch, payload: #"{"population":5}"#,
            author: world.otherCadre.id)
        #expect(try await push(forged, from: east) == "outOfScope")
        // A cadre cannot close (销号) an item: the server checks the role again.
        let close = ItemTransition(from: .pendingAssignment, to: .closed, date: StationWorld.day)
        let closing = try forge(
            first, type: .rectificationItem, id: item.id.description, kind: .transition,
            payload: String(decoding: try SyncCoding.encode(close), as: UTF8.self), author: world.cadre.id)
        let code = try await push(closing, from: first)
        #expect(code == "illegalTransition" || code == "notAllowed", "\(code)")
        // Nor pull another village: 东山村 still holds nothing of 和平村 after syncing again.
        try await east.syncThrough()
        #expect(try east.store.scopeChecksum(StationWorld.village.code).recordCount == 0)
        await server.stop()
    }

    /// Discards every rejected op and accepts every conflict, as people would on 需处理.
    private func resolveEverything(_ store: StationStore) throws {
        for item in try store.attentionItems() {
            if item.state == .conflict {
                try store.acceptConflict(item.opID, author: nil)
            } else {
                try store.discard(item.opID, reason: "测试：放弃被拒绝的修改", author: nil)
            }
        }
    }

    private func firstDifference(_ one: ScopeChecksum, _ other: ScopeChecksum) -> String {
        let extra = Set(one.lines).subtracting(other.lines).sorted().first ?? "-"
        let missing = Set(other.lines).subtracting(one.lines).sorted().first ?? "-"
        return "多：\(extra)\n少：\(missing)"
    }

    private func acceptedCount(_ store: StationStore) throws -> Int {
        try store.acceptedOwnOpCount()
    }

    private func pulledOpIDs(_ store: StationStore) throws -> [String] {
        try store.appliedOpIDs()
    }

    /// An op of `station` the store's own checks would never write, to see the server refuse it.
    private func forge(
        _ station: StationWorld.Station, type: EntityType, id: String, kind: OpKind, payload: String, author: UserID
    ) throws -> Op {
        Op(
            opID: UUID().uuidString.lowercased(), stationID: station.store.stationID, localSeq: 9_999,
            txGroup: "forged", author: author.description, entityType: type, entityID: id, kind: kind,
            payload: payload, base: nil, hlc: "000000000000001-000000-forged", appVersion: "test",
            schemaVersion: StationStore.schemaVersion)
    }

    /// Pushes one op straight over HTTP with the station's token; returns the rejection code or "applied".
    private func push(_ op: Op, from station: StationWorld.Station) async throws -> String {
        let settings = try station.store.syncSettings()
        let connection = HTTPSyncConnection(
            transport: URLSessionTransport(), baseURL: station.transport.server.baseURL, token: settings.token ?? "",
            stationID: station.store.stationID)
        let results = try await connection.push([op])
        guard case .rejected(let code, _, _)? = results.first?.settlement else { return "applied" }
        return code
    }
}
