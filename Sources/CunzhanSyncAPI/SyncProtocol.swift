/// The constants of the sync wire protocol shared by station and server: version, headers, routes, limits.
///
/// Every request names the protocol version in `X-Cunzhan-Protocol`; the server refuses any other version
/// before it reads the body, so an old station never half-applies a batch it does not understand.
public enum SyncProtocol {
    /// The protocol version this build speaks.
    public static let version = 1
    /// The request header that carries the protocol version.
    public static let versionHeader = "X-Cunzhan-Protocol"
    /// The route that answers when the server is ready (no authentication).
    public static let healthPath = "/health"
    /// The route a station pushes its ops to.
    public static let pushPath = "/v1/push"
    /// The route a station pulls the ops of its scope from.
    public static let pullPath = "/v1/pull"
    /// The most ops one push request (or one station bundle per batch) may carry.
    public static let maxOpsPerPush = 1000
    /// The largest request body the server reads, in bytes.
    public static let maxRequestBytes = 8 * 1024 * 1024
    /// The most ops one pull page returns, whatever `limit` asks for.
    public static let maxPullLimit = 5000
    /// The pull page size when the request names none.
    public static let defaultPullLimit = 1000
}

/// `GET /health`: the server is up and speaks `protocol`.
public struct HealthResponse: Codable, Sendable, Equatable {
    public var status: String
    public var `protocol`: Int

    public init(status: String = "ok", protocol: Int = SyncProtocol.version) {
        self.status = status
        self.protocol = `protocol`
    }
}
