import CunzhanCore

@testable import CunzhanStore

/// The smallest stand-in for the sync server the store tests need: it orders every op it accepts, and
/// can refuse chosen ones. The real server and its rules are exercised in the sync client's tests.
struct MiniServer {
    var log: [PulledOp] = []
    var refused: Set<String> = []

    /// Takes a station's unsent ops and answers each: accepted in arrival order, or rejected when chosen.
    mutating func push(from store: StationStore) throws -> [OpResultRecord] {
        let ops = try store.unsentOps()
        try store.markSent(ops.map(\.opID))
        var results: [OpResultRecord] = []
        for op in ops {
            if refused.contains(op.opID) {
                results.append(
                    OpResultRecord(
                        opID: op.opID,
                        settlement: .rejected(code: "invalidValue", field: "population", message: "人口数不对")))
            } else if let seen = log.first(where: { $0.op.opID == op.opID }) {
                results.append(OpResultRecord(opID: op.opID, settlement: .accepted(serverSeq: seen.serverSeq)))
            } else {
                let seq = Int64(log.count + 1)
                log.append(PulledOp(serverSeq: seq, op: op))
                results.append(OpResultRecord(opID: op.opID, settlement: .accepted(serverSeq: seq)))
            }
        }
        try store.recordResults(results)
        return results
    }

    /// Hands a station every op after its cursor.
    func pull(into store: StationStore) throws {
        let cursor = try store.syncSettings().pullCursor
        try store.applyPulled(log.filter { $0.serverSeq > cursor }, cursor: Int64(log.count))
    }

    /// Push then pull, as `cunzhan sync` does.
    mutating func sync(_ store: StationStore) throws {
        _ = try push(from: store)
        try pull(into: store)
    }
}
