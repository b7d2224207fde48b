import CunzhanCore

/// `POST /v1/push`: a batch of a station's ops in its local order.
///
/// The server applies them in this order, one result per op, and answers only after the whole batch is
/// committed (one transaction): a lost answer means resending the same batch, which the op ids make harmless.
public struct PushRequest: Codable, Sendable, Equatable {
    public var `protocol`: Int
    public var stationID: String
    public var ops: [Op]

    public init(protocol: Int = SyncProtocol.version, stationID: String, ops: [Op]) {
        self.protocol = `protocol`
        self.stationID = stationID
        self.ops = ops
    }
}

/// The answer to a push: one result per op of the request, in the same order.
public struct PushResponse: Codable, Sendable, Equatable {
    public var results: [OpResult]

    public init(results: [OpResult]) {
        self.results = results
    }
}

/// What the server did with one op.
public struct OpResult: Codable, Sendable, Equatable {
    public var opID: String
    public var outcome: OpOutcome

    public init(opID: String, outcome: OpOutcome) {
        self.opID = opID
        self.outcome = outcome
    }
}
