import CunzhanCore
import CunzhanScreens
import CunzhanStore
import Foundation
import ScreenDefinitions
import TerminalUI

/// A station store with a clock fixed on 2024-03-15, users with known PINs, and households with visits.
///
/// Users: 管理员 (administrator, 123456), 张网格 (cadre, 333333) and 李停用 (disabled). Households: 张三
/// visited in March and February, 李四 in February only, 王五 never; so March counts 3 households,
/// 1 visit, 2 not visited. PIN hashes are computed once per test process: they are slow on purpose.
struct StationFixture {
    /// 2024-03-15 12:00 in Asia/Shanghai.
    static let midMarch: Int64 = 1_710_475_200_000
    static let salt = "000102030405060708090a0b0c0d0e0f"
    static let administratorHash = PINHasher.hash(pin: "123456", salt: salt)
    static let cadreHash = PINHasher.hash(pin: "333333", salt: salt)

    let store: StationStore
    let village = Village(code: "530124100201", name: "和平村")
    let administrator: User
    let cadre: User

    /// The populated station; with `empty`, a store with nothing in it (first run).
    init(empty: Bool = false) throws {
        store = try StationStore(path: Self.temporaryPath(), clock: .fixed(Self.midMarch))
        let village = village
        administrator = User(
            name: "管理员", role: .administrator, villageID: village.id, pinHash: Self.administratorHash,
            pinSalt: Self.salt, pinIterations: PINHasher.iterations)
        cadre = User(
            name: "张网格", role: .cadre, villageID: village.id, pinHash: Self.cadreHash, pinSalt: Self.salt,
            pinIterations: PINHasher.iterations)
        guard !empty else { return }
        let disabled = User(
            name: "李停用", role: .cadre, villageID: village.id, pinHash: Self.cadreHash, pinSalt: Self.salt,
            pinIterations: PINHasher.iterations, disabled: true)
        let group = VillagerGroup(villageID: village.id, name: "一组")
        let households = ["张三", "李四", "王五"].enumerated().map { index, name in
            Household(
                villageID: village.id, householdNumber: village.code + String(format: "%04d", index + 1),
                headName: name, groupID: group.id, address: "和平村\(index + 1)号", phone: nil, kind: .ordinary,
                population: 1)
        }
        let cadre = cadre
        let administrator = administrator
        let visits = try [
            Visit(householdID: households[0].id, date: CalendarDate(parsing: "2024-03-02"), visitorID: cadre.id),
            Visit(householdID: households[0].id, date: CalendarDate(parsing: "2024-02-02"), visitorID: cadre.id),
            Visit(householdID: households[1].id, date: CalendarDate(parsing: "2024-02-20"), visitorID: cadre.id),
        ]
        try store.write(author: nil) { writer in
            try writer.createVillage(village)
            try writer.createGroup(group)
            for user in [administrator, cadre, disabled] { try writer.createUser(user) }
            for household in households { try writer.createHousehold(household) }
            for visit in visits { try writer.recordVisit(visit) }
        }
    }

    /// The program as `cunzhan` starts it on this store.
    func program(size: Size = .minimum) throws -> Program {
        try StationApp.start(store: store, catalog: .defaults, size: size, theme: .monochrome)
    }

    /// The screens of this store, to make one screen alone.
    func screens() throws -> StationScreens { try StationScreens(store: store, catalog: .defaults) }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("cunzhan-station-test-\(UUID().uuidString).sqlite").path
    }
}
