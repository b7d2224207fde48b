import CunzhanCore
import Foundation

/// A station's ops carried to the server on a USB stick (`cunzhan bundle export`).
///
/// The same ops a push would send, in local order, and the station's pull cursor, so the server's
/// return bundle brings back only what the station has not seen. Written with `BundleFile`.
public struct StationBundle: Codable, Sendable, Equatable {
    public var `protocol`: Int
    public var stationID: String
    public var createdAt: Date
    /// The last server sequence the station has pulled.
    public var cursor: Int64
    public var ops: [Op]

    public init(protocol: Int = SyncProtocol.version, stationID: String, createdAt: Date, cursor: Int64, ops: [Op]) {
        self.protocol = `protocol`
        self.stationID = stationID
        self.createdAt = createdAt
        self.cursor = cursor
        self.ops = ops
    }
}

/// The server's answer to a station bundle (`cunzhan-server import-bundle`): per-op results and new ops.
///
/// `results` answer the bundle's ops in order (as a push would); `ops` are every op of the station's
/// scope after its cursor, `next` the new cursor and `scopes` the digests up to it, as a pull would.
public struct ReturnBundle: Codable, Sendable, Equatable {
    public var `protocol`: Int
    public var stationID: String
    public var createdAt: Date
    public var results: [OpResult]
    public var ops: [ServerOp]
    public var next: Int64
    public var scopes: [ScopeDigest]

    public init(
        protocol: Int = SyncProtocol.version, stationID: String, createdAt: Date, results: [OpResult],
        ops: [ServerOp], next: Int64, scopes: [ScopeDigest]
    ) {
        self.protocol = `protocol`
        self.stationID = stationID
        self.createdAt = createdAt
        self.results = results
        self.ops = ops
        self.next = next
        self.scopes = scopes
    }
}
