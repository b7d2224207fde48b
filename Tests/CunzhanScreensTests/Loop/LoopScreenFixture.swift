import CunzhanCore
import CunzhanStore
import Foundation
import ScreenDefinitions
import TerminalUI
import Testing

@testable import CunzhanScreens

/// A village for the 四定闭环 screens, today 2026-03-20 (a Friday): 张网格 works 第一网格 and owns
/// 屋顶漏雨 (deadline 03-12, overdue), 水管破损 (03-23, due within 3 working days) and 围墙倒塌 (handed in,
/// waiting for 验收); 危房待鉴定 waits for 定责. 王书记 assigns, 赵督导 supervises.
struct LoopScreenFixture {
    static let today = CalendarDate(year: 2026, month: 3, day: 20) ?? CalendarDate(dayNumber: 0)
    static let found = CalendarDate(year: 2026, month: 3, day: 2) ?? CalendarDate(dayNumber: 0)

    let store: StationStore
    let village = Village(code: "530124100201", name: "和平村")
    let group: VillagerGroup
    let cadre: User
    let secretary: User
    let supervisor: User
    let households: [Household]
    let roof: RectificationItem
    let pipe: RectificationItem
    let wall: RectificationItem
    let unassigned: RectificationItem

    static func user(_ name: String, _ role: Role, _ village: VillageID) -> User {
        User(name: name, role: role, villageID: village, pinHash: "00", pinSalt: "00", pinIterations: 100_000)
    }

    init() throws {
        store = try StationStore(
            path: FileManager.default.temporaryDirectory
                .appendingPathComponent("cunzhan-loop-\(UUID().uuidString).sqlite").path)
        let village = village
        let group = VillagerGroup(villageID: village.id, name: "第一村民小组")
        let cadre = Self.user("张网格", .cadre, village.id)
        let secretary = Self.user("王书记", .firstSecretary, village.id)
        let supervisor = Self.user("赵督导", .supervisor, village.id)
        let grid = Grid(villageID: village.id, groupID: group.id, name: "第一网格", workerID: cadre.id)
        let households = ["张三", "李四"].enumerated().map { index, name in
            Household(
                villageID: village.id, householdNumber: "530124100201000\(index + 1)", headName: name,
                groupID: group.id, address: "和平村\(index + 1)号", phone: nil, kind: .ordinary, population: 2,
                gridID: grid.id)
        }
        func item(_ title: String, _ household: Household, _ category: ItemCategory) -> RectificationItem {
            RectificationItem(
                villageID: village.id, scope: .household, householdID: household.id, source: .visit,
                category: category, title: title, raisedBy: cadre.id, raisedOn: Self.found)
        }
        let roof = item("屋顶漏雨", households[0], .housing)
        let pipe = item("水管破损", households[1], .drinkingWater)
        let wall = item("围墙倒塌", households[0], .housing)
        let unassigned = item("危房待鉴定", households[1], .housing)
        try store.write(author: nil) { writer in
            try writer.createVillage(village)
            try writer.createGroup(group)
            for user in [cadre, secretary, supervisor] { try writer.createUser(user) }
            try writer.createGrid(grid)
            for household in households { try writer.createHousehold(household) }
        }
        try store.write(author: cadre.id) { writer in
            for item in [roof, pipe, wall, unassigned] { try writer.raiseItem(item) }
        }
        for (item, days) in [(roof, 10), (pipe, 21), (wall, 30)] {
            try store.write(author: secretary.id) { writer in
                try writer.transitionItem(
                    item.id, .assign(owner: cadre.id, measures: "限期整改", deadline: Self.found.adding(days: days)),
                    on: Self.found)
            }
        }
        try store.write(author: cadre.id) { writer in
            try writer.transitionItem(wall.id, .submitForVerification(evidence: "已重新砌好"), on: Self.found)
        }
        (self.group, self.cadre, self.secretary, self.supervisor, self.households) =
            (group, cadre, secretary, supervisor, households)
        (self.roof, self.pipe, self.wall, self.unassigned) = (roof, pipe, wall, unassigned)
    }

    /// The 四定闭环 context of `user`, today fixed.
    func context(_ user: User) -> LoopContext {
        var station = StationContext(
            store: store, catalog: .defaults, user: ActingUser(id: user.id, name: user.name),
            today: { LoopScreenFixture.today })
        station.villageID = village.id
        return LoopContext(station: station, user: user)
    }

    func program(_ screen: some Screen, size: Size = .minimum) -> Program {
        Program(root: screen, theme: .monochrome, size: size)
    }
}

extension Canvas {
    /// The rows that mention `text`.
    func rows(containing text: String) -> [String] { lines.filter { $0.contains(text) } }
}
