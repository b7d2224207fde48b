import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

/// The answers of form fields without a column of their own are stored, read back and synced (DESIGN.md §3).
@Suite struct FormAnswersTests {
    @Test func answersAreStoredAndReadBackWithEachRecord() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        var household = fixture.household("张三", number: "0001")
        household.answers = ["remarks": "独居老人", "long_absent": "是"]
        let head = Member(
            householdID: household.id, relation: .head, idNumber: try idNumber("53012419800101123"), name: "张三",
            answers: ["phone": "13912345678", "disability_grade": "二级"])
        let visit = Visit(
            householdID: household.id, date: try date("2025-03-01"), visitorID: fixture.worker.id,
            answers: ["visitor_name": "张网格", "county_extra": "有"])
        let inspection = Inspection(
            gridID: fixture.grid.id, householdID: household.id, inspectorID: fixture.worker.id,
            date: try date("2025-03-02"), method: .phone, result: .normal, answers: ["county_extra": "无"])
        try store.write(author: fixture.worker.id) { writer in
            try writer.createHousehold(household, members: [head])
            try writer.recordVisit(visit)
            try writer.recordInspection(inspection)
        }
        let snapshot = try store.snapshot()
        #expect(snapshot.households.first?.answers == household.answers)
        #expect(snapshot.members.first?.answers == head.answers)
        #expect(snapshot.visits.first?.answers == visit.answers)
        #expect(snapshot.inspections.first?.answers == inspection.answers)
    }

    @Test func createAndAppendOpsCarryTheAnswers() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        var household = fixture.household("张三", number: "0001")
        household.answers = ["remarks": "独居老人"]
        let visit = Visit(
            householdID: household.id, date: try date("2025-03-01"), visitorID: fixture.worker.id,
            answers: ["county_extra": "有"])
        try store.write(author: fixture.worker.id) { writer in
            try writer.createHousehold(household)
            try writer.recordVisit(visit)
        }
        let ops = try store.outboxOps().filter { $0.entityType == .household || $0.entityType == .visit }
        #expect(ops.count == 2)
        #expect(
            try ops.map { try JSONValue.parseObject($0.payload)["answers"] } == [
                .object(["remarks": .string("独居老人")]), .object(["county_extra": .string("有")]),
            ])
    }

    @Test func aPatchCarriesAnswersOnlyWhenTheyChanged() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        var household = fixture.household("张三", number: "0001")
        household.answers = ["remarks": "独居老人"]
        try store.write(author: fixture.worker.id) { try $0.createHousehold(household) }

        household.address = "和平村2号"
        try store.write(author: fixture.worker.id) { try $0.updateHousehold(household) }
        household.answers["long_absent"] = "是"
        try store.write(author: fixture.worker.id) { try $0.updateHousehold(household) }

        let patches = try store.outboxOps().filter { $0.kind == .patch }
        #expect(patches.count == 2)
        let first = try JSONValue.parseObject(patches[0].payload)
        #expect(first["answers"] == nil)
        #expect(first["address"] == .string("和平村2号"))
        let second = try JSONValue.parseObject(patches[1].payload)
        #expect(Set(second.keys) == ["answers"])
        #expect(second["answers"] == .object(["remarks": .string("独居老人"), "long_absent": .string("是")]))
        let base = try JSONValue.parseObject(patches[1].base ?? "{}")
        #expect(base["answers"] == .object(["remarks": .string("独居老人")]))
    }

    @Test func aMemberPatchCarriesAnswersOnlyWhenTheyChanged() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let household = fixture.household("张三", number: "0001")
        var head = Member(
            householdID: household.id, relation: .head, idNumber: try idNumber("53012419800101123"), name: "张三")
        try store.write(author: fixture.worker.id) { try $0.createHousehold(household, members: [head]) }
        head.insured = false
        try store.write(author: fixture.worker.id) { try $0.updateMember(head) }
        head.answers = ["phone": "13912345678"]
        try store.write(author: fixture.worker.id) { try $0.updateMember(head) }

        let patches = try store.outboxOps().filter { $0.kind == .patch && $0.entityType == .member }
        #expect(patches.count == 2)
        #expect(try JSONValue.parseObject(patches[0].payload)["answers"] == nil)
        #expect(try Set(JSONValue.parseObject(patches[1].payload).keys) == ["answers"])
        #expect(try JSONValue.parseObject(patches[1].base ?? "{}")["answers"] == .object([:]))
    }

    @Test func aCreateOpWrittenBeforeAnswersWereKeptStillReplays() throws {
        let source = try makeStore()
        let fixture = try Fixture(store: source)
        let household = fixture.household("张三", number: "0001")
        try source.write(author: fixture.worker.id) { try $0.createHousehold(household) }
        let replica = try makeStore()
        let ops = try source.outboxOps().map { op in
            var op = op
            guard op.entityType == .household, var fields = try? JSONValue.parseObject(op.payload) else { return op }
            fields["answers"] = nil
            op.payload = ColumnCoding.json(JSONValue.object(fields))
            return op
        }
        #expect(ops.contains { $0.entityType == .household && !$0.payload.contains("answers") })
        try replica.apply(ops)
        #expect(try replica.household(household.id)?.answers == [:])
    }

    @Test func theAnswersColumnRefusesTextThatIsNotJSON() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let household = fixture.household("张三", number: "0001")
        try store.write(author: fixture.worker.id) { try $0.createHousehold(household) }
        #expect(throws: (any Error).self) {
            try store.pool.write { db in
                try db.execute(
                    sql: "UPDATE households SET answers = 'not json' WHERE id = ?", arguments: [household.id.text])
            }
        }
    }
}
