import CunzhanCore
import CunzhanStore
import Foundation
import ScreenDefinitions
import TerminalUI
import Testing

@testable import CunzhanScreens

/// A village on 2026-03-15 with two grids: 第一网格 (张网格) holds 张一 (visited 03-02), 李二 (never visited)
/// and 王三 (长期外出, phoned 01-20); 第二网格 (李网格) holds 赵四 (visited in February); 钱五 has no grid.
/// The month has a theme, 饮水安全排查.
struct CoverageFixture {
    static let midMarch: Int64 = 1_773_547_200_000
    static let today = CalendarDate(year: 2026, month: 3, day: 15) ?? CalendarDate(dayNumber: 0)

    let store: StationStore
    let village = Village(code: "530124100201", name: "和平村")
    let zhang: User
    let li: User
    let first: Grid
    let second: Grid
    let households: [Household]

    init() throws {
        store = try StationStore(
            path: FileManager.default.temporaryDirectory.appendingPathComponent(
                "cunzhan-coverage-\(UUID().uuidString).sqlite"
            ).path, clock: .fixed(Self.midMarch))
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
        let second = Grid(villageID: village.id, groupID: groups[1].id, name: "第二网格", workerID: li.id)
        let grids = [first, second]
        let entries: [(String, Int, Int?)] = [("张一", 0, 0), ("李二", 0, 0), ("王三", 0, 0), ("赵四", 1, 1), ("钱五", 1, nil)]
        let registered = CalendarDate(year: 2020, month: 1, day: 1)
        let households = entries.enumerated().map { index, entry in
            Household(
                villageID: village.id, householdNumber: String(format: "%04d", index + 1), headName: entry.0,
                groupID: groups[entry.1].id, address: "和平村", phone: nil, kind: .ordinary, population: 1,
                gridID: entry.2.map { grids[$0].id }, longAbsent: index == 2, registeredOn: registered)
        }
        let inspections = try [
            Inspection(
                gridID: first.id, householdID: households[0].id, inspectorID: zhang.id,
                date: CalendarDate(parsing: "2026-03-02"), method: .inPerson, result: .normal),
            Inspection(
                gridID: first.id, householdID: households[2].id, inspectorID: zhang.id,
                date: CalendarDate(parsing: "2026-01-20"), method: .phone, result: .normal),
            Inspection(
                gridID: second.id, householdID: households[3].id, inspectorID: li.id,
                date: CalendarDate(parsing: "2026-02-25"), method: .inPerson, result: .problemFound, notes: "屋顶漏雨"),
        ]
        try store.write(author: nil) { writer in
            try writer.createVillage(village)
            for group in groups { try writer.createGroup(group) }
            try writer.createUser(zhang)
            try writer.createUser(li)
            try writer.createGrid(first)
            try writer.createGrid(second)
            try writer.createTheme(MonthlyTheme(month: "2026-03", title: "饮水安全排查", details: "水源是否稳定\n水质是否达标"))
            for household in households { try writer.createHousehold(household) }
            for inspection in inspections { try writer.recordInspection(inspection) }
        }
        (self.zhang, self.li, self.first, self.second, self.households) = (zhang, li, first, second, households)
    }

    func context(as user: User? = nil) -> StationContext {
        let user = user ?? zhang
        var context = StationContext(
            store: store, catalog: .defaults, user: ActingUser(id: user.id, name: user.name),
            today: { CoverageFixture.today })
        context.villageID = village.id
        return context
    }

    /// A program showing the coverage board for `user` (张网格 by default), monochrome.
    func boardProgram(as user: User? = nil, size: Size = .minimum) -> Program {
        Program(
            root: CoverageBoardScreen(villageID: village.id, context: context(as: user)), theme: .monochrome, size: size
        )
    }

    /// A program showing the inspection form for household `index`.
    func formProgram(_ index: Int, as user: User? = nil, size: Size = .minimum) throws -> Program {
        let definition = try #require(ScreenCatalog.defaults.form("inspection"))
        return Program(
            root: InspectionForm(householdID: households[index].id, definition: definition, context: context(as: user)),
            theme: .monochrome, size: size)
    }
}
