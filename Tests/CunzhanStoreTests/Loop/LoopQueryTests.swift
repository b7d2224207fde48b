import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// The issue queue, 我的任务, the 调度 view and the ledger rows, read from a small known set of items.
@Suite("四定闭环 queries")
struct LoopQueryTests {
    /// Five items: 屋顶 (overdue on 03-20, deadline 03-12), 水管 (due 03-23), 围墙 (waiting verification),
    /// 村道 (pending, other village), 医保 (closed on 03-02).
    static func sample() throws -> LoopFixture {
        let loop = try LoopFixture()
        let roof = try loop.raise("屋顶漏雨")
        try loop.assign(roof, deadlineIn: 10)
        let pipe = try loop.raise("水管破损", household: 1, category: .drinkingWater)
        try loop.assign(pipe, deadlineIn: 21)
        let wall = try loop.raise("围墙倒塌")
        try loop.assign(wall, deadlineIn: 30)
        try loop.act(.submitForVerification(evidence: "已砌好"), on: wall, as: loop.cadre)
        try loop.raise("村道破损", category: .other, inOtherVillage: true)
        let insurance = try loop.raise("医保未参保", category: .medical)
        try loop.assign(insurance, deadlineIn: 5)
        try loop.act(.submitForVerification(evidence: "已参保"), on: insurance, as: loop.cadre)
        try loop.act(.close(verificationNote: "查医保系统"), on: insurance, as: loop.supervisor)
        return loop
    }

    static let today = (try? CalendarDate(parsing: "2026-03-20")) ?? CalendarDate(dayNumber: 0)

    @Test("filters by village, category, state, owner and overdue; counts per village follow the other filters")
    func filters() throws {
        let loop = try Self.sample()
        let store = loop.store
        func titles(_ filter: ItemFilter) throws -> [String] {
            try store.itemPage(filter, after: nil, limit: 50).map(\.title)
        }
        let all = ItemFilter(today: Self.today)
        #expect(try titles(all) == ["医保未参保", "屋顶漏雨", "水管破损", "围墙倒塌", "村道破损"])
        #expect(try store.itemCount(all) == 5)
        var overdue = all
        overdue.overdueOnly = true
        #expect(try titles(overdue) == ["屋顶漏雨"])
        var water = all
        water.category = .drinkingWater
        #expect(try titles(water) == ["水管破损"])
        var waiting = all
        waiting.state = .awaitingVerification
        #expect(try titles(waiting) == ["围墙倒塌"])
        var owned = all
        owned.ownerID = loop.cadre.id
        #expect(try store.itemCount(owned) == 4)
        var other = all
        other.villageID = loop.otherVillage.id
        #expect(try titles(other) == ["村道破损"])
        let counts = try store.villageItemCounts(other)
        #expect(counts.map(\.villageName) == ["和平村", "团结村"])
        #expect(counts.map(\.items) == [4, 1])
        #expect(counts.map(\.overdue) == [1, 0])
        var byAge = all
        byAge.sort = .age
        #expect(try titles(byAge).count == 5)
    }

    @Test("keyset pages forwards and backwards give every item once, in order")
    func paging() throws {
        let loop = try Self.sample()
        let filter = ItemFilter(today: Self.today)
        let all = try loop.store.itemPage(filter, after: nil, limit: 50)
        var forwards: [ItemRow] = []
        var cursor: ItemCursor?
        repeat {
            let page = try loop.store.itemPage(filter, after: cursor, limit: 2)
            forwards += page
            cursor = page.last?.cursor(for: filter.sort)
            if page.count < 2 { break }
        } while true
        #expect(forwards == all)
        let lastTwo = try loop.store.itemPage(filter, before: ItemCursor(key: "\u{FFFF}", id: ""), limit: 2)
        #expect(lastTwo == Array(all.suffix(2)))
        let beforeThird = try loop.store.itemPage(filter, before: all[2].cursor(for: .deadline), limit: 5)
        #expect(beforeThird == Array(all.prefix(2)))
    }

    @Test("我的任务: the owner's overdue and due-soon items, the secretary's items to assign, the supervisor's to verify")
    func tasks() throws {
        let loop = try Self.sample()
        let calendar = WorkCalendar.shipped
        // 03-20 is a Friday: three working days on is Wednesday 03-25, so 水管 (03-23) is due soon.
        let mine = try loop.store.tasks(for: loop.cadre, calendar: calendar, today: Self.today)
        #expect(
            mine.rows.filter { $0.item != nil }.map { "\($0.kind.label) \($0.item?.title ?? "")" } == [
                "逾期 屋顶漏雨", "即将到期 水管破损",
            ])
        #expect(mine.totals[.notInspected] == 2)
        // An item due next month is listed under 我负责的整改中 at once; the urgent ones are not listed twice.
        let fence = try loop.raise("院墙开裂")
        try loop.assign(fence, deadlineIn: 59)
        let withFence = try loop.store.tasks(for: loop.cadre, calendar: calendar, today: Self.today)
        #expect(
            withFence.rows.filter { $0.item != nil }.map { "\($0.kind.label) \($0.item?.title ?? "")" } == [
                "逾期 屋顶漏雨", "即将到期 水管破损", "我负责的整改中 院墙开裂",
            ])
        #expect(withFence.totals[.ownedInProgress] == 1)
        let unassigned = try loop.raise("危房待鉴定", household: 1)
        let secretary = try loop.store.tasks(for: loop.secretary, calendar: calendar, today: Self.today)
        #expect(secretary.rows.contains { $0.kind == .toAssign && $0.item?.id == unassigned.id })
        #expect(secretary.totals[.toAssign] == 1)
        #expect(secretary.totals[.notVisited] == 2)
        let supervisor = try loop.store.tasks(for: loop.supervisor, calendar: calendar, today: Self.today)
        #expect(supervisor.rows.filter { $0.kind == .awaitingVerification }.map { $0.item?.title } == ["围墙倒塌"])
        #expect(supervisor.totals[.overdue] == 1)
        #expect(supervisor.totals[.dueSoon] == nil)
    }

    @Test("调度 view: per village, by state, overdue, found and closed in the month")
    func dispatch() throws {
        let loop = try Self.sample()
        let lines = try loop.store.dispatch(month: "2026-03", today: Self.today)
        let peace = try #require(lines.first { $0.villageName == "和平村" })
        #expect(peace.byState == [.pendingAssignment: 0, .inProgress: 2, .awaitingVerification: 1, .closed: 1])
        #expect(peace.overdue == 1)
        #expect(peace.raisedThisMonth == 4)
        #expect(peace.closedThisMonth == 1)
        #expect(lines.first { $0.villageName == "团结村" }?.byState[.pendingAssignment] == 1)
        let february = try loop.store.dispatch(month: "2026-02", today: Self.today)
        #expect(february.allSatisfy { $0.total == 0 })
    }

    @Test("ledger rows of a month carry the township's columns in words")
    func ledger() throws {
        let loop = try Self.sample()
        let rows = try loop.store.ledgerRows(month: "2026-03", today: Self.today)
        #expect(rows.count == 5)
        #expect(rows.map(\.number).first == "2026-03-001")
        let closed = try #require(rows.first { $0.description == "医保未参保" })
        #expect(closed.values[LedgerRow.headers.firstIndex(of: "状态") ?? 0] == "已销号")
        #expect(closed.closedOn == "2026-03-02")
        #expect(closed.category == "基本医疗")
        #expect(closed.owner == "张网格")
        let roof = try #require(rows.first { $0.description == "屋顶漏雨" })
        #expect(roof.values[11] == "整改中（逾期）")
        #expect(roof.values[3] == "和平村/张三（0001）")
        #expect(try loop.store.ledgerRows(month: "2026-04", today: Self.today).isEmpty)
    }
}
