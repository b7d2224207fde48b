import CunzhanCore
import Foundation

@testable import CunzhanStore

/// A village with one of each role, two households and a second village, for the 四定闭环 store tests.
///
/// 张网格 (cadre) is the grid worker of 第一网格 and owns what is assigned to him; 李网格 is another cadre;
/// 王书记 assigns; 赵督导 supervises; 管理员 administers. Items are raised on 2026-03-02.
struct LoopFixture {
    let store: StationStore
    let base: Fixture
    let secretary: User
    let supervisor: User
    let administrator: User
    let otherCadre: User
    let households: [Household]
    let otherVillage = Village(code: "530124100202", name: "团结村")
    let otherGroup: VillagerGroup

    var village: Village { base.village }
    var cadre: User { base.worker }

    static func user(_ name: String, _ role: Role, _ village: VillageID?) -> User {
        User(name: name, role: role, villageID: village, pinHash: "00", pinSalt: "00", pinIterations: 100_000)
    }

    init() throws {
        store = try makeStore()
        base = try Fixture(store: store)
        let villageID = base.village.id
        secretary = Self.user("王书记", .firstSecretary, villageID)
        supervisor = Self.user("赵督导", .supervisor, villageID)
        administrator = Self.user("管理员", .administrator, villageID)
        otherCadre = Self.user("李网格", .cadre, villageID)
        var inGrid = [
            base.household("张三", number: "5301241002010001"), base.household("李四", number: "5301241002010002"),
        ]
        for index in inGrid.indices { inGrid[index].gridID = base.grid.id }
        households = inGrid
        otherGroup = VillagerGroup(villageID: otherVillage.id, name: "第一村民小组")
        let (users, households, otherVillage, otherGroup) = (
            [secretary, supervisor, administrator, otherCadre], households, otherVillage, otherGroup
        )
        try store.write(author: nil) { writer in
            for user in users { try writer.createUser(user) }
            for household in households { try writer.createHousehold(household) }
            try writer.createVillage(otherVillage)
            try writer.createGroup(otherGroup)
        }
    }

    static let found = (try? CalendarDate(parsing: "2026-03-02")) ?? CalendarDate(dayNumber: 0)

    /// Raises an item about household `index` (or the other village's group) as 张网格.
    @discardableResult
    func raise(
        _ title: String, household index: Int = 0, category: ItemCategory = .housing, inOtherVillage: Bool = false,
        on day: CalendarDate = LoopFixture.found
    ) throws -> RectificationItem {
        let item =
            inOtherVillage
            ? RectificationItem(
                villageID: otherVillage.id, scope: .villagerGroup, groupID: otherGroup.id, source: .supervision,
                category: category, title: title, raisedBy: supervisor.id, raisedOn: day)
            : RectificationItem(
                villageID: village.id, scope: .household, householdID: households[index].id, source: .visit,
                category: category, title: title, raisedBy: cadre.id, raisedOn: day)
        try store.write(author: inOtherVillage ? supervisor.id : cadre.id) { writer in try writer.raiseItem(item) }
        return item
    }

    /// Takes `action` on `item` as `user` on `day`.
    @discardableResult
    func act(
        _ action: RectificationAction, on item: RectificationItem, as user: User,
        on day: CalendarDate = LoopFixture.found
    ) throws -> RectificationItem {
        try store.write(author: user.id) { writer in try writer.transitionItem(item.id, action, on: day) }
    }

    /// 定责 to 张网格 with a deadline `days` after the found day.
    @discardableResult
    func assign(_ item: RectificationItem, deadlineIn days: Int = 10) throws -> RectificationItem {
        try act(
            .assign(owner: cadre.id, measures: "修缮", deadline: LoopFixture.found.adding(days: days)), on: item,
            as: secretary)
    }

    /// The refusal `body` throws, or nil when it succeeds.
    func refusal(_ body: () throws -> some Any) -> StoreError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? StoreError
        }
    }
}
