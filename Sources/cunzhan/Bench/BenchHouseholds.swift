import CunzhanCore
import CunzhanStore

/// The two households the benchmark adds to a data set the first time it measures it.
///
/// One has ten years of monthly visits, to time opening a long file; the other receives the visits the
/// save benchmark writes, so the rest of the data set never changes from run to run. Both sit in the first
/// village with numbers no generated household has (9990 and 9991 after the village code).
struct BenchHouseholds {
    /// Visits of the long file: one a month for ten years.
    static let longHistoryVisits = 120
    /// How many households `prepare` adds to a generated data set.
    static let addedCount = 2

    let longHistory: Household
    let saves: Household
    /// The grid worker the benchmark acts as (张网格 of the demo data).
    let worker: User

    static func prepare(store: StationStore, log: (String) -> Void) throws -> BenchHouseholds {
        guard let village = try store.villages().first,
            let group = try store.villagerGroups(in: village.id).first
        else { throw CommandFailure("测试数据里没有村或村民小组，无法准备测试农户。") }
        guard let summary = try store.userSummaries().first(where: { $0.name == "张网格" }) else {
            throw CommandFailure("测试数据里没有用户“张网格”，无法准备测试农户。")
        }
        let worker = try store.verifyPIN(userID: summary.id, pin: "333333")
        let longHistory = try household(
            number: village.code + "9990", head: "龙长史", village: village, group: group, store: store)
        let saves = try household(
            number: village.code + "9991", head: "包存录", village: village, group: group, store: store)
        if try store.householdOverview(longHistory.id)?.visits.isEmpty ?? true {
            log("  为第 \(longHistory.householdNumber) 户写入十年走访记录")
            try writeTenYears(of: longHistory, by: worker, store: store)
        }
        return BenchHouseholds(longHistory: longHistory, saves: saves, worker: worker)
    }

    /// The household numbered `number`, created (one op, like any new household) when missing.
    private static func household(
        number: String, head: String, village: Village, group: VillagerGroup, store: StationStore
    ) throws -> Household {
        if let row = try store.householdPage(filter: number, after: nil, limit: 1).first,
            row.householdNumber == number, let overview = try store.householdOverview(row.id)
        {
            return overview.household
        }
        let household = Household(
            villageID: village.id, householdNumber: number, headName: head, groupID: group.id,
            address: "\(village.name)\(group.name)", phone: nil, kind: .formerlyPoor, population: 3)
        try store.write(author: nil) { writer in try writer.createHousehold(household) }
        return household
    }

    /// One visit a month for the ten years before the data set's end date, each saved as its own action.
    private static func writeTenYears(of household: Household, by worker: User, store: StationStore) throws {
        let end = DemoGenerator.fixedEndDate
        for monthsBack in 0..<longHistoryVisits {
            let total = end.year * 12 + (end.month - 1) - monthsBack
            guard let date = CalendarDate(year: total / 12, month: total % 12 + 1, day: 15) else { continue }
            let visit = Visit(
                householdID: household.id, date: date, visitorID: worker.id,
                notes: "第\(longHistoryVisits - monthsBack)次走访：两不愁三保障均达标，家中生产生活正常。")
            try store.write(author: worker.id) { writer in try writer.recordVisit(visit) }
        }
    }
}
