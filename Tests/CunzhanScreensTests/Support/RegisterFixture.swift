import CunzhanCore
import CunzhanScreens
import CunzhanStore
import Foundation
import ScreenDefinitions
import TerminalUI

/// A station store in a temporary file holding households whose names, groups and ID numbers tests know.
///
/// The first eight households have hand-picked names so filters have exact answers: `zs` matches 张三, 张思
/// and 赵双; `zhangsan` only 张三; `张` 张三, 张思 and 张建国; `二组` households 5–8. Households after the
/// eighth are fillers in 三组 with surnames none of those filters match, to page through. Household numbers
/// are the village code and four digits (`5301241002010001`…), so list order is creation order.
struct RegisterFixture {
    /// One household as written: what the register should show for it.
    struct Known {
        let number: String
        let headName: String
        let groupName: String
        let idNumber: String
        let phone: String
        let kindLabel: String

        /// The ID number as the register must show it: first 3 and last 4 characters kept.
        var maskedID: String { IDNumber.mask(idNumber) }
        /// The last four characters of the ID number, a filter that finds only this household.
        var idTail: String { String(idNumber.suffix(4)) }
    }

    static let villageCode = "530124100201"
    static let namedHeads: [(name: String, group: Int)] = [
        ("张三", 0), ("李四", 0), ("王五", 0), ("张思", 0), ("赵双", 1), ("欧阳修", 1), ("张建国", 1), ("刘德华", 1),
    ]
    static let groupNames = ["一组", "二组", "三组"]
    static let fillerSurnames = Array("孙周吴郑冯陈褚卫蒋沈韩杨朱秦尤许")
    static let fillerGivenNames = Array("明红军芳伟丽强静")

    let store: StationStore
    let households: [Known]

    /// A store with `count` households (at least the eight named ones).
    init(households count: Int = 8) throws {
        store = try StationStore(path: Self.temporaryPath())
        let village = Village(code: Self.villageCode, name: "和平村")
        let groups = Self.groupNames.map { VillagerGroup(villageID: village.id, name: $0) }
        var known: [Known] = []
        var written: [(Household, Member)] = []
        for index in 1...max(count, Self.namedHeads.count) {
            let (name, group) = Self.head(at: index)
            let first17 = "53012419800101" + String(format: "%03d", index)
            let idNumber = try IDNumber(first17 + String(IDNumber.checkCharacter(forFirst17: first17) ?? "0"))
            let kind: HouseholdKind = index % 3 == 1 ? .formerlyPoor : .ordinary
            let household = Household(
                villageID: village.id, householdNumber: Self.villageCode + String(format: "%04d", index),
                headName: name, groupID: groups[group].id, address: "和平村\(index)号",
                phone: "1380000" + String(9000 + index), kind: kind, population: 1)
            let head = Member(householdID: household.id, relation: .head, idNumber: idNumber, name: name)
            written.append((household, head))
            known.append(
                Known(
                    number: household.householdNumber, headName: name, groupName: groups[group].name,
                    idNumber: idNumber.value, phone: household.phone ?? "", kindLabel: kind.label))
        }
        try store.write(author: nil) { writer in
            try writer.createVillage(village)
            for group in groups { try writer.createGroup(group) }
            for (household, head) in written { try writer.createHousehold(household, members: [head]) }
        }
        households = known
    }

    /// The head's name and group index of household `index` (1-based).
    static func head(at index: Int) -> (String, Int) {
        if index <= namedHeads.count { return namedHeads[index - 1] }
        let filler = index - namedHeads.count - 1
        let surname = fillerSurnames[filler % fillerSurnames.count]
        let given = fillerGivenNames[(filler / fillerSurnames.count) % fillerGivenNames.count]
        return (String(surname) + String(given), 2)
    }

    /// The household with this head name; fails the test when there is none.
    func household(named name: String) throws -> Known {
        guard let match = households.first(where: { $0.headName == name }) else {
            throw FixtureError(description: "夹具中没有户主“\(name)”")
        }
        return match
    }

    /// The register program on this store, as `cunzhan` starts it.
    func program(size: Size = .minimum, catalog: ScreenCatalog = .defaults) throws -> Program {
        try StationApp.program(store: store, catalog: catalog, size: size, theme: .monochrome)
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("cunzhan-screens-test-\(UUID().uuidString).sqlite").path
    }
}

/// A fixture lookup that found nothing.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
}
