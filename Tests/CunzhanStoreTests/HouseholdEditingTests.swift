import CunzhanCore
import Testing

@testable import CunzhanStore

struct HouseholdEditingTests {
    @Test func theNextHouseholdNumberFollowsTheLargestNumberOfTheVillageKeepingItsWidth() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        #expect(try store.nextHouseholdNumber(in: fixture.village.id) == "0001")
        try store.write(author: nil) { writer in
            try writer.createHousehold(fixture.household("张三", number: "0009"))
            try writer.createHousehold(fixture.household("李四", number: "0003"))
            try writer.createHousehold(fixture.household("王五", number: "东-1"))
        }
        #expect(try store.nextHouseholdNumber(in: fixture.village.id) == "0010")
        #expect(try store.nextHouseholdNumber(in: VillageID()) == "0001")
        #expect(StationStore.incremented("999") == "1000")
        #expect(StationStore.incremented("5301241002010019") == "5301241002010020")
    }

    @Test func villagerGroupsAreThoseOfTheVillage() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        #expect(try store.villagerGroups(in: fixture.village.id).map(\.name) == ["第一村民小组"])
        #expect(try store.villagerGroups(in: VillageID()).isEmpty)
    }

    @Test func aTakenHouseholdNumberIsRefusedNamingItsHeadButTheHouseholdItselfMayKeepIt() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let zhang = fixture.household("张三", number: "0001")
        try store.write(author: nil) { try $0.createHousehold(zhang) }
        let li = fixture.household("李四", number: "0001")
        let error = #expect(throws: StoreError.self) {
            try store.write(author: nil) { try $0.requireFreeHouseholdNumber(li) }
        }
        #expect(error?.message.hasPrefix("户编号：0001 已是户主 张三 的户编号") == true)
        try store.write(author: nil) { try $0.requireFreeHouseholdNumber(zhang) }
    }

    @Test func aTakenIDNumberIsRefusedNamingTheHouseholdButTheMemberItselfMayKeepIt() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let zhang = fixture.household("张三", number: "0001")
        let head = Member(
            householdID: zhang.id, relation: .head, idNumber: try idNumber("53012419800101001"), name: "张三")
        try store.write(author: nil) { try $0.createHousehold(zhang, members: [head]) }
        let other = Member(householdID: zhang.id, relation: .spouse, idNumber: head.idNumber, name: "李梅")
        let error = #expect(throws: StoreError.self) {
            try store.write(author: nil) { try $0.requireFreeIDNumber(other) }
        }
        #expect(error?.code == .duplicateIDNumber)
        #expect(error?.message.contains("户编号 0001（户主 张三）") == true)
        try store.write(author: nil) { try $0.requireFreeIDNumber(head) }
    }
}
