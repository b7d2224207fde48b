import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// `transitionItem` goes through `RectificationWorkflow` as the signed-in user.
struct WorkflowBoundaryTests {
    struct Setup {
        var store: StationStore
        var fixture: Fixture
        var secretary: User
        var other: User
        var item: RectificationItem
    }

    func setUp() throws -> Setup {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let village = fixture.village
        let secretary = User(
            name: "王书记", role: .firstSecretary, villageID: village.id, pinHash: "00", pinSalt: "00",
            pinIterations: 100_000)
        let other = User(
            name: "李网格", role: .cadre, villageID: village.id, pinHash: "00", pinSalt: "00", pinIterations: 100_000)
        let item = RectificationItem(
            villageID: village.id, scope: .village, source: .visit, category: .other, title: "村道破损",
            raisedBy: fixture.worker.id, raisedOn: try date("2025-03-01"))
        try store.write(author: nil) { writer in
            try writer.createUser(secretary)
            try writer.createUser(other)
            try writer.raiseItem(item)
        }
        return Setup(store: store, fixture: fixture, secretary: secretary, other: other, item: item)
    }

    func refusal<T>(_ body: () throws -> T) -> StoreError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? StoreError
        }
    }

    @Test func theRightPeopleMoveAnItemThroughItsLifeCycleAndEachMoveIsAnOp() throws {
        let setup = try setUp()
        let today = try date("2025-03-02")
        let assigned = try setup.store.write(author: setup.secretary.id) { writer in
            try writer.transitionItem(
                setup.item.id, .assign(owner: setup.fixture.worker.id, measures: "修补", deadline: today.adding(days: 9)),
                on: today)
        }
        #expect(assigned.state == .inProgress)
        #expect(assigned.ownerID == setup.fixture.worker.id)
        let submitted = try setup.store.write(author: setup.fixture.worker.id) { writer in
            try writer.transitionItem(setup.item.id, .submitForVerification(evidence: "已修补"), on: today)
        }
        #expect(submitted.state == .awaitingVerification)
        let ops = try setup.store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox WHERE kind = 'transition'")
        }
        #expect(ops == 2)
    }

    @Test func aRoleWithoutTheRightIsRefusedWithTheWorkflowMessage() throws {
        let setup = try setUp()
        let today = try date("2025-03-02")
        let error = refusal {
            try setup.store.write(author: setup.fixture.worker.id) { writer in
                try writer.transitionItem(
                    setup.item.id, .assign(owner: setup.fixture.worker.id, measures: "修补", deadline: today),
                    on: today)
            }
        }
        #expect(error?.code == .workflowRefused)
        #expect(error?.workflowError == .roleNotAllowed(role: .cadre, action: .assign, state: .pendingAssignment))
        #expect(
            error?.message
                == WorkflowError.roleNotAllowed(role: .cadre, action: .assign, state: .pendingAssignment).message)
        let item = try setup.store.read { db in try RectificationItem.fetch(db, id: setup.item.id.text) }
        #expect(item?.state == .pendingAssignment)
    }

    @Test func aCadreCannotSubmitAnItemTheyDoNotOwnNorAnIllegalMoveNorAMissingReason() throws {
        let setup = try setUp()
        let today = try date("2025-03-02")
        try setup.store.write(author: setup.secretary.id) { writer in
            try writer.transitionItem(
                setup.item.id, .assign(owner: setup.fixture.worker.id, measures: "修补", deadline: today), on: today)
        }
        let notOwner = refusal {
            try setup.store.write(author: setup.other.id) { writer in
                try writer.transitionItem(setup.item.id, .submitForVerification(evidence: "已修补"), on: today)
            }
        }
        #expect(notOwner?.workflowError == .notOwner(action: .submitForVerification))
        let illegal = refusal {
            try setup.store.write(author: setup.secretary.id) { writer in
                try writer.transitionItem(setup.item.id, .close(verificationNote: "已核实"), on: today)
            }
        }
        #expect(illegal?.workflowError == .illegalInState(action: .close, state: .inProgress))
        let noEvidence = refusal {
            try setup.store.write(author: setup.fixture.worker.id) { writer in
                try writer.transitionItem(setup.item.id, .submitForVerification(evidence: "  "), on: today)
            }
        }
        #expect(noEvidence?.workflowError == .missingEvidence)
        let anonymous = refusal {
            try setup.store.write(author: nil) { writer in
                try writer.transitionItem(setup.item.id, .submitForVerification(evidence: "已修补"), on: today)
            }
        }
        #expect(anonymous?.code == .invalidValue)
    }
}
