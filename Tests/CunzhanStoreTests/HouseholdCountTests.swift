import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// The exact count (sum of disjoint index range counts) agrees with the rows the list actually pages through.
struct HouseholdCountTests {
    @Test(arguments: [
        "", "z", "zs", "zh", "zhang", "zs1", "s", "张", "张思", "思", "欧阳", "oy", "1", "13", "0012", "1234", "9999",
        "一", "第一", "组", "-", "x",
    ])
    func countMatchesTheRowsPagedForEveryKindOfFilter(filter: String) throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        // A second group whose name holds digits and 张, so group matches overlap name and number matches.
        let group12 = VillagerGroup(villageID: fixture.village.id, name: "张家12组")
        let names = ["张三", "张思远", "赵淑芬", "李四", "思思", "欧阳修", "周松", "张张"]
        try store.write(author: nil) { writer in
            try writer.createGroup(group12)
            for index in 0..<120 {
                var household = fixture.household(
                    names[index % names.count], number: String(format: "%04d", index),
                    phone: index % 3 == 0 ? nil : "1391234\(String(format: "%04d", index * 7 % 10_000))")
                if index % 4 == 0 { household.groupID = group12.id }
                let head = Member(
                    householdID: household.id, relation: .head,
                    idNumber: try idNumber("53012419800101\(String(format: "%03d", index))"), name: household.headName)
                try writer.createHousehold(household, members: index % 5 == 0 ? [] : [head])
            }
        }
        let paged = try store.householdPage(filter: filter, after: nil, limit: 10_000).count
        #expect(try store.householdCount(filter: filter) == paged)
    }

    @Test func aFilterMatchingBothInitialsAndPinyinIsCountedOnce() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        // 张华: initials "zh" and pinyin "zhanghua" both start with "zh".
        try store.write(author: nil) { writer in
            try writer.createHousehold(fixture.household("张华", number: "1"))
            try writer.createHousehold(fixture.household("赵海", number: "2"))
            try writer.createHousehold(fixture.household("周红", number: "3"))
        }
        #expect(try store.householdCount(filter: "zh") == 3)
        #expect(try store.householdCount(filter: "zhang") == 1)
    }
}
