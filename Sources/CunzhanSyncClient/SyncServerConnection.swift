import CunzhanCore
import CunzhanStore

/// One page of a pull, in the store's terms.
struct PullPage: Sendable {
    var ops: [PulledOp]
    var next: Int64
    var more: Bool
    /// The server's op count per scope, to detect drift.
    var scopeOpCounts: [String: Int64]
    /// The digests as the server sent them (JSON text), remembered in the store.
    var digestsJSON: String
}

/// What the sync loop needs from a server; the HTTP implementation speaks CunzhanSyncAPI.
protocol SyncServerConnection: Sendable {
    /// Sends ops in local order; one result per op, same order. Throws `SyncError`; `.network` ones are retried.
    func push(_ ops: [Op]) async throws -> [OpResultRecord]
    /// Ops after `cursor`, in server order.
    func pull(after cursor: Int64, limit: Int) async throws -> PullPage
}
