import CunzhanCore
import CunzhanSyncAPI
import Testing

@testable import CunzhanServer

@Suite struct TransitionTests {
    /// A red village station with its set-up and one raised item, and a township supervisor station.
    struct Scene {
        let server: TestServer
        let red: StationRecord
        let township: StationRecord
        var redMaker = OpMaker()
        var townshipMaker = OpMaker()
        let item: RectificationItem

        init(_ server: TestServer) async throws {
            self.server = server
            red = try await server.enroll("红旗村站", scopes: ["530102001001"]).station
            township = try await server.enroll("乡镇站", scopes: [World.township]).station
            item = server.world.item()
            let world = server.world
            let setUp =
                redMaker.setUp(world) + [redMaker.create(.rectificationItem, item.id, item, author: world.cadre)]
            let outcomes = try await server.push(setUp, from: red, as: redMaker)
            #expect(outcomes.allSatisfy { $0.isApplied })
            let supervisor = townshipMaker.create(.user, world.supervisor.id, world.supervisor, author: nil)
            #expect(try await server.push([supervisor], from: township, as: townshipMaker).first?.isApplied == true)
        }

        func move(_ from: RectificationState, _ to: RectificationState, reason: String = "", owner: User? = nil)
            -> ItemTransition
        {
            let world = server.world
            let deadline = owner == nil ? nil : CalendarDate(dayNumber: world.today.dayNumber + 10)
            return ItemTransition(
                from: from, to: to, reason: reason, date: world.today, ownerID: owner?.id,
                measures: owner == nil ? nil : "接通自来水", deadline: deadline)
        }
    }

    @Test(arguments: TestBackend.available)
    func anItemGoesThroughItsLifeCycleAcrossStations(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            var scene = try await Scene(server)
            let world = server.world
            let assign = scene.redMaker.transition(
                scene.item.id, scene.move(.pendingAssignment, .inProgress, owner: world.cadre), author: world.secretary)
            let submit = scene.redMaker.transition(
                scene.item.id, scene.move(.inProgress, .awaitingVerification, reason: "已接通"), author: world.cadre)
            let redOutcomes = try await server.push([assign, submit], from: scene.red, as: scene.redMaker)
            #expect(redOutcomes.allSatisfy { $0.isApplied }, "\(redOutcomes)")
            var close = scene.move(.awaitingVerification, .closed)
            close.verifierID = world.supervisor.id
            close.verificationNote = "实地查看，自来水已通"
            let closed = scene.townshipMaker.transition(scene.item.id, close, author: world.supervisor)
            #expect(
                try await server.push([closed], from: scene.township, as: scene.townshipMaker).first?.isApplied == true)
            let item = try await server.entity(.rectificationItem, scene.item.id)
            #expect(item?.fields["state"] == .string("closed"))
            #expect(item?.fields["ownerID"] == .string(world.cadre.id.description))
            #expect(item?.fields["closedOn"] == .string(world.today.description))
        }
    }

    @Test(arguments: TestBackend.available)
    func aRoleThatMayNotMakeATransitionIsRefused(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            var scene = try await Scene(server)
            let world = server.world
            let byCadre = scene.redMaker.transition(
                scene.item.id, scene.move(.pendingAssignment, .inProgress, owner: world.cadre), author: world.cadre)
            let outcomes = try await server.push([byCadre], from: scene.red, as: scene.redMaker)
            #expect(outcomes.first?.rejection?.code == .notAllowed)
            #expect(
                try await server.entity(.rectificationItem, scene.item.id)?.fields["state"]
                    == .string("pendingAssignment"))
        }
    }

    @Test(arguments: TestBackend.available)
    func aTransitionNoLongerLegalIsRejectedWithTheCurrentState(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            var scene = try await Scene(server)
            let world = server.world
            let assign = scene.move(.pendingAssignment, .inProgress, owner: world.cadre)
            let first = scene.redMaker.transition(scene.item.id, assign, author: world.secretary)
            let again = scene.redMaker.transition(scene.item.id, assign, author: world.secretary)
            let outcomes =
                try await server.push([first], from: scene.red, as: scene.redMaker)
                + server.push([again], from: scene.red, as: scene.redMaker)
            #expect(outcomes[0].isApplied)
            #expect(outcomes[1].rejection?.code == .illegalTransition)
            #expect(outcomes[1].rejection?.currentState == .inProgress)
        }
    }

    @Test(arguments: TestBackend.available)
    func aTransitionWithoutItsReasonIsAnInvalidValue(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            var scene = try await Scene(server)
            let world = server.world
            let assign = scene.redMaker.transition(
                scene.item.id, scene.move(.pendingAssignment, .inProgress, owner: world.cadre), author: world.secretary)
            let empty = scene.redMaker.transition(
                scene.item.id, scene.move(.inProgress, .awaitingVerification, reason: "  "), author: world.cadre)
            let outcomes = try await server.push([assign, empty], from: scene.red, as: scene.redMaker)
            #expect(outcomes[1].rejection?.code == .invalidValue)
            #expect(outcomes[1].rejection?.field == "整改佐证")
        }
    }

    @Test(arguments: TestBackend.available)
    func theStateCannotBePatched(_ backend: TestBackend) async throws {
        try await TestServer.run(backend) { server in
            var scene = try await Scene(server)
            let patch = scene.redMaker.patch(
                .rectificationItem, scene.item.id, ["state": .string("closed")],
                base: ["state": .string("pendingAssignment")], author: server.world.secretary)
            #expect(
                try await server.push([patch], from: scene.red, as: scene.redMaker).first?.rejection?.code
                    == .invalidValue)
        }
    }
}
