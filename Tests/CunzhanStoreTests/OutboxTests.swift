import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

@Suite struct OutboxTests {
    @Test func everyWriteAppendsItsOpInTheSameTransaction() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        #expect(try count(store, "outbox") == 4)
        let household = fixture.household("张三", number: "0001", phone: "13812345678")
        let head = Member(
            householdID: household.id, relation: .head, idNumber: try idNumber("53012419800101001"), name: "张三")
        try store.write(author: fixture.worker.id) { writer in try writer.createHousehold(household, members: [head]) }
        let ops = try store.outboxOps(afterSeq: 4)
        #expect(ops.map(\.entityType) == [.household, .member])
        #expect(ops.map(\.kind) == [.create, .create])
        #expect(ops[0].txGroup == ops[1].txGroup)
        #expect(ops.allSatisfy { $0.author == fixture.worker.id.description && $0.stationID == store.stationID })
        #expect(ops[0].hlc < ops[1].hlc)

        var changed = household
        changed.phone = nil
        changed.address = "和平村2号"
        try store.write(author: nil) { writer in try writer.updateHousehold(changed) }
        let patch = try #require(try store.outboxOps(afterSeq: 6).first)
        #expect(patch.kind == .patch)
        #expect(patch.payload == #"{"address":"和平村2号","phone":null}"#)
        #expect(patch.base == #"{"address":"和平村1号","phone":"13812345678"}"#)
    }

    @Test func aFailingWriteLeavesNeitherRowsNorOps() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let before = try count(store, "outbox")
        let first = fixture.household("李四", number: "0001")
        let duplicateNumber = fixture.household("王五", number: "0001")
        #expect(throws: StoreError.self) {
            try store.write(author: nil) { writer in
                try writer.createHousehold(first)
                try writer.createHousehold(duplicateNumber)
            }
        }
        #expect(try count(store, "households") == 0)
        #expect(try count(store, "outbox") == before)
    }

    @Test func aDuplicateIDNumberIsRefusedNamingTheHouseholdThatHasIt() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let number = try idNumber("53012419800101001")
        let first = fixture.household("张三", number: "0001")
        let second = fixture.household("李四", number: "0002")
        try store.write(author: nil) { writer in
            try writer.createHousehold(
                first, members: [Member(householdID: first.id, relation: .head, idNumber: number, name: "张三")])
            try writer.createHousehold(second)
        }
        do {
            try store.write(author: nil) { writer in
                try writer.addMember(Member(householdID: second.id, relation: .head, idNumber: number, name: "李四"))
            }
            Issue.record("duplicate accepted")
        } catch {
            #expect(error.code == .duplicateIDNumber)
            #expect(error.message.contains("0001") && error.message.contains("张三"))
        }
    }

    @Test func aTransitionFromAStateTheItemIsNotInIsRefused() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let item = RectificationItem(
            villageID: fixture.village.id, scope: .village, source: .supervision, category: .policy, title: "公示栏未更新",
            raisedBy: fixture.worker.id, raisedOn: try date("2025-03-01"))
        try store.write(author: nil) { writer in try writer.raiseItem(item) }
        do {
            try store.write(author: nil) { writer in
                try writer.recordTransition(
                    item.id, ItemTransition(from: .inProgress, to: .awaitingVerification, date: try date("2025-03-02")))
            }
            Issue.record("stale transition accepted")
        } catch {
            #expect(error.code == .staleState)
        }
        #expect(try store.item(item.id)?.state == .pendingAssignment)
    }

    @Test func unknownEntitiesGiveATypedError() throws {
        let store = try makeStore()
        _ = try Fixture(store: store)
        do {
            try store.write(author: nil) { writer in
                try writer.recordVisit(
                    Visit(householdID: HouseholdID(), date: try date("2025-01-02"), visitorID: UserID()))
            }
            Issue.record("visit to a missing household accepted")
        } catch {
            #expect(error.code == .unknownEntity)
        }
    }
}

/// The pending count the top bar shows is kept by triggers; it must always equal a count of the outbox.
@Suite struct OutboxCountTests {
    @Test func pendingCountFollowsInsertsAndStateChangesInTheSameTransaction() throws {
        let store = try makeStore()
        var generator = DemoGenerator(households: 20, seed: 3, endDate: DemoGenerator.fixedEndDate)
        try generator.generate(into: store) { _ in }
        let counted = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox WHERE state = 'pending'") ?? -1
        }
        #expect(counted > 5)
        #expect(try store.pendingOpCount() == counted)
        try store.pool.write { db in
            try db.execute(sql: "UPDATE outbox SET state = 'sent' WHERE local_seq <= 5")
            // Setting the same state again must not count twice.
            try db.execute(sql: "UPDATE outbox SET state = 'sent' WHERE local_seq <= 5")
        }
        #expect(try store.pendingOpCount() == counted - 5)
        let sent = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT op_count FROM outbox_counts WHERE state = 'sent'")
        }
        #expect(sent == 5)
    }
}
