import CunzhanCore
import CunzhanServer
import CunzhanSyncAPI
import Foundation

/// A server on one test backend with enrolled stations: the red village, the east village, the township.
struct TestServer {
    let storage: any ServerStorage
    let service: SyncService
    let admin: StationAdmin
    let world = World()

    init(storage: any ServerStorage) {
        self.storage = storage
        let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_790_000_000) }
        service = SyncService(storage: storage, logger: TestBackend.logger, now: clock)
        admin = StationAdmin(storage: storage, now: clock)
    }

    static func run(_ backend: TestBackend, _ body: (TestServer) async throws -> Void) async throws {
        try await backend.withStorage { storage in try await body(TestServer(storage: storage)) }
    }

    /// Enrols a station for `scopes` and returns its record (as authenticated) and token.
    func enroll(_ name: String, scopes: [String]) async throws -> (station: StationRecord, token: String) {
        let token = try await admin.enroll(
            name: name, scopes: try scopes.map { code throws(SyncError) in try SyncScope(code) })
        return (try await service.authenticate(token: token), token)
    }

    /// Pushes `ops` as `station` with `maker`'s station id.
    func push(_ ops: [Op], from station: StationRecord, as maker: OpMaker) async throws -> [OpOutcome] {
        try await service.push(PushRequest(stationID: maker.stationID, ops: ops), from: station).results.map(\.outcome)
    }

    /// Every op `station` can pull, following pages of `limit`.
    func pullAll(_ station: StationRecord, limit: Int = 1000) async throws -> (ops: [ServerOp], last: PullResponse) {
        var ops: [ServerOp] = []
        var cursor: Int64 = 0
        while true {
            let page = try await service.pull(PullQuery(after: cursor, limit: limit), for: station)
            ops += page.ops
            cursor = page.next
            if !page.more { return (ops, page) }
        }
    }

    /// How many ops the stream holds, and one record's fields.
    func opCount() async throws -> Int64 {
        try await storage.transaction(.read) { try await $0.opCount() }
    }

    func entity(_ type: EntityType, _ id: some CustomStringConvertible) async throws -> EntityRecord? {
        try await storage.transaction(.read) { try await $0.entity(type, id.description) }
    }
}

extension OpOutcome {
    var isApplied: Bool {
        if case .applied = self { return true }
        return false
    }

    var rejection: Rejection? {
        if case .rejected(let rejection) = self { return rejection }
        return nil
    }
}
