import CunzhanCore
import Foundation

@testable import CunzhanStore

/// A store of households spread over three groups, monitoring categories, review flags, risk counts and
/// visit dates, with the order each `HouseholdSort` should give worked out independently in Swift.
struct HouseholdSortFixture {
    /// What the test knows about one household, to compute the expected orders.
    struct Expected {
        var id: String
        var number: String
        var headName: String
        var groupName: String
        var groupID: String
        var lastVisit: String
        var riskRank: Int
        var riskCount: Int
    }

    let store: StationStore
    var households: [Expected] = []

    /// `count` households; numbers are scrambled so no sort key follows another.
    init(count: Int) throws {
        store = try makeStore()
        let fixture = try Fixture(store: store)
        let groups = ["第一组", "第二组", "第三组"].map { VillagerGroup(villageID: fixture.village.id, name: $0) }
        let names = ["张三", "张思", "李四", "王五", "赵六", "欧阳修"]
        let categories: [MonitoringCategory?] = [.suddenHardship, .unstableFormerlyPoor, .marginalAtRisk]
        var rows: [(Household, Visit?)] = []
        for index in 0..<count {
            let group = groups[index % groups.count]
            let category = index % 7 < 3 ? categories[index % 7] : nil
            let flagged = category == nil && index % 5 == 0
            let risks = Array(RiskType.allCases.prefix(index % 4))
            let household = Household(
                villageID: fixture.village.id, householdNumber: String(format: "%05d", (index * 37) % count),
                headName: names[index % names.count], groupID: group.id, address: "和平村", phone: nil,
                kind: .ordinary, monitoringCategory: category, risks: risks, population: 1,
                monitoringReview: flagged ? MonitoringReview(date: try date("2024-01-02"), reason: "因病") : nil)
            let visitDate = index % 3 == 0 ? nil : String(format: "2024-01-%02d", index % 28 + 1)
            let visit = try visitDate.map {
                Visit(householdID: household.id, date: try date($0), visitorID: fixture.worker.id)
            }
            rows.append((household, visit))
            let rank = category.map { categories.firstIndex(of: $0) ?? 0 } ?? (flagged ? 3 : 4)
            households.append(
                Expected(
                    id: household.id.text, number: household.householdNumber, headName: household.headName,
                    groupName: group.name, groupID: group.id.text, lastVisit: visitDate ?? "", riskRank: rank,
                    riskCount: risks.count))
        }
        let rowsToWrite = rows
        try store.write(author: fixture.worker.id) { writer in
            for group in groups { try writer.createGroup(group) }
            for (household, visit) in rowsToWrite {
                try writer.createHousehold(household)
                if let visit { try writer.recordVisit(visit) }
            }
        }
    }

    /// The ids of the households `keep` admits, in `sort` order as the test understands it.
    func expectedIDs(_ sort: HouseholdSort, where keep: (Expected) -> Bool = { _ in true }) -> [String] {
        households.filter(keep).sorted { a, b in
            switch sort {
            case .number: (a.number, a.id) < (b.number, b.id)
            case .group: (a.groupName, a.groupID, a.number, a.id) < (b.groupName, b.groupID, b.number, b.id)
            case .lastVisit: (a.lastVisit, a.number, a.id) < (b.lastVisit, b.number, b.id)
            case .risk: (a.riskRank, -a.riskCount, a.number, a.id) < (b.riskRank, -b.riskCount, b.number, b.id)
            }
        }.map(\.id)
    }

    /// Every row of `sort` under `filter`, walked forwards page by page.
    func walkForward(_ sort: HouseholdSort, filter: String = "", limit: Int = 7) throws -> [String] {
        var seen: [String] = []
        var cursor: HouseholdCursor?
        while true {
            let page = try store.householdPage(filter: filter, sort: sort, after: cursor, limit: limit)
            seen += page.map(\.id.text)
            guard let last = page.last, seen.count <= households.count else { return seen }
            cursor = last.cursor
        }
    }

    /// Every row of `sort` under `filter`, walked backwards from the end, given back in list order.
    func walkBackward(_ sort: HouseholdSort, filter: String = "", limit: Int = 7) throws -> [String] {
        var seen: [String] = []
        var cursor: HouseholdCursor?
        while true {
            let page = try store.householdPage(filter: filter, sort: sort, before: cursor, limit: limit)
            seen = page.map(\.id.text) + seen
            guard let first = page.first, seen.count <= households.count else { return seen }
            cursor = first.cursor
        }
    }
}
