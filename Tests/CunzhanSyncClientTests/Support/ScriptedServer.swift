import CunzhanCore
import CunzhanStore
import CunzhanSyncAPI
import Foundation

@testable import CunzhanSyncClient

/// An in-memory server behind the client's connection interface, with injected faults: a request lost
/// before the server sees it, or a response lost after the server applied it. The HTTP server itself is
/// exercised in the convergence tests; this isolates the client's bookkeeping.
final class ScriptedServer: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [PulledOp] = []
    private var random: SplitMix
    /// Percent of requests lost before reaching the server, and of responses lost after it applied them.
    var lostRequests = 0
    var lostResponses = 0
    private(set) var faults = 0

    init(seed: UInt64) { random = SplitMix(seed: seed) }

    /// Every op of this server belongs to the one village of the tests.
    static let villageCode = "530124100201"

    var opCount: Int { lock.withLock { log.count } }

    /// A connection for one station.
    func connection() -> Connection { Connection(server: self) }

    struct Connection: SyncServerConnection {
        let server: ScriptedServer

        func push(_ ops: [Op]) async throws -> [OpResultRecord] {
            try server.fault(before: true)
            let results = server.accept(ops)
            try server.fault(before: false)
            return results
        }

        func pull(after cursor: Int64, limit: Int) async throws -> PullPage {
            try server.fault(before: true)
            let page = server.page(after: cursor, limit: limit)
            try server.fault(before: false)
            return page
        }
    }

    fileprivate func fault(before: Bool) throws {
        let hit = lock.withLock { () -> Bool in
            let percent = before ? lostRequests : lostResponses
            let hit = Int(random.next() % 100) < percent
            if hit { faults += 1 }
            return hit
        }
        if hit { throw SyncFailure(.network, before ? "请求丢失（测试）" : "回应丢失（测试）") }
    }

    fileprivate func accept(_ ops: [Op]) -> [OpResultRecord] {
        lock.withLock {
            ops.map { op in
                if let seen = log.first(where: { $0.op.opID == op.opID }) {
                    return OpResultRecord(opID: op.opID, settlement: .accepted(serverSeq: seen.serverSeq))
                }
                let seq = Int64(log.count + 1)
                log.append(PulledOp(serverSeq: seq, villageCode: Self.villageCode, op: op))
                return OpResultRecord(opID: op.opID, settlement: .accepted(serverSeq: seq))
            }
        }
    }

    fileprivate func page(after cursor: Int64, limit: Int) -> PullPage {
        lock.withLock {
            let ops = Array(log.filter { $0.serverSeq > cursor }.prefix(limit))
            let next = ops.last?.serverSeq ?? max(cursor, 0)
            let more = next < Int64(log.count)
            let digests = more ? [] : [ScopeDigest.of(scope: Self.villageCode, opIDs: log.map(\.op.opID))]
            return PullPage(ops: ops, next: next, more: more, scopes: digests)
        }
    }

}

/// A small seeded generator (SplitMix64) so fault patterns repeat exactly for a seed.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
