import CunzhanCore
import CunzhanStore
import CunzhanSyncAPI

/// One page of a pull, in the store's terms, with the server's scope digests (on the last page).
struct PullPage: Sendable {
    var ops: [PulledOp]
    var next: Int64
    var more: Bool
    var scopes: [ScopeDigest]
}

/// What the sync loop needs from a server: the HTTP connection speaks CunzhanSyncAPI over a transport.
protocol SyncServerConnection: Sendable {
    /// Sends ops in local order; one result per op, same order. Throws `SyncFailure`; `.network` ones are retried.
    func push(_ ops: [Op]) async throws -> [OpResultRecord]
    /// Ops after `cursor`, in server order.
    func pull(after cursor: Int64, limit: Int) async throws -> PullPage
}
