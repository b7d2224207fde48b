import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

/// The store's coverage: per grid, 未分配, per village; voids, corrections, moves and 长期外出 as the rule says.
@Suite struct CoverageQueryTests {
    @Test func theBoardCountsEachGridUnassignedAndTheVillage() throws {
        let fixture = try GridFixture()
        let board = try fixture.board()
        #expect(board.cycle == InspectionCycle(containing: GridFixture.today, months: 1))
        #expect(board.daysLeft == 17)
        #expect(fixture.tally(fixture.first, in: board) == CoverageTally(reached: 2, total: 3))
        #expect(fixture.tally(fixture.second, in: board) == CoverageTally(reached: 0, total: 1))
        #expect(board.unassigned == CoverageTally(reached: 0, total: 1))
        #expect(board.villageTally == CoverageTally(reached: 2, total: 5))
        #expect(board.villages.map(\.tally) == [CoverageTally(reached: 2, total: 5)])
        #expect(board.grids.map(\.workerName) == ["张网格", "李网格"])
    }

    @Test func aGridWorkerSeesTheirOwnGridsFirst() throws {
        let fixture = try GridFixture()
        #expect(try fixture.board(user: fixture.li.id).grids.map(\.name) == ["第二网格", "第一网格"])
        // 张网格 is 第一网格's worker and 第二网格's deputy: both are theirs, in name order.
        #expect(try fixture.board(user: fixture.zhang.id).grids.map(\.isOwn) == [true, true])
    }

    @Test func unreachedListsFollowTheRuleAndUnassignedAreListed() throws {
        let fixture = try GridFixture()
        let cycle = try fixture.board().cycle
        let unreached = try fixture.store.coverageHouseholds(
            CoverageQuery(villageID: fixture.village.id, gridID: fixture.first.id, cycle: cycle, onlyUnreached: true),
            limit: 10)
        #expect(unreached.map(\.headName) == ["李二"])
        let all = try fixture.store.coverageHouseholds(
            CoverageQuery(villageID: fixture.village.id, gridID: fixture.first.id, cycle: cycle, onlyUnreached: false),
            limit: 10)
        #expect(all.map(\.reached) == [true, false, true])
        let unassigned = CoverageQuery(villageID: fixture.village.id, gridID: nil, cycle: cycle, onlyUnreached: false)
        #expect(try fixture.store.coverageHouseholds(unassigned, limit: 10).map(\.headName) == ["钱五"])
        #expect(try fixture.store.coverageHouseholdCount(unassigned) == 1)
        // Keyset pages in both directions.
        #expect(
            try fixture.store.coverageHouseholds(
                CoverageQuery(
                    villageID: fixture.village.id, gridID: fixture.first.id, cycle: cycle, onlyUnreached: false),
                afterNumber: "0001", limit: 1
            ).map(\.householdNumber) == ["0002"])
        #expect(
            try fixture.store.coverageHouseholds(
                CoverageQuery(
                    villageID: fixture.village.id, gridID: fixture.first.id, cycle: cycle, onlyUnreached: false),
                beforeNumber: "0003", limit: 5
            ).map(\.householdNumber) == ["0001", "0002"])
    }

    @Test func historyFiltersByGridInspectorCycleResultAndText() throws {
        let fixture = try GridFixture()
        let march = InspectionCycle(containing: GridFixture.today, months: 1)
        let page = { (filter: InspectionFilter) in
            try fixture.store.inspectionPage(filter, after: nil, limit: 20).map(\.headName)
        }
        #expect(try page(InspectionFilter()) == ["李二", "张一", "赵四", "王三"])
        #expect(try page(InspectionFilter(cycle: march)) == ["李二", "张一"])
        #expect(try page(InspectionFilter(gridID: fixture.second.id)) == ["赵四"])
        #expect(try page(InspectionFilter(inspectorID: fixture.li.id)).isEmpty)
        #expect(try page(InspectionFilter(result: .problemFound)).isEmpty)
        #expect(try page(InspectionFilter(text: "ws")) == ["王三"])
        #expect(try page(InspectionFilter(text: "第二村民")) == ["赵四"])
        #expect(try fixture.store.inspectionCount(InspectionFilter(cycle: march)) == 2)
        // Keyset: the page after the first row, and the page before the last.
        let all = try fixture.store.inspectionPage(InspectionFilter(), after: nil, limit: 20)
        #expect(
            try fixture.store.inspectionPage(InspectionFilter(), after: all[0].cursor, limit: 2).map(\.headName)
                == ["张一", "赵四"])
        #expect(
            try fixture.store.inspectionPage(InspectionFilter(), before: all[3].cursor, limit: 2).map(\.headName)
                == ["张一", "赵四"])
    }

    @Test func writerRefusesBadDatesBadCorrectionsAndBadGrids() throws {
        let fixture = try GridFixture()
        #expect(throws: StoreError.self) { try fixture.inspect(1, on: "2026-03-16", .inPerson) }
        #expect(throws: StoreError.self) { try fixture.inspect(1, on: "2019-12-31", .inPerson) }
        let visit = try fixture.inspect(1, on: "2026-03-10", .inPerson)
        let correction = { (household: Int) in
            Inspection(
                gridID: fixture.first.id, householdID: fixture.households[household].id, inspectorID: fixture.zhang.id,
                date: try date("2026-03-11"), method: .phone, result: .normal)
        }
        #expect(throws: StoreError.self) {
            try fixture.store.write(author: nil) { try $0.correctInspection(visit.id, with: correction(0)) }
        }
        try fixture.store.write(author: nil) { try $0.correctInspection(visit.id, with: correction(1)) }
        do {
            try fixture.store.write(author: nil) { try $0.correctInspection(visit.id, with: correction(1)) }
            Issue.record("a second correction of the same record was accepted")
        } catch {
            #expect(error.message.contains("已经更正过"))
        }
        var clash = fixture.second
        clash.name = "第一网格"
        do {
            try fixture.store.write(author: nil) { try $0.updateGrid(clash) }
            Issue.record("a duplicate grid name was accepted")
        } catch {
            #expect(error.message.hasPrefix("网格名称："))
        }
        var sameDeputy = fixture.second
        sameDeputy.deputyID = fixture.li.id
        #expect(throws: StoreError.self) { try fixture.store.write(author: nil) { try $0.updateGrid(sameDeputy) } }
        #expect(try fixture.store.check().isHealthy)
    }

    @Test func bulkAssignmentByGroupMovesTheGroupsHouseholdsWithAPatchEach() throws {
        let fixture = try GridFixture()
        let opsBefore = try fixture.store.outboxOps(limit: 10_000).count
        let moved = try fixture.store.write(author: nil) { try $0.assignGroupHouseholds(to: fixture.second.id) }
        #expect(moved == 1)
        #expect(try fixture.store.household(fixture.households[4].id)?.gridID == fixture.second.id)
        let ops = try fixture.store.outboxOps(limit: 10_000).dropFirst(opsBefore)
        #expect(ops.map(\.kind) == [.patch])
        #expect(ops.first?.payload.contains("gridID") == true)
    }

    @Test func aVoidedVisitAndACorrectionToAPhoneCallUnreachAHousehold() throws {
        let fixture = try GridFixture()
        let visit = try fixture.inspect(1, on: "2026-03-10", .inPerson)
        #expect(try fixture.tally(fixture.first, in: fixture.board()) == CoverageTally(reached: 3, total: 3))
        try fixture.store.write(author: fixture.zhang.id) {
            try $0.voidRecord(.inspection, id: visit.id.description, reason: "录错了户")
        }
        #expect(try fixture.tally(fixture.first, in: fixture.board()) == CoverageTally(reached: 2, total: 3))
        let again = try fixture.inspect(1, on: "2026-03-11", .inPerson)
        let correction = Inspection(
            gridID: fixture.first.id, householdID: fixture.households[1].id, inspectorID: fixture.zhang.id,
            date: try date("2026-03-11"), method: .phone, result: .normal)
        try fixture.store.write(author: fixture.zhang.id) { try $0.correctInspection(again.id, with: correction) }
        #expect(try fixture.tally(fixture.first, in: fixture.board()) == CoverageTally(reached: 2, total: 3))
        // The original is superseded: the history lists only the correction.
        let history = try fixture.store.inspectionPage(
            InspectionFilter(householdID: fixture.households[1].id), after: nil, limit: 10)
        #expect(history.map(\.id) == [correction.id, fixture.lastPhoneCall(of: 1)].compactMap { $0 })
        #expect(history.first?.isCorrection == true)
    }

    @Test func aHouseholdMovedMidCycleCountsForItsNewGridWithItsVisit() throws {
        let fixture = try GridFixture()
        try fixture.store.write(author: fixture.zhang.id) { writer in
            try writer.assignHouseholds([fixture.households[0].id], to: fixture.second.id)
        }
        let board = try fixture.board()
        #expect(fixture.tally(fixture.first, in: board) == CoverageTally(reached: 1, total: 2))
        #expect(fixture.tally(fixture.second, in: board) == CoverageTally(reached: 1, total: 2))
        #expect(board.villageTally == CoverageTally(reached: 2, total: 5))
    }

    @Test func longAbsentAndCycleLengthChangeWhatCounts() throws {
        let fixture = try GridFixture()
        try fixture.store.write(author: fixture.zhang.id) { writer in
            try writer.setLongAbsent(fixture.households[1].id, true)
            try writer.setLongAbsent(fixture.households[2].id, false)
        }
        // 李二's March call now counts; 王三's January call does not (not 入户).
        #expect(try fixture.tally(fixture.first, in: fixture.board()) == CoverageTally(reached: 2, total: 3))
        try fixture.store.write(author: nil) { try $0.setInspectionCycle(of: fixture.village.id, months: 3) }
        let quarterly = try fixture.board()
        #expect(quarterly.cycle.start == (try date("2026-01-01")))
        #expect(quarterly.daysLeft == 17)
        // 赵四's February visit is in the quarter.
        #expect(fixture.tally(fixture.second, in: quarterly) == CoverageTally(reached: 1, total: 1))
        #expect(throws: StoreError.self) {
            try fixture.store.write(author: nil) { try $0.setInspectionCycle(of: fixture.village.id, months: 5) }
        }
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func theStoreAgreesWithTheCoreRuleOnRandomHistories(seed: UInt64) throws {
        let fixture = try GridFixture()
        var random = SeededGenerator(seed: seed)
        var recorded: [Inspection] = []
        for _ in 0..<60 {
            let index = Int.random(in: 0..<4, using: &random)
            let day = try date(
                "2026-0\(Int.random(in: 1...3, using: &random))-1\(Int.random(in: 0...5, using: &random))")
            let method = random.pick(InspectionMethod.allCases)
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where !recorded.isEmpty:
                let victim = recorded.remove(at: Int.random(in: 0..<recorded.count, using: &random))
                try fixture.store.write(author: nil) {
                    try $0.voidRecord(.inspection, id: victim.id.description, reason: "测试作废")
                }
            case 1 where !recorded.isEmpty:
                let old = recorded.remove(at: Int.random(in: 0..<recorded.count, using: &random))
                var correction = Inspection(
                    gridID: old.gridID, householdID: old.householdID, inspectorID: old.inspectorID, date: day,
                    method: method, result: .normal)
                try fixture.store.write(author: nil) { try $0.correctInspection(old.id, with: correction) }
                correction.supersedes = old.id
                recorded.append(correction)
            default:
                let inspection = try fixture.inspect(index, on: day.description, method)
                recorded.append(inspection)
            }
        }
        let cycle = InspectionCycle(containing: GridFixture.today, months: 1)
        for household in fixture.households.prefix(4) {
            let all = (try fixture.store.allInspectionFacts(of: household.id))
            let expected = CoverageRule.isReached(longAbsent: household.longAbsent, inspections: all, in: cycle)
            let listed = try fixture.store.coverageHouseholds(
                CoverageQuery(
                    villageID: fixture.village.id, gridID: household.gridID, cycle: cycle, onlyUnreached: false),
                limit: 10
            ).first { $0.id == household.id }
            #expect(listed?.reached == expected, "\(household.headName)")
            #expect(listed?.contacts == CoverageRule.summary(of: all))
        }
    }
}

extension GridFixture {
    /// The id of the fixture's phone call to household `index` (李二's on 03-05), if that is the one recorded.
    func lastPhoneCall(of index: Int) -> InspectionID? {
        (try? store.inspectionPage(InspectionFilter(householdID: households[index].id), after: nil, limit: 10))?
            .last { $0.method == .phone && $0.date.description == "2026-03-05" }?.id
    }
}

extension StationStore {
    /// Every inspection of a household with its voided flag, as facts for `CoverageRule` (tests only).
    func allInspectionFacts(of id: HouseholdID) throws -> [InspectionFact] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT \(Inspection.columns.joined(separator: ", ")), voided FROM inspections WHERE household_id = ?",
                arguments: [id.description]
            ).map { InspectionFact(try Inspection(row: $0), voided: $0["voided"]) }
        }
    }
}
