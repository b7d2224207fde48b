import CunzhanSyncAPI

/// One page of a pull: ops of the scopes after a cursor, the next cursor, and on the last page the digests.
enum PullPage {
    static func read(after seq: Int64, limit: Int, scopes: [SyncScope], in transaction: any StorageTransaction)
        async throws -> PullResponse
    {
        let last = try await transaction.lastSeq()
        let ops = try await transaction.ops(after: seq, limit: limit + 1, scopes: scopes).filter {
            $0.serverSeq <= last
        }
        let more = ops.count > limit
        let page = Array(ops.prefix(limit))
        let next = more ? (page.last?.serverSeq ?? seq) : max(seq, last)
        let summaries = more ? [] : try await digests(of: scopes, in: transaction)
        return PullResponse(ops: page, next: next, more: more, scopes: summaries)
    }

    /// One digest per scope (its villages' digests combined) and one for reference data.
    static func digests(of scopes: [SyncScope], in transaction: any StorageTransaction) async throws -> [ScopeDigest] {
        let villages = try await transaction.villageDigests()
        var result: [ScopeDigest] = []
        for scope in scopes {
            var total = ScopeDigest.Accumulator(scope: scope.code)
            for village in villages where !village.scope.isEmpty && village.scope.hasPrefix(scope.code) {
                total.add(ScopeDigest.Accumulator(village))
            }
            result.append(total.digest)
        }
        var reference = ScopeDigest.Accumulator(scope: ScopeDigest.reference)
        for village in villages where village.scope.isEmpty { reference.add(ScopeDigest.Accumulator(village)) }
        result.append(reference.digest)
        return result
    }
}
