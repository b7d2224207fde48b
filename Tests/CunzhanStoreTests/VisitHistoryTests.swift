import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

/// The village-wide visit history: newest first, keyset pages, and its month, visitor, result and text filters.
struct VisitHistoryTests {
    /// Two households (张三, 李四), two visitors (张网格, 王书记), five visits over February and March, one
    /// with a 不达标 check and one voided.
    struct History {
        let store: StationStore
        let fixture: Fixture
        let secretary: User
        let zhang: Household
        let li: Household
        var voided: VisitID

        init() throws {
            store = try makeStore()
            fixture = try Fixture(store: store)
            secretary = User(
                name: "王书记", role: .firstSecretary, villageID: fixture.village.id, pinHash: "00", pinSalt: "00",
                pinIterations: 100_000)
            zhang = fixture.household("张三", number: "H1")
            li = fixture.household("李四", number: "H2")
            var notMet = Guarantees.allMet
            notMet.housing = .init(.notMet, note: "屋顶漏雨")
            let worker = fixture.worker.id
            let visits = [
                Visit(householdID: zhang.id, date: try date("2024-02-10"), visitorID: worker),
                Visit(householdID: li.id, date: try date("2024-03-02"), visitorID: secretary.id, guarantees: notMet),
                Visit(householdID: zhang.id, date: try date("2024-03-20"), visitorID: worker),
                Visit(householdID: li.id, date: try date("2024-03-20"), visitorID: worker, acknowledged: false),
                Visit(householdID: zhang.id, date: try date("2024-03-25"), visitorID: secretary.id),
            ]
            voided = visits[4].id
            let (secretary, zhang, li) = (secretary, zhang, li)
            try store.write(author: worker) { writer in
                try writer.createUser(secretary)
                try writer.createHousehold(zhang)
                try writer.createHousehold(li)
                for visit in visits { try writer.recordVisit(visit) }
            }
            let voided = voided
            try store.write(author: worker) { try $0.voidRecord(.visit, id: voided.text, reason: "录错户") }
        }

        func page(_ filter: VisitFilter = VisitFilter(), limit: Int = 10) throws -> [VisitRow] {
            try store.visitPage(filter, after: nil, limit: limit)
        }
    }

    @Test func listsVisitsNewestFirstWithoutVoidedOnes() throws {
        let history = try History()
        let rows = try history.page()
        #expect(rows.map(\.date.description) == ["2024-03-20", "2024-03-20", "2024-03-02", "2024-02-10"])
        #expect(!rows.contains { $0.id == history.voided })
        #expect(try history.store.visitCount(VisitFilter()) == 4)
        let lastLi = try #require(rows.first { $0.headName == "李四" && $0.date.description == "2024-03-20" })
        #expect(lastLi.visitorName == "张网格")
        #expect(lastLi.acknowledged == false)
        #expect(lastLi.householdNumber == "H2")
    }

    @Test func pagesFollowEachOtherByKeysetAndBackAgain() throws {
        let history = try History()
        let all = try history.page()
        let first = try history.page(limit: 2)
        let second = try history.store.visitPage(VisitFilter(), after: first.last?.cursor, limit: 2)
        #expect(first + second == all)
        let back = try history.store.visitPage(VisitFilter(), before: try #require(second.first?.cursor), limit: 5)
        #expect(back == first)
    }

    @Test func monthFilterKeepsThatMonthOnly() throws {
        let history = try History()
        let march = VisitFilter(month: "2024-03")
        #expect(try history.page(march).map(\.date.description) == ["2024-03-20", "2024-03-20", "2024-03-02"])
        #expect(try history.store.visitCount(march) == 3)
        #expect(try history.page(VisitFilter(month: "2024-01")).isEmpty)
    }

    @Test func visitorAndResultFiltersCombine() throws {
        let history = try History()
        let bySecretary = try history.page(VisitFilter(visitorID: history.secretary.id))
        #expect(bySecretary.map(\.headName) == ["李四"])
        #expect(bySecretary.first?.unmet == [.housing])
        let notMet = try history.page(VisitFilter(result: .someNotMet))
        #expect(notMet.map(\.date.description) == ["2024-03-02"])
        let allMet = try history.page(VisitFilter(month: "2024-03", result: .allMet))
        #expect(allMet.count == 2)
        #expect(allMet.allSatisfy { $0.unmet.isEmpty })
        #expect(try history.store.visitCount(VisitFilter(result: .someNotMet)) == 1)
    }

    @Test func textFilterMatchesHeadNameAndPinyinInitials() throws {
        let history = try History()
        #expect(try history.page(VisitFilter(text: "李")).map(\.headName) == ["李四", "李四"])
        #expect(try history.page(VisitFilter(text: "zs")).map(\.headName) == ["张三", "张三"])
        #expect(try history.page(VisitFilter(text: "没有这个组")).isEmpty)
        #expect(try history.store.visitCount(VisitFilter(text: "没有这个组")) == 0)
    }

    @Test func pagingUsesAnIndexNotATableScan() throws {
        let history = try History()
        for filter in [VisitFilter(), VisitFilter(month: "2024-03"), VisitFilter(visitorID: history.secretary.id)] {
            let plan = try history.store.read { db in
                try Row.fetchAll(
                    db,
                    sql: "EXPLAIN QUERY PLAN SELECT v.id FROM visits v WHERE v.voided = 0"
                        + (filter.month == nil ? "" : " AND v.date >= '2024-03-01' AND v.date <= '2024-03-31'")
                        + (filter.visitorID == nil ? "" : " AND v.visitor_id = 'x'")
                        + " ORDER BY v.date DESC, v.id DESC LIMIT 30"
                ).map { $0["detail"] as String }
            }.joined(separator: "\n")
            #expect(!plan.contains("TEMP B-TREE"), "plan sorts: \(plan)")
            #expect(plan.contains("INDEX"), "plan: \(plan)")
        }
    }

    @Test func visitorChoicesListEveryUserByName() throws {
        let history = try History()
        #expect(try history.store.visitorChoices().map(\.name) == ["张网格", "王书记"].sorted())
    }
}
