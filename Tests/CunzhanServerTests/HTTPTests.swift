import CunzhanCore
import CunzhanSyncAPI
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CunzhanServer

@Suite struct HTTPTests {
    static func headers(token: String?, version: String? = "1") -> HTTPFields {
        var fields = HTTPFields()
        if let version, let name = HTTPFields.Element.Name(SyncProtocol.versionHeader) { fields[name] = version }
        if let token { fields[.authorization] = "Bearer \(token)" }
        fields[.contentType] = "application/json"
        return fields
    }

    static func body(_ value: some Encodable) throws -> ByteBuffer {
        ByteBuffer(bytes: try SyncCoding.encode(value))
    }

    static func error(_ response: TestResponse) throws -> SyncError {
        try SyncCoding.decode(SyncError.self, from: Data(response.body.readableBytesView))
    }

    func withApp(
        _ backend: TestBackend,
        _ body: @escaping @Sendable (TestServer, String, any TestClientProtocol) async throws -> Void
    )
        async throws
    {
        try await TestServer.run(backend) { server in
            let token = try await server.enroll("红旗村站", scopes: ["530102001001"]).token
            let app = SyncServer.application(service: server.service, logger: TestBackend.logger)
            try await app.test(.router) { client in try await body(server, token, client) }
        }
    }

    @Test(arguments: TestBackend.available)
    func healthAnswersWithoutAToken(_ backend: TestBackend) async throws {
        try await withApp(backend) { _, _, client in
            try await client.execute(uri: "/health", method: .get) { response throws in
                #expect(response.status == .ok)
                #expect(
                    try SyncCoding.decode(HealthResponse.self, from: Data(response.body.readableBytesView))
                        == HealthResponse())
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func pushThenPullOverHTTP(_ backend: TestBackend) async throws {
        try await withApp(backend) { server, token, client in
            var maker = OpMaker()
            let request = PushRequest(stationID: maker.stationID, ops: maker.setUp(server.world))
            try await client.execute(
                uri: "/v1/push", method: .post, headers: Self.headers(token: token), body: try Self.body(request)
            ) { response throws in
                #expect(response.status == .ok)
                let pushed = try SyncCoding.decode(PushResponse.self, from: Data(response.body.readableBytesView))
                #expect(pushed.results.map(\.opID) == request.ops.map(\.opID))
                #expect(pushed.results.allSatisfy { $0.outcome.isApplied })
            }
            try await client.execute(uri: "/v1/pull?after=2&limit=3", method: .get, headers: Self.headers(token: token))
            { response throws in
                #expect(response.status == .ok)
                let page = try SyncCoding.decode(PullResponse.self, from: Data(response.body.readableBytesView))
                #expect(page.ops.map(\.serverSeq) == [3, 4, 5])
                #expect(page.more && page.next == 5)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func badRequestsGetAnErrorAndChangeNothing(_ backend: TestBackend) async throws {
        try await withApp(backend) { server, token, client in
            var maker = OpMaker()
            let good = try Self.body(PushRequest(stationID: maker.stationID, ops: maker.setUp(server.world)))
            var tooMany = PushRequest(stationID: maker.stationID, ops: [])
            for _ in 0...SyncProtocol.maxOpsPerPush {
                tooMany.ops.append(maker.append(.visit, VisitID(), server.world.visit(), author: server.world.cadre))
            }
            let cases: [(HTTPFields, ByteBuffer, HTTPResponse.Status, SyncError.Code)] = [
                (Self.headers(token: token), ByteBuffer(string: "{\"ops\": [1, 2"), .badRequest, .badJSON),
                (Self.headers(token: token), ByteBuffer(string: "{\"stationID\": \"x\"}"), .badRequest, .badJSON),
                (Self.headers(token: token), try Self.body(tooMany), .badRequest, .tooManyOps),
                (
                    Self.headers(token: token),
                    ByteBuffer(repeating: UInt8(ascii: " "), count: SyncProtocol.maxRequestBytes + 1), .contentTooLarge,
                    .tooLarge
                ),
                (Self.headers(token: token, version: "2"), good, .upgradeRequired, .unsupportedProtocol),
                (Self.headers(token: token, version: nil), good, .upgradeRequired, .unsupportedProtocol),
                (
                    Self.headers(token: (token.hasPrefix("0") ? "1" : "0") + token.dropFirst()), good, .unauthorized,
                    .unauthorized
                ),
                (Self.headers(token: nil), good, .unauthorized, .unauthorized),
            ]
            for (headers, body, status, code) in cases {
                try await client.execute(uri: "/v1/push", method: .post, headers: headers, body: body) {
                    response throws in
                    #expect(response.status == status, "\(code)")
                    #expect(try Self.error(response).code == code)
                }
            }
            #expect(try await server.opCount() == 0)
            try await server.admin.revoke(name: "红旗村站")
            try await client.execute(uri: "/v1/push", method: .post, headers: Self.headers(token: token), body: good) {
                response throws in
                #expect(response.status == .forbidden)
                #expect(try Self.error(response).code == .revoked)
            }
            try await client.execute(uri: "/v1/pull", method: .get, headers: Self.headers(token: token)) {
                response throws in
                #expect(response.status == .forbidden)
            }
            #expect(try await server.opCount() == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func badPullParametersAndUnknownRoutesAreRefused(_ backend: TestBackend) async throws {
        try await withApp(backend) { _, token, client in
            try await client.execute(uri: "/v1/pull?after=abc", method: .get, headers: Self.headers(token: token)) {
                response throws in
                #expect(response.status == .badRequest)
                #expect(try Self.error(response).code == .badRequest)
            }
            try await client.execute(uri: "/v1/pull", method: .get, headers: Self.headers(token: token, version: "0")) {
                response throws in
                #expect(response.status == .upgradeRequired)
            }
        }
    }
}
