import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

@Suite struct HouseholdSortTests {
    @Test(arguments: HouseholdSort.allCases)
    func everyOrderPagesEveryRowExactlyOnceBothWays(_ sort: HouseholdSort) throws {
        let fixture = try HouseholdSortFixture(count: 90)
        let expected = fixture.expectedIDs(sort)
        #expect(try fixture.walkForward(sort) == expected)
        #expect(try fixture.walkBackward(sort) == expected)
    }

    @Test(arguments: HouseholdSort.allCases)
    func aRareFilterKeepsEveryOrder(_ sort: HouseholdSort) throws {
        let fixture = try HouseholdSortFixture(count: 90)
        let expected = fixture.expectedIDs(sort) { ["张三", "张思"].contains($0.headName) }
        #expect(expected.count == 30)
        #expect(try fixture.walkForward(sort, filter: "zs") == expected)
        #expect(try fixture.walkBackward(sort, filter: "zs") == expected)
    }

    /// 1,200 households all match "第" (their groups' names), past the threshold where the page walks
    /// the order's index and tests each row; "第二" matches one group, few enough to be sorted.
    @Test func commonAndGroupFiltersKeepEveryOrder() throws {
        let fixture = try HouseholdSortFixture(count: 1200)
        for sort in HouseholdSort.allCases {
            let all = fixture.expectedIDs(sort)
            #expect(try fixture.walkForward(sort, filter: "第", limit: 150) == all, "\(sort)")
            #expect(try fixture.walkBackward(sort, filter: "第", limit: 150) == all, "\(sort)")
            let second = fixture.expectedIDs(sort) { $0.groupName == "第二组" }
            #expect(try fixture.walkForward(sort, filter: "第二", limit: 150) == second, "\(sort)")
        }
    }

    @Test func lastVisitOrderPutsNeverVisitedFirstAndRiskOrderPutsTheMostSevereFirst() throws {
        let fixture = try HouseholdSortFixture(count: 30)
        let byVisit = try fixture.store.householdPage(filter: "", sort: .lastVisit, after: nil, limit: 30)
        #expect(byVisit.prefix(10).allSatisfy { $0.lastVisitDate == nil })
        #expect(byVisit[10].lastVisitDate?.description == "2024-01-01")
        let byRisk = try fixture.store.householdPage(filter: "", sort: .risk, after: nil, limit: 30)
        #expect(byRisk.first?.statusLabel == "突发严重困难户")
        #expect(byRisk.last?.statusLabel == "一般农户")
        let flagged = try #require(byRisk.firstIndex { $0.statusLabel.hasSuffix("待评估") })
        #expect(byRisk[..<flagged].allSatisfy { !$0.statusLabel.contains("一般") })
    }

    @Test func aVisitMovesTheHouseholdInTheLastVisitOrderWithoutAnyKeyToMaintain() throws {
        let fixture = try HouseholdSortFixture(count: 12)
        let first = try #require(
            try fixture.store.householdPage(filter: "", sort: .lastVisit, after: nil, limit: 1).first)
        #expect(first.lastVisitDate == nil)
        let worker = try fixture.store.read { db in try String.fetchOne(db, sql: "SELECT id FROM users") ?? "" }
        let visitor = try #require(UserID(worker))
        try fixture.store.write(author: visitor) { writer in
            try writer.recordVisit(Visit(householdID: first.id, date: try date("2024-12-31"), visitorID: visitor))
        }
        let last = try fixture.store.householdPage(filter: "", sort: .lastVisit, before: nil, limit: 1)
        #expect(last.map(\.id) == [first.id])
    }

    /// The unfiltered page of every order reads its index in order: no sort of the whole table.
    @Test(arguments: HouseholdSort.allCases)
    func unfilteredPagesNeverSortTheTable(_ sort: HouseholdSort) throws {
        let fixture = try HouseholdSortFixture(count: 30)
        let middle = try fixture.store.householdPage(filter: "", sort: sort, after: nil, limit: 15)
        let cursor = try #require(middle.last?.cursor)
        for forward in [true, false] {
            let plans = try fixture.store.read { db -> [String] in
                final class Statements { var sql: [String] = [] }
                let statements = Statements()
                db.trace { event in
                    if case .statement(let statement) = event { statements.sql.append(statement.expandedSQL) }
                }
                _ = try fixture.store.sortedPage(
                    db, filter: HouseholdFilter(""), sort: sort, cursor: cursor, forward: forward, limit: 10)
                db.trace(options: [], nil)
                let pages = statements.sql.filter { $0.contains("FROM households") }
                #expect(!pages.isEmpty)
                return try pages.map { sql in
                    try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String? ?? "" }
                        .joined(separator: "\n")
                }
            }
            for plan in plans {
                #expect(!plan.contains("TEMP B-TREE"), "\(sort) forward \(forward): \(plan)")
                #expect(plan.contains("USING INDEX"), "\(sort) forward \(forward): \(plan)")
            }
        }
    }

    @Test func migrationRecordsCurrentSchemaVersion() throws {
        let fixture = try HouseholdSortFixture(count: 1)
        let version = try fixture.store.read { db in
            try Int.fetchOne(db, sql: "SELECT schema_version FROM station_meta")
        }
        #expect(version == StationStore.schemaVersion)
        #expect(StationStore.schemaVersion >= 7)
    }
}
