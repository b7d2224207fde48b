import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP request of the sync protocol, relative to the server's base address.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    /// Path and query: `/v1/pull?after=12&limit=1000`.
    public var path: String
    public var headers: [String: String]
    public var body: Data

    public init(method: String, path: String, headers: [String: String] = [:], body: Data = Data()) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }
}

/// The server's answer: status and body.
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    public var body: Data

    public init(status: Int, body: Data) {
        self.status = status
        self.body = body
    }
}

/// Carries requests to the server: the live value uses URLSession; tests wrap it to cut connections.
///
/// A transport throws when no answer came back (refused, reset, timed out); an HTTP error status is an
/// answer, not a throw.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest, to baseURL: String) async throws -> HTTPResponse
}

/// The live transport: Foundation's URLSession (FoundationNetworking on Linux, libcurl underneath).
///
/// Foundation ships with the toolchain, so the station needs no extra HTTP package; the sync client's
/// tests run it against a real server on a loopback port.
public struct URLSessionTransport: HTTPTransport {
    let session: URLSession

    public init(timeoutSeconds: Double = 30) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeoutSeconds
        configuration.timeoutIntervalForResource = timeoutSeconds * 4
        session = URLSession(configuration: configuration)
    }

    public func send(_ request: HTTPRequest, to baseURL: String) async throws -> HTTPResponse {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        guard let url = URL(string: base + request.path) else {
            throw SyncFailure(.notEnrolled, "服务器地址“\(baseURL)”无效，请用 cunzhan enroll --server 重新设置。")
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        if !request.body.isEmpty { urlRequest.httpBody = request.body }
        let (data, response) = try await session.data(for: urlRequest)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        return HTTPResponse(status: status, body: data)
    }
}
