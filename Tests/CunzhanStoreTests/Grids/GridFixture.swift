import CunzhanCore
import Foundation

@testable import CunzhanStore

/// A village on 2026-03-15 (a fixed clock) with two groups, two grids and a household per situation:
///
/// - 0001 张一 (第一网格): 入户 on 03-02, reached.
/// - 0002 李二 (第一网格): only a phone call on 03-05, not reached (not 长期外出).
/// - 0003 王三 (第一网格, 长期外出): a phone call on 01-20, reached (same quarter).
/// - 0004 赵四 (第二网格): 入户 on 02-25, last month, not reached.
/// - 0005 钱五 (no grid): 未分配.
/// 张网格 answers for 第一网格, 李网格 for 第二网格 with 张网格 as deputy.
struct GridFixture {
    /// 2026-03-15 12:00 in Asia/Shanghai.
    static let midMarch: Int64 = 1_773_547_200_000
    static let today = CalendarDate(year: 2026, month: 3, day: 15) ?? CalendarDate(dayNumber: 0)

    let store: StationStore
    let village = Village(code: "530124100201", name: "和平村")
    let groups: [VillagerGroup]
    let zhang: User
    let li: User
    let first: Grid
    let second: Grid
    let households: [Household]

    init() throws {
        store = try makeStore(clock: .fixed(Self.midMarch))
        let village = village
        let groups = [
            VillagerGroup(villageID: village.id, name: "第一村民小组"),
            VillagerGroup(villageID: village.id, name: "第二村民小组"),
        ]
        let zhang = User(
            name: "张网格", role: .cadre, villageID: village.id, pinHash: "00", pinSalt: "00", pinIterations: 100_000)
        let li = User(
            name: "李网格", role: .cadre, villageID: village.id, pinHash: "00", pinSalt: "00", pinIterations: 100_000)
        let first = Grid(villageID: village.id, groupID: groups[0].id, name: "第一网格", workerID: zhang.id)
        let second = Grid(
            villageID: village.id, groupID: groups[1].id, name: "第二网格", workerID: li.id, deputyID: zhang.id)
        let grids = [first, second]
        let registered = try date("2020-01-01")
        let entries: [(String, Int, Int?)] = [("张一", 0, 0), ("李二", 0, 0), ("王三", 0, 0), ("赵四", 1, 1), ("钱五", 1, nil)]
        let households = entries.enumerated().map { index, entry in
            Household(
                villageID: village.id, householdNumber: String(format: "%04d", index + 1), headName: entry.0,
                groupID: groups[entry.1].id, address: "和平村", phone: nil, kind: .ordinary, population: 1,
                gridID: entry.2.map { grids[$0].id }, longAbsent: index == 2, registeredOn: registered)
        }
        (self.groups, self.zhang, self.li, self.first, self.second, self.households) =
            (groups, zhang, li, first, second, households)
        try store.write(author: nil) { writer in
            try writer.createVillage(village)
            for group in groups { try writer.createGroup(group) }
            try writer.createUser(zhang)
            try writer.createUser(li)
            try writer.createGrid(first)
            try writer.createGrid(second)
            for household in households { try writer.createHousehold(household) }
        }
        try inspect(0, on: "2026-03-02", .inPerson)
        try inspect(1, on: "2026-03-05", .phone)
        try inspect(2, on: "2026-01-20", .phone)
        try inspect(3, on: "2026-02-25", .inPerson)
    }

    /// Records an inspection of household `index` by 张网格 in the household's grid (or 第一网格).
    @discardableResult
    func inspect(_ index: Int, on day: String, _ method: InspectionMethod, supersedes: InspectionID? = nil) throws
        -> Inspection
    {
        let household = households[index]
        let inspection = Inspection(
            gridID: household.gridID ?? first.id, householdID: household.id, inspectorID: zhang.id,
            date: try date(day), method: method, result: .normal, supersedes: supersedes)
        try store.write(author: zhang.id) { try $0.recordInspection(inspection) }
        return inspection
    }

    func board(user: UserID? = nil) throws -> CoverageBoard {
        try store.coverageBoard(villageID: village.id, userID: user, on: Self.today)
    }

    func tally(_ grid: Grid, in board: CoverageBoard) -> CoverageTally? {
        board.grids.first { $0.id == grid.id }?.tally
    }
}
