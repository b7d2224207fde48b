import CunzhanCore
import CunzhanSyncAPI
import Foundation

/// One push batch inside its transaction: ops in the station's order, idempotent by op id, a rejected op
/// holding back the station's later ops of the same record (in this batch and later ones, `EntityBlock`),
/// digests updated once at the end.
///
/// The batch reads what it needs up front — which op ids the stream has, the records its ops name, the
/// station's blocks — in a few queries, so the per-op work is the checks and the two writes.
struct PushBatch {
    let transaction: any StorageTransaction
    let station: StationRecord
    let receivedAt: Date

    private struct RecordKey: Hashable {
        var type: EntityType
        var id: String
    }

    /// A block as the batch sees it; only one an earlier push left can be lifted by a fix in its group.
    private struct Block {
        var opID: String
        var localSeq: Int64
        var txGroup: String
        var fromEarlierPush: Bool

        /// Whether applying `prepared` ends the block: the blocked op itself, its fix (an op after it in its
        /// transaction group) or a discard naming it.
        func isLifted(by prepared: PreparedOp) -> Bool {
            let op = prepared.op
            if op.kind == .discard { return PushBatch.discarded(by: prepared) == opID }
            return op.opID == opID || (op.txGroup == txGroup && op.localSeq > localSeq)
        }

        /// Whether the block holds `op` back: a later op of the station that is not the block's fix.
        func holdsBack(_ op: Op) -> Bool {
            guard op.kind != .discard, op.localSeq > localSeq || op.opID == opID else { return false }
            return !(fromEarlierPush && (op.opID == opID || op.txGroup == txGroup))
        }
    }

    func apply(_ ops: [Op]) async throws -> [OpResult] {
        try await apply(prepared: ops.map(PreparedOp.init))
    }

    func apply(prepared ops: [PreparedOp]) async throws -> [OpResult] {
        let transaction = CachingTransaction(self.transaction)
        var applier = OpApplier(transaction: transaction, station: station)
        for prepared in ops where prepared.op.entityType == .user && prepared.op.kind == .create {
            applier.usersInBatch[prepared.op.entityID] = prepared.fields
        }
        var accepted = try await transaction.acceptedSeqs(opIDs: ops.map(\.op.opID))
        var references: [EntityType: Set<String>] = [:]
        for prepared in ops {
            for (type, id) in prepared.references { references[type, default: []].insert(id) }
        }
        try await transaction.prefetch(references)
        let stationID = station.stationID ?? ""
        var blocks: [RecordKey: Block] = [:]
        for block in try await transaction.blocks(stationID: stationID) {
            blocks[RecordKey(type: block.entityType, id: block.entityID)] = Block(
                opID: block.opID, localSeq: block.localSeq, txGroup: block.txGroup, fromEarlierPush: true)
        }
        var digests: [String: ScopeDigest.Accumulator] = [:]
        var results: [OpResult] = []
        results.reserveCapacity(ops.count)
        for prepared in ops {
            let op = prepared.op
            if let seq = accepted[op.opID] {
                results.append(OpResult(opID: op.opID, outcome: .duplicate(serverSeq: seq)))
                continue
            }
            let key = RecordKey(type: op.entityType, id: op.entityID)
            do {
                if let block = blocks[key], block.holdsBack(op) {
                    throw PushBatch.blocked(op, by: block.opID)
                }
                let applied = try await applier.apply(prepared)
                let seq = try await transaction.appendOp(
                    applied.op, villageCode: applied.villageCode, conflict: applied.conflict != nil,
                    receivedAt: receivedAt)
                accepted[op.opID] = seq
                if let block = blocks[key], block.isLifted(by: prepared) {
                    blocks[key] = nil
                    try await transaction.removeBlock(stationID: stationID, type: key.type, id: key.id)
                }
                let digestKey = applied.villageCode ?? ""
                digests[digestKey, default: ScopeDigest.Accumulator(scope: digestKey)].add(opID: op.opID)
                let outcome: OpOutcome =
                    applied.conflict.map { .conflict(serverSeq: seq, current: $0) } ?? .applied(serverSeq: seq)
                results.append(OpResult(opID: op.opID, outcome: outcome))
            } catch let rejection as Rejection {
                if op.kind != .discard, blocks[key] == nil {
                    blocks[key] = Block(
                        opID: op.opID, localSeq: op.localSeq, txGroup: op.txGroup, fromEarlierPush: false)
                    try await transaction.saveBlock(
                        EntityBlock(
                            stationID: stationID, entityType: key.type, entityID: key.id, opID: op.opID,
                            localSeq: op.localSeq, txGroup: op.txGroup))
                }
                try await transaction.recordRejection(op, rejection: rejection, receivedAt: receivedAt)
                results.append(OpResult(opID: op.opID, outcome: .rejected(rejection)))
            }
        }
        try await saveDigests(digests, in: transaction)
        return results
    }

    /// The op id a `discard` op names; nil for other ops.
    private static func discarded(by prepared: PreparedOp) -> String? {
        guard prepared.op.kind == .discard, case .string(let id) = prepared.fields?["discardedOpID"] ?? .null else {
            return nil
        }
        return id
    }

    private static func blocked(_ op: Op, by opID: String) -> Rejection {
        Rejection(
            code: .blocked,
            message: "本站前面对同一条\(EntityRules.name(op.entityType))的操作（编号 \(opID.prefix(8))）被服务器拒绝，"
                + "这条操作暂不处理：请先在“需处理”里修改重发或放弃那一条，再重发这一条。")
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
