import CunzhanSyncAPI
import Testing

@testable import CunzhanServer

@Suite struct EnrolmentTests {
    @Test(arguments: TestBackend.available)
    func enrolmentPrintsATokenAndStoresOnlyItsHash(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (station, token) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            #expect(token.count == 64)
            #expect(token.allSatisfy { $0.isHexDigit })
            #expect(station.name == "红旗村站")
            #expect(station.scopes.map(\.code) == ["530102001001"])
            let stored = try await server.storage.transaction(.read) { try await $0.tokenHash(named: "红旗村站") }
            #expect(stored == Checksum.sha256(token))
            #expect(stored != token)
        }
    }

    @Test(arguments: TestBackend.available)
    func aWrongTokenIsUnauthorized(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (_, token) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            try await expectSyncError(.unauthorized) {
                try await server.service.authenticate(token: String(token.reversed()))
            }
            try await expectSyncError(.unauthorized) { try await server.service.authenticate(token: "") }
        }
    }

    @Test(arguments: TestBackend.available)
    func aRevokedTokenIsRefusedAndListedAsRevoked(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (_, token) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            _ = try await server.enroll("东风村站", scopes: ["530102001002"])
            try await server.admin.revoke(name: "红旗村站")
            try await expectSyncError(.revoked) { try await server.service.authenticate(token: token) }
            let listed = try await server.admin.list()
            #expect(listed.map(\.name) == ["东风村站", "红旗村站"])
            #expect(listed.map(\.revoked) == [false, true])
        }
    }

    @Test(arguments: TestBackend.available)
    func aNameIsEnrolledOnce(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            _ = try await server.enroll("红旗村站", scopes: ["530102001001"])
            await #expect(throws: SyncError.self) {
                try await server.admin.enroll(name: "红旗村站", scopes: [try SyncScope("530102001")])
            }
            await #expect(throws: SyncError.self) { try await server.admin.revoke(name: "没有这个站") }
        }
    }

    @Test func constantTimeComparisonComparesWholeStrings() {
        #expect(StationTokens.constantTimeEquals("abc", "abc"))
        #expect(!StationTokens.constantTimeEquals("abc", "abd"))
        #expect(!StationTokens.constantTimeEquals("abc", "abcd"))
    }
}
