import CunzhanCore
import CunzhanSyncAPI
import Foundation

/// One push batch inside its transaction: ops in the station's order, idempotent by op id, a rejected op
/// blocking only the later ops of the same record, digests updated once at the end.
struct PushBatch {
    let transaction: any StorageTransaction
    let station: StationRecord
    let receivedAt: Date

    private struct RecordKey: Hashable {
        var type: EntityType
        var id: String
    }

    func apply(_ ops: [Op]) async throws -> [OpResult] {
        let transaction = CachingTransaction(self.transaction)
        var applier = OpApplier(transaction: transaction, station: station)
        for op in ops where op.entityType == .user && op.kind == .create {
            applier.usersInBatch[op.entityID] = JSON.objectFields(op.payload)
        }
        var blocked: Set<RecordKey> = []
        var digests: [String: ScopeDigest.Accumulator] = [:]
        var results: [OpResult] = []
        results.reserveCapacity(ops.count)
        for op in ops {
            if let seq = try await transaction.acceptedSeq(opID: op.opID) {
                results.append(OpResult(opID: op.opID, outcome: .duplicate(serverSeq: seq)))
                continue
            }
            let key = RecordKey(type: op.entityType, id: op.entityID)
            do {
                if blocked.contains(key) {
                    throw Rejection(
                        code: .blocked,
                        message: "前面对同一条\(EntityRules.name(op.entityType))的操作被拒绝，这条操作暂不处理；处理好那一条后再重发。")
                }
                let applied = try await applier.apply(op)
                let seq = try await transaction.appendOp(
                    applied.op, villageCode: applied.villageCode, conflict: applied.conflict != nil,
                    receivedAt: receivedAt)
                let digestKey = applied.villageCode ?? ""
                digests[digestKey, default: ScopeDigest.Accumulator(scope: digestKey)].add(opID: op.opID)
                let outcome: OpOutcome =
                    applied.conflict.map { .conflict(serverSeq: seq, current: $0) } ?? .applied(serverSeq: seq)
                results.append(OpResult(opID: op.opID, outcome: outcome))
            } catch let rejection as Rejection {
                blocked.insert(key)
                try await transaction.recordRejection(op, rejection: rejection, receivedAt: receivedAt)
                results.append(OpResult(opID: op.opID, outcome: .rejected(rejection)))
            }
        }
        try await saveDigests(digests, in: transaction)
        return results
    }

    private func saveDigests(_ added: [String: ScopeDigest.Accumulator], in transaction: any StorageTransaction)
        async throws
    {
        guard !added.isEmpty else { return }
        let stored = Dictionary(
            try await transaction.villageDigests().map { ($0.scope, $0) }, uniquingKeysWith: { first, _ in first })
        for (village, accumulator) in added {
            var total = stored[village].map(ScopeDigest.Accumulator.init) ?? ScopeDigest.Accumulator(scope: village)
            total.add(accumulator)
            try await transaction.saveVillageDigest(total.digest)
        }
    }
}
