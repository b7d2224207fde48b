import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// The outbox invariant: replaying a store's ops into an empty store rebuilds the same domain rows.
@Suite struct ReplayTests {
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func opsReplayedIntoAnEmptyStoreRebuildTheSameRows(seed: UInt64) throws {
        let source = try makeStore()
        let fixture = try Fixture(store: source)
        var random = SeededGenerator(seed: seed)
        var households: [Household] = []
        var items: [RectificationItem] = []
        var visits: [Visit] = []
        var inspections: [Inspection] = []
        var grid = fixture.grid
        var serial = 0
        for _ in 0..<120 {
            serial += 1
            let choice = households.isEmpty ? 0 : Int.random(in: 0..<11, using: &random)
            try source.write(author: fixture.worker.id) { writer in
                switch choice {
                case 0:
                    var household = fixture.household(
                        random.pick(["张三", "李四", "王五", "欧阳娜"]), number: String(1000 + serial),
                        phone: random.chance(50) ? "1391234\(1000 + serial)" : nil)
                    household.answers = random.chance(50) ? ["remarks": "备注\(serial)"] : [:]
                    let head = Member(
                        householdID: household.id, relation: .head,
                        idNumber: try idNumber("530124198001\(10 + serial % 18)\(100 + serial)"),
                        name: household.headName, answers: random.chance(50) ? ["phone": "1390000\(serial)"] : [:])
                    try writer.createHousehold(household, members: [head])
                    households.append(household)
                case 1:
                    var household = random.pick(households)
                    household.phone = random.chance(50) ? nil : "1380000\(1000 + serial)"
                    household.monitoringCategory = random.chance(50) ? .suddenHardship : nil
                    household.risks = random.chance(50) ? [.illness, .disaster] : []
                    household.population = Int.random(in: 1...6, using: &random)
                    if random.chance(50) {
                        household.answers["long_absent"] = random.pick(["是", "否"])
                        household.answers["remarks"] = random.chance(50) ? nil : "备注\(serial)"
                    }
                    try writer.updateHousehold(household)
                    households[households.firstIndex { $0.id == household.id } ?? 0] = household
                case 2:
                    let visit = Visit(
                        householdID: random.pick(households).id,
                        date: try date("2025-0\(Int.random(in: 1...9, using: &random))-15"),
                        visitorID: fixture.worker.id, incomeEstimate: random.chance(50) ? Money(fen: 1_234_500) : nil,
                        notes: "走访\(serial)",
                        answers: random.chance(50) ? ["visitor_name": "张网格", "county_extra": "答\(serial)"] : [:])
                    try writer.recordVisit(visit)
                    visits.append(visit)
                case 3:
                    let inspection = Inspection(
                        gridID: fixture.grid.id, householdID: random.pick(households).id,
                        inspectorID: fixture.worker.id,
                        date: try date("2025-04-01"), method: .phone, result: .normal,
                        answers: random.chance(50) ? ["county_extra": "排查\(serial)"] : [:])
                    try writer.recordInspection(inspection)
                    inspections.append(inspection)
                case 7:
                    // Grid management: households in and out of the grid, 长期外出, the grid itself edited.
                    let household = random.pick(households)
                    try writer.assignHouseholds([household.id], to: random.chance(70) ? grid.id : nil)
                    try writer.setLongAbsent(household.id, random.chance(50))
                    grid.name = "第\(serial)网格"
                    grid.deputyID = random.chance(50) ? nil : fixture.worker.id
                    grid.workerID = grid.deputyID == nil ? fixture.worker.id : nil
                    try writer.updateGrid(grid)
                case 8:
                    guard let old = inspections.popLast() else { return }
                    let correction = Inspection(
                        gridID: old.gridID, householdID: old.householdID, inspectorID: fixture.worker.id,
                        date: try date("2025-04-02"), method: .inPerson, result: .problemFound, notes: "更正\(serial)")
                    try writer.correctInspection(old.id, with: correction)
                    inspections.append(correction)
                case 9:
                    guard let inspection = inspections.popLast() else { return }
                    try writer.voidRecord(.inspection, id: inspection.id.description, reason: "重复登记")
                case 10:
                    try writer.setInspectionCycle(of: fixture.village.id, months: random.pick([1, 2, 3, 6]))
                case 4:
                    let item = RectificationItem(
                        villageID: fixture.village.id, scope: .household, householdID: random.pick(households).id,
                        source: .visit, category: .housing, title: "危房\(serial)", raisedBy: fixture.worker.id,
                        raisedOn: try date("2025-05-01"))
                    try writer.raiseItem(item)
                    items.append(item)
                case 5:
                    guard let index = items.indices.randomElement(using: &random) else { return }
                    let item = items[index]
                    let next: ItemTransition? =
                        switch item.state {
                        case .pendingAssignment:
                            ItemTransition(
                                from: .pendingAssignment, to: .inProgress, date: try date("2025-05-02"),
                                ownerID: fixture.worker.id,
                                measures: "维修", deadline: try date("2025-06-01"))
                        case .inProgress:
                            ItemTransition(from: .inProgress, to: .awaitingVerification, date: try date("2025-05-20"))
                        case .awaitingVerification:
                            ItemTransition(
                                from: .awaitingVerification, to: .closed, date: try date("2025-05-25"),
                                verifierID: fixture.worker.id)
                        case .closed:
                            ItemTransition(from: .closed, to: .inProgress, reason: "回头看", date: try date("2025-07-01"))
                        }
                    if let next {
                        items[index] = try writer.recordTransition(item.id, next)
                        // Progress is the owner's report on an item in work (issue 6).
                        guard items[index].state == .inProgress else { return }
                        try writer.addProgress(
                            ProgressEntry(
                                itemID: item.id, authorID: fixture.worker.id, date: try date("2025-05-10"),
                                text: "进展\(serial)"))
                    }
                default:
                    guard let visit = visits.popLast() else { return }
                    try writer.voidRecord(.visit, id: visit.id.description, reason: "录错了")
                }
            }
        }
        let replica = try makeStore()
        var after: Int64 = 0
        while true {
            let ops = try source.outboxOps(afterSeq: after, limit: 37)
            guard let last = ops.last else { break }
            try replica.apply(ops)
            after = last.localSeq
        }
        #expect(try replica.snapshot() == source.snapshot())
        #expect(try replica.check().isHealthy)
        // Applying the same ops again changes nothing.
        try replica.apply(try source.outboxOps(limit: 10_000))
        #expect(try replica.snapshot() == source.snapshot())
    }
}
