import CunzhanCore
import CunzhanSyncAPI
import Testing

@testable import CunzhanServer

@Suite struct PushTests {
    @Test(arguments: TestBackend.available)
    func setUpOpsApplyInOrderWithRisingServerSequence(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            let outcomes = try await server.push(maker.setUp(server.world), from: station, as: maker)
            #expect(outcomes.allSatisfy { $0.isApplied }, "\(outcomes)")
            let seqs = outcomes.compactMap(\.serverSeq)
            #expect(seqs == seqs.sorted() && Set(seqs).count == 6)
            #expect(try await server.opCount() == 6)
            let household = try await server.entity(.household, server.world.household.id)
            #expect(household?.villageCode == "530102001001")
        }
    }

    @Test(arguments: TestBackend.available)
    func resendingABatchAfterALostAnswerIsDuplicateAndChangesNothing(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            let ops = maker.setUp(server.world) + [maker.visit(server.world, author: server.world.cadre)]
            let first = try await server.push(ops, from: station, as: maker)
            let again = try await server.push(ops, from: station, as: maker)
            #expect(again == first.map { OpOutcome.duplicate(serverSeq: $0.serverSeq ?? -1) })
            #expect(try await server.opCount() == Int64(ops.count))
        }
    }

    @Test(arguments: TestBackend.available)
    func aRejectedOpBlocksOnlyLaterOpsOnTheSameRecord(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let world = server.world
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            _ = try await server.push(maker.setUp(world), from: station, as: maker)
            let badPhone = maker.patch(
                .household, world.household.id, ["phone": .string("12345")], base: ["phone": .string("13800138000")],
                author: world.cadre)
            let laterSameHousehold = maker.patch(
                .household, world.household.id, ["address": .string("红旗村一组2号")],
                base: ["address": .string("红旗村一组1号")], author: world.cadre)
            let visit = world.visit()
            let otherRecord = maker.append(.visit, visit.id, visit, author: world.cadre)
            let outcomes = try await server.push([badPhone, laterSameHousehold, otherRecord], from: station, as: maker)
            #expect(outcomes[0].rejection?.code == .invalidValue)
            #expect(outcomes[0].rejection?.field == "联系电话")
            #expect(outcomes[1].rejection?.code == .blocked)
            #expect(outcomes[2].isApplied)
            let household = try await server.entity(.household, world.household.id)
            #expect(household?.fields["phone"] == .string("13800138000"))
            #expect(household?.fields["address"] == .string("红旗村一组1号"))
        }
    }

    @Test(arguments: TestBackend.available)
    func aRejectedOpIsEvaluatedAgainWhenResent(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let world = server.world
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            let setUp = maker.setUp(world)
            let visit = world.visit()
            let early = maker.append(.visit, visit.id, visit, author: world.cadre)
            #expect(try await server.push([early], from: station, as: maker).first?.rejection?.code == .unknownEntity)
            _ = try await server.push(setUp, from: station, as: maker)
            #expect(try await server.push([early], from: station, as: maker).first?.isApplied == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func aPatchOnAStaleBaseIsAppliedAndFlaggedWithTheServerValue(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let world = server.world
            let (red, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            let (township, _) = try await server.enroll("乡镇站", scopes: ["530102001"])
            var first = OpMaker()
            _ = try await server.push(first.setUp(world), from: red, as: first)
            var second = OpMaker()
            let base: [String: JSON] = ["address": .string("红旗村一组1号"), "population": .integer(4)]
            let mine = first.patch(
                .household, world.household.id, ["address": .string("一组3号")], base: base, author: world.cadre)
            let theirs = second.patch(
                .household, world.household.id, ["address": .string("一组5号"), "population": .integer(5)], base: base,
                author: world.secretary)
            #expect(try await server.push([mine], from: red, as: first).first?.isApplied == true)
            let outcome = try await server.push([theirs], from: township, as: second).first
            guard case .conflict(let seq, let current) = outcome else {
                Issue.record("expected a conflict, got \(String(describing: outcome))")
                return
            }
            #expect(current == ["address": .string("一组3号")])
            #expect(seq > 0)
            let household = try await server.entity(.household, world.household.id)
            #expect(household?.fields["address"] == .string("一组5号"))
            #expect(household?.fields["population"] == .integer(5))
        }
    }

    @Test(arguments: TestBackend.available)
    func opsOutsideTheStationsScopeAreRefused(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let world = server.world
            let (red, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            let (east, _) = try await server.enroll("东风村站", scopes: ["530102001002"])
            var redMaker = OpMaker()
            _ = try await server.push(redMaker.setUp(world), from: red, as: redMaker)
            var eastMaker = OpMaker()
            let otherTownship = Village(code: "530102002001", name: "外乡村")
            let outcomes = try await server.push(
                [
                    eastMaker.create(.village, world.east.id, world.east, author: nil),
                    eastMaker.patch(
                        .household, world.household.id, ["address": .string("外村改的")],
                        base: ["address": .string("红旗村一组1号")], author: nil),
                    eastMaker.create(.village, otherTownship.id, otherTownship, author: nil),
                ], from: east, as: eastMaker)
            #expect(outcomes[0].isApplied)
            #expect(outcomes[1].rejection?.code == .outOfScope)
            #expect(outcomes[2].rejection?.code == .outOfScope)
            #expect(try await server.entity(.household, world.household.id)?.fields["address"] == .string("红旗村一组1号"))
        }
    }

    @Test(arguments: TestBackend.available)
    func recordsNeedTheirParentAndARoleThatMayWriteThem(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let world = server.world
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            _ = try await server.push(maker.setUp(world), from: station, as: maker)
            let noAuthorVisit = maker.visit(world, author: nil)
            let adminVisit = world.visit(by: world.admin)
            let byAdmin = maker.append(.visit, adminVisit.id, adminVisit, author: world.admin)
            let unknownPatch = maker.patch(
                .household, HouseholdID(), ["address": .string("x")], base: [:], author: world.cadre)
            let outcomes = try await server.push([noAuthorVisit, byAdmin, unknownPatch], from: station, as: maker)
            #expect(outcomes.map { $0.rejection?.code } == [.notAllowed, .notAllowed, .unknownEntity])
        }
    }

    @Test(arguments: TestBackend.available)
    func theServerNeverKeepsOrPassesOnPINHashes(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            _ = try await server.push(maker.setUp(server.world), from: station, as: maker)
            let user = try await server.entity(.user, server.world.cadre.id)
            #expect(user?.fields["role"] == .string("cadre"))
            #expect(user?.fields["pinHash"] == nil && user?.fields["pinSalt"] == nil)
            let pulled = try await server.pullAll(station).ops.filter { $0.op.entityType == .user }
            #expect(pulled.count == 3)
            #expect(pulled.allSatisfy { !$0.op.payload.contains("pin") })
        }
    }

    @Test(arguments: TestBackend.available)
    func aBatchNamingAnotherStationIsRefusedWhole(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            var ops = maker.setUp(server.world)
            ops[2].stationID = "station-other"
            try await expectSyncError(.stationMismatch) {
                try await server.service.push(PushRequest(stationID: maker.stationID, ops: ops), from: station)
            }
            _ = try await server.push(Array(ops.prefix(2)), from: station, as: maker)
            try await expectSyncError(.stationMismatch) {
                try await server.service.push(PushRequest(stationID: "station-other", ops: []), from: station)
            }
            #expect(try await server.opCount() == 2)
        }
    }
}
