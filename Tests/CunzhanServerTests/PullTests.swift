import CunzhanCore
import CunzhanSyncAPI
import Testing

@testable import CunzhanServer

@Suite struct PullTests {
    /// Red and east village stations with their set-up pushed, a township station, and a monthly theme.
    static func scene(_ server: TestServer) async throws -> (
        red: StationRecord, east: StationRecord, township: StationRecord
    ) {
        let world = server.world
        let red = try await server.enroll("红旗村站", scopes: ["530102001001"]).station
        let east = try await server.enroll("东风村站", scopes: ["530102001002"]).station
        let township = try await server.enroll("乡镇站", scopes: [World.township]).station
        var redMaker = OpMaker()
        _ = try await server.push(redMaker.setUp(world), from: red, as: redMaker)
        var eastMaker = OpMaker()
        let eastOps = [
            eastMaker.create(.village, world.east.id, world.east, author: nil),
            eastMaker.create(.user, world.eastCadre.id, world.eastCadre, author: nil),
        ]
        _ = try await server.push(eastOps, from: east, as: eastMaker)
        var townshipMaker = OpMaker()
        let themeOps = [
            townshipMaker.create(.user, world.supervisor.id, world.supervisor, author: nil),
            townshipMaker.create(.monthlyTheme, world.theme.id, world.theme, author: world.supervisor),
        ]
        let outcomes = try await server.push(themeOps, from: township, as: townshipMaker)
        #expect(outcomes.allSatisfy { $0.isApplied }, "\(outcomes)")
        return (red, east, township)
    }

    @Test(arguments: TestBackend.available)
    func aStationPullsItsScopeAndTheReferenceDataOnly(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (red, east, township) = try await PullTests.scene(server)
            let redOps = try await server.pullAll(red).ops
            #expect(redOps.count == 6 + 2)
            #expect(redOps.allSatisfy { $0.villageCode == nil || $0.villageCode == "530102001001" })
            let eastOps = try await server.pullAll(east).ops
            #expect(eastOps.map(\.op.entityType) == [.village, .user, .user, .monthlyTheme])
            #expect(try await server.pullAll(township).ops.count == 10)
            let seqs = redOps.map(\.serverSeq)
            #expect(seqs == seqs.sorted())
        }
    }

    @Test(arguments: TestBackend.available)
    func pagesFollowTheCursorAndTheLastPageSkipsToTheEnd(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (red, east, _) = try await PullTests.scene(server)
            let first = try await server.service.pull(PullQuery(after: 0, limit: 3), for: red)
            #expect(first.ops.count == 3 && first.more && first.scopes.isEmpty)
            #expect(first.next == first.ops.last?.serverSeq)
            let all = try await server.pullAll(red, limit: 3)
            #expect(all.ops.count == 8)
            #expect(Set(all.ops.map(\.op.opID)).count == 8)
            #expect(!all.last.more)
            #expect(all.last.next == 10)
            let eastTail = try await server.service.pull(PullQuery(after: 8, limit: 100), for: east)
            #expect(eastTail.ops.isEmpty == false && eastTail.next == 10)
            let nothing = try await server.service.pull(PullQuery(after: 10, limit: 100), for: east)
            #expect(nothing.ops.isEmpty && nothing.next == 10 && !nothing.more)
        }
    }

    @Test(arguments: TestBackend.available)
    func digestsMatchWhatTheStationPulled(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (red, _, township) = try await PullTests.scene(server)
            let (ops, last) = try await server.pullAll(red, limit: 2)
            let inVillage = ops.filter { $0.villageCode != nil }.map(\.op.opID)
            let reference = ops.filter { $0.villageCode == nil }.map(\.op.opID)
            #expect(
                last.scopes == [
                    ScopeDigest.of(scope: "530102001001", opIDs: inVillage),
                    ScopeDigest.of(scope: ScopeDigest.reference, opIDs: reference),
                ])
            let townshipDigest = try await server.pullAll(township).last.scopes.first
            #expect(townshipDigest?.opCount == 8)
        }
    }

    @Test(arguments: TestBackend.available)
    func badCursorsAreRefused(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (red, _, _) = try await PullTests.scene(server)
            try await expectSyncError(.badRequest) { try await server.service.pull(PullQuery(after: -1), for: red) }
            try await expectSyncError(.badRequest) {
                try await server.service.pull(PullQuery(after: 0, limit: 0), for: red)
            }
        }
    }
}
