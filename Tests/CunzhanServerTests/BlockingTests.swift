import CunzhanCore
import CunzhanSyncAPI
import Foundation
import Testing

@testable import CunzhanServer

/// A rejected op holds back its station's later ops on the same record across pushes, until a fix or a
/// discard (DESIGN.md §4, `EntityBlock`).
@Suite struct BlockingTests {
    /// The red village set up, then a patch of the household's phone that the server refuses.
    private static func rejectedPhone(
        _ server: TestServer, _ station: StationRecord, _ maker: inout OpMaker
    ) async throws -> Op {
        _ = try await server.push(maker.setUp(server.world), from: station, as: maker)
        let badPhone = maker.patch(
            .household, server.world.household.id, ["phone": .string("12345")],
            base: ["phone": .string("13800138000")], author: server.world.cadre)
        let outcome = try await server.push([badPhone], from: station, as: maker)
        #expect(outcome.first?.rejection?.code == .invalidValue)
        return badPhone
    }

    private static func laterAddress(_ world: World, _ maker: inout OpMaker) -> Op {
        maker.patch(
            .household, world.household.id, ["address": .string("红旗村一组2号")],
            base: ["address": .string("红旗村一组1号")], author: world.cadre)
    }

    @Test(arguments: TestBackend.available)
    func aRejectedOpBlocksTheStationsLaterOpsOnThatRecordInLaterPushes(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let world = server.world
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            let badPhone = try await BlockingTests.rejectedPhone(server, station, &maker)
            let later = BlockingTests.laterAddress(world, &maker)
            let otherRecord = maker.visit(world, author: world.cadre)
            let outcomes = try await server.push([later, otherRecord], from: station, as: maker)
            #expect(outcomes[0].rejection?.code == .blocked)
            #expect(outcomes[0].rejection?.message.contains(String(badPhone.opID.prefix(8))) == true)
            #expect(outcomes[1].isApplied)
            #expect(try await server.entity(.household, world.household.id)?.fields["address"] == .string("红旗村一组1号"))

            // Another station of the village is not held back by this station's refusal.
            let (other, _) = try await server.enroll("红旗村二站", scopes: ["530102001001"])
            var otherMaker = OpMaker()
            let otherPatch = otherMaker.patch(
                .household, world.household.id, ["address": .string("红旗村一组3号")],
                base: ["address": .string("红旗村一组1号")], author: world.cadre)
            #expect(try await server.push([otherPatch], from: other, as: otherMaker).first?.isApplied == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func aFixInTheRejectedOpsGroupLiftsTheBlock(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let world = server.world
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            let badPhone = try await BlockingTests.rejectedPhone(server, station, &maker)
            let later = BlockingTests.laterAddress(world, &maker)
            #expect(try await server.push([later], from: station, as: maker).first?.rejection?.code == .blocked)
            var fix = maker.patch(
                .household, world.household.id, ["phone": .string("13900139000")],
                base: ["phone": .string("13800138000")], author: world.cadre)
            fix.txGroup = badPhone.txGroup
            #expect(try await server.push([fix, later], from: station, as: maker).allSatisfy(\.isApplied))
            let household = try await server.entity(.household, world.household.id)
            #expect(household?.fields["phone"] == .string("13900139000"))
            #expect(household?.fields["address"] == .string("红旗村一组2号"))
        }
    }

    @Test(arguments: TestBackend.available)
    func aDiscardOpLiftsTheBlockIsKeptAndChangesNoRecord(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let world = server.world
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            let badPhone = try await BlockingTests.rejectedPhone(server, station, &maker)
            let before = try await server.entity(.household, world.household.id)
            let discard = maker.op(
                .household, world.household.id.description, .discard,
                payload: JSON.text(of: ["discardedOpID": .string(badPhone.opID), "reason": .string("号码抄错了，不改了")]),
                author: world.cadre)
            let outcome = try await server.push([discard], from: station, as: maker)
            #expect(outcome.first?.isApplied == true)
            #expect(try await server.entity(.household, world.household.id) == before)
            #expect(
                try await server.push([discard], from: station, as: maker).first?.serverSeq == outcome.first?.serverSeq)

            let later = BlockingTests.laterAddress(world, &maker)
            #expect(try await server.push([later], from: station, as: maker).first?.isApplied == true)

            // Kept in the stream and passed on to the village's stations, with its reason.
            let (township, _) = try await server.enroll("乡镇站", scopes: [World.township])
            let pulled = try await server.pullAll(township).ops.filter { $0.op.kind == .discard }
            #expect(pulled.map(\.op.opID) == [discard.opID])
            #expect(pulled.first?.villageCode == world.red.code)
        }
    }

    @Test(arguments: TestBackend.available)
    func aDiscardWithoutAReasonIsRejectedAndLiftsNothing(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let world = server.world
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            let badPhone = try await BlockingTests.rejectedPhone(server, station, &maker)
            let discard = maker.op(
                .household, world.household.id.description, .discard,
                payload: JSON.text(of: ["discardedOpID": .string(badPhone.opID), "reason": .string("  ")]),
                author: world.cadre)
            let refused = try await server.push([discard], from: station, as: maker).first?.rejection
            #expect(refused?.code == .invalidValue)
            #expect(refused?.field == "reason")
            let later = BlockingTests.laterAddress(world, &maker)
            #expect(try await server.push([later], from: station, as: maker).first?.rejection?.code == .blocked)
        }
    }

    @Test(arguments: TestBackend.available)
    func anEarlierOpOfTheRecordArrivingLateIsNotHeldBack(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            let world = server.world
            let (station, _) = try await server.enroll("红旗村站", scopes: ["530102001001"])
            var maker = OpMaker()
            let setUp = maker.setUp(world)
            let later = BlockingTests.laterAddress(world, &maker)
            // The later batch reaches the server first (a delayed or reordered push).
            #expect(try await server.push([later], from: station, as: maker).first?.rejection?.code == .unknownEntity)
            #expect(try await server.push(setUp, from: station, as: maker).allSatisfy(\.isApplied))
            #expect(try await server.push([later], from: station, as: maker).first?.isApplied == true)
        }
    }

    @Test func aDiscardOpRoundTripsThroughThePushBody() throws {
        var maker = OpMaker()
        let discard = maker.op(
            .visit, UUID().uuidString.lowercased(), .discard,
            payload: JSON.text(of: ["discardedOpID": .string("abc"), "reason": .string("重复录入")]), author: nil)
        let body = try SyncCoding.encode(PushRequest(stationID: maker.stationID, ops: [discard]))
        #expect(String(decoding: body, as: UTF8.self).contains(#""kind":"discard""#))
        #expect(try SyncCoding.decode(PushRequest.self, from: body).ops == [discard])
    }
}
