import CunzhanCore
import CunzhanSyncAPI
import Foundation
import Testing

@testable import CunzhanServer

@Suite struct BundleImportTests {
    static func bundle(_ server: TestServer, cursor: Int64 = 0) -> (file: Data, maker: OpMaker) {
        var maker = OpMaker()
        let ops = maker.setUp(server.world) + [maker.visit(server.world, author: server.world.cadre)]
        let bundle = StationBundle(
            stationID: maker.stationID, createdAt: Date(timeIntervalSince1970: 1_790_000_000), cursor: cursor, ops: ops)
        return ((try? BundleFile.encode(bundle)) ?? Data(), maker)
    }

    @Test(arguments: TestBackend.available)
    func importingABundleTwiceChangesNothing(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            _ = try await server.enroll("红旗村站", scopes: ["530102001001"])
            let (file, _) = BundleImportTests.bundle(server)
            let first = try await server.service.importBundle(file, stationName: "红旗村站")
            #expect(first.results.allSatisfy { $0.outcome.isApplied })
            #expect(first.ops.count == 7 && first.next == 7)
            let entitiesBefore = try await server.entity(.household, server.world.household.id)
            let second = try await server.service.importBundle(file)
            #expect(
                second.results.map(\.outcome)
                    == first.results.map { OpOutcome.duplicate(serverSeq: $0.outcome.serverSeq ?? -1) })
            #expect(try await server.opCount() == 7)
            #expect(try await server.entity(.household, server.world.household.id) == entitiesBefore)
            #expect(second.scopes == first.scopes)
        }
    }

    @Test(arguments: TestBackend.available)
    func aTruncatedOrAlteredBundleIsRefusedWhole(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            _ = try await server.enroll("红旗村站", scopes: ["530102001001"])
            let (file, _) = BundleImportTests.bundle(server)
            try await expectSyncError(.badBundle) {
                try await server.service.importBundle(file.prefix(file.count - 20), stationName: "红旗村站")
            }
            let text = String(decoding: file, as: UTF8.self).replacingOccurrences(of: "张网格", with: "李网格")
            try await expectSyncError(.badBundle) {
                try await server.service.importBundle(Data(text.utf8), stationName: "红旗村站")
            }
            #expect(try await server.opCount() == 0)
            #expect(try await server.admin.list().first?.stationID == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func aBundleOfAnUnknownOrRevokedStationIsRefused(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (file, _) = BundleImportTests.bundle(server)
            try await expectSyncError(.unauthorized) { try await server.service.importBundle(file) }
            _ = try await server.enroll("红旗村站", scopes: ["530102001001"])
            try await server.admin.revoke(name: "红旗村站")
            try await expectSyncError(.revoked) { try await server.service.importBundle(file, stationName: "红旗村站") }
            #expect(try await server.opCount() == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func theReturnBundleBringsOnlyOpsAfterTheCursor(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            _ = try await server.enroll("红旗村站", scopes: ["530102001001"])
            let (file, maker) = BundleImportTests.bundle(server, cursor: 5)
            let returned = try await server.service.importBundle(file, stationName: "红旗村站")
            #expect(returned.ops.map(\.serverSeq) == [6, 7])
            #expect(returned.stationID == maker.stationID)
            let decoded = try BundleFile.decode(ReturnBundle.self, from: try BundleFile.encode(returned))
            #expect(decoded == returned)
        }
    }
}
