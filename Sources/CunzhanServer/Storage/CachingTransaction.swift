import CunzhanCore
import CunzhanSyncAPI
import Foundation

/// A push batch's view of its transaction that remembers the records it read or wrote.
///
/// A batch looks up the same village, household and author again and again; within one transaction the
/// remembered copy is exact (only this batch writes), so each is read from the database once.
final class CachingTransaction: StorageTransaction {
    private let base: any StorageTransaction
    private var entities: [String: EntityRecord?] = [:]

    init(_ base: any StorageTransaction) {
        self.base = base
    }

    private static func key(_ type: EntityType, _ id: String) -> String { type.rawValue + "/" + id }

    func entity(_ type: EntityType, _ id: String) async throws -> EntityRecord? {
        let key = CachingTransaction.key(type, id)
        if let cached = entities[key] { return cached }
        let record = try await base.entity(type, id)
        entities[key] = .some(record)
        return record
    }

    func saveEntity(_ entity: EntityRecord) async throws {
        try await base.saveEntity(entity)
        entities[CachingTransaction.key(entity.type, entity.id)] = .some(entity)
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
    func villageDigests() async throws -> [ScopeDigest] { try await base.villageDigests() }
    func saveVillageDigest(_ digest: ScopeDigest) async throws { try await base.saveVillageDigest(digest) }
}
