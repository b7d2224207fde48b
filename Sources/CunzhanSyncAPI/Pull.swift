import CunzhanCore

/// `GET /v1/pull?after=<serverSeq>&limit=<n>`: the ops of the station's scope after its cursor.
///
/// `ops` are in server order; `next` is the cursor to send next time (the last server sequence this
/// page covers, which can be past the last op returned when ops out of scope were skipped); `more` says
/// another page is waiting. `scopes` are the digests of the station's scopes up to `next`.
public struct PullResponse: Codable, Sendable, Equatable {
    public var ops: [ServerOp]
    public var next: Int64
    public var more: Bool
    public var scopes: [ScopeDigest]

    public init(ops: [ServerOp], next: Int64, more: Bool, scopes: [ScopeDigest]) {
        self.ops = ops
        self.next = next
        self.more = more
        self.scopes = scopes
    }
}

/// An op as the server keeps it in its stream: its server sequence, the village it concerns and the op.
///
/// A station converges by applying these in `serverSeq` order, its own ops included (a conflict was
/// decided by server order, see `OpOutcome.conflict`). `villageCode` is the 12-digit code of the village
/// the op's record belongs to, or nil for reference data every station receives (monthly themes, township
/// users); stations use it to add the op to the right `ScopeDigest`.
public struct ServerOp: Codable, Sendable, Equatable {
    public var serverSeq: Int64
    public var villageCode: String?
    public var op: Op

    public init(serverSeq: Int64, villageCode: String?, op: Op) {
        self.serverSeq = serverSeq
        self.villageCode = villageCode
        self.op = op
    }
}

/// The query items of a pull request.
public struct PullQuery: Sendable, Equatable {
    public var after: Int64
    public var limit: Int

    public init(after: Int64 = 0, limit: Int = SyncProtocol.defaultPullLimit) {
        self.after = after
        self.limit = limit
    }

    /// The path and query of this pull, e.g. `/v1/pull?after=10&limit=1000`.
    public var pathAndQuery: String { "\(SyncProtocol.pullPath)?after=\(after)&limit=\(limit)" }
}
