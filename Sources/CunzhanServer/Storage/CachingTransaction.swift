import CunzhanCore
import CunzhanSyncAPI
import Foundation

/// A push batch's view of its transaction that remembers the records it read or wrote.
///
/// A batch looks up the same village, household and author again and again; within one transaction the
/// remembered copy is exact (only this batch writes), so each is read from the database once, and
/// `prefetch` reads the records a whole batch names in a few queries instead of one per op. Authors are
/// also kept decoded, since every op checks its author's role.
final class CachingTransaction: StorageTransaction {
    private let base: any StorageTransaction
    private var entities: [String: EntityRecord?] = [:]
    private var users: [String: User] = [:]

    init(_ base: any StorageTransaction) {
        self.base = base
    }

    private static func key(_ type: EntityType, _ id: String) -> String { type.rawValue + "/" + id }

    /// Reads every record of `ids` (by type) not remembered yet, in one query per type and few hundred ids.
    func prefetch(_ ids: [EntityType: Set<String>]) async throws {
        for (type, wanted) in ids {
            let missing = wanted.filter { entities[CachingTransaction.key(type, $0)] == nil }
            guard !missing.isEmpty else { continue }
            for id in missing { entities[CachingTransaction.key(type, id)] = .some(nil) }
            for record in try await base.entities(type, ids: missing.sorted()) {
                entities[CachingTransaction.key(type, record.id)] = .some(record)
            }
        }
    }

    /// The decoded user `id` as remembered for this batch, if any.
    func cachedUser(_ id: String) -> User? { users[id] }

    /// Remembers a decoded user until a write to that user in this batch.
    func remember(_ user: User, id: String) { users[id] = user }

    func entity(_ type: EntityType, _ id: String) async throws -> EntityRecord? {
        let key = CachingTransaction.key(type, id)
        if let cached = entities[key] { return cached }
        let record = try await base.entity(type, id)
        entities[key] = .some(record)
        return record
    }

    func entities(_ type: EntityType, ids: [String]) async throws -> [EntityRecord] {
        try await prefetch([type: Set(ids)])
        return ids.compactMap { entities[CachingTransaction.key(type, $0)] ?? nil }
    }

    func saveEntity(_ entity: EntityRecord) async throws {
        try await base.saveEntity(entity)
        entities[CachingTransaction.key(entity.type, entity.id)] = .some(entity)
        if entity.type == .user { users[entity.id] = nil }
    }

    func insertStation(_ station: StationRecord, tokenHash: String) async throws {
        try await base.insertStation(station, tokenHash: tokenHash)
    }

    func station(tokenHash: String) async throws -> StationRecord? { try await base.station(tokenHash: tokenHash) }
    func tokenHash(named name: String) async throws -> String? { try await base.tokenHash(named: name) }
    func station(named name: String) async throws -> StationRecord? { try await base.station(named: name) }
    func station(boundTo stationID: String) async throws -> StationRecord? {
        try await base.station(boundTo: stationID)
    }

    func bindStation(named name: String, to stationID: String) async throws {
        try await base.bindStation(named: name, to: stationID)
    }

    func revokeStation(named name: String) async throws { try await base.revokeStation(named: name) }
    func stations() async throws -> [StationRecord] { try await base.stations() }
    func acceptedSeq(opID: String) async throws -> Int64? { try await base.acceptedSeq(opID: opID) }
    func acceptedSeqs(opIDs: [String]) async throws -> [String: Int64] { try await base.acceptedSeqs(opIDs: opIDs) }

    func appendOp(_ op: Op, villageCode: String?, conflict: Bool, receivedAt: Date) async throws -> Int64 {
        try await base.appendOp(op, villageCode: villageCode, conflict: conflict, receivedAt: receivedAt)
    }

    func recordRejection(_ op: Op, rejection: Rejection, receivedAt: Date) async throws {
        try await base.recordRejection(op, rejection: rejection, receivedAt: receivedAt)
    }

    func ops(after seq: Int64, limit: Int, scopes: [SyncScope]) async throws -> [ServerOp] {
        try await base.ops(after: seq, limit: limit, scopes: scopes)
    }

    func lastSeq() async throws -> Int64 { try await base.lastSeq() }
    func opCount() async throws -> Int64 { try await base.opCount() }
    func blocks(stationID: String) async throws -> [EntityBlock] { try await base.blocks(stationID: stationID) }
    func saveBlock(_ block: EntityBlock) async throws { try await base.saveBlock(block) }
    func removeBlock(stationID: String, type: EntityType, id: String) async throws {
        try await base.removeBlock(stationID: stationID, type: type, id: id)
    }

    func villageDigests() async throws -> [ScopeDigest] { try await base.villageDigests() }
    func saveVillageDigest(_ digest: ScopeDigest) async throws { try await base.saveVillageDigest(digest) }
}
