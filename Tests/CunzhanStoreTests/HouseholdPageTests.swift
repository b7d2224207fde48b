import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

@Suite struct HouseholdPageTests {
    /// A store with `count` households named from a small set, with phones and head ID numbers.
    func populated(_ count: Int) throws -> (StationStore, Fixture) {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let names = ["张三", "张思", "李四", "王五", "赵六", "欧阳修"]
        try store.write(author: nil) { writer in
            for index in 0..<count {
                let number = String(format: "%04d", index)
                let household = fixture.household(
                    names[index % names.count], number: number, phone: "1391234\(String(format: "%04d", index))")
                let head = Member(
                    householdID: household.id, relation: .head,
                    idNumber: try idNumber("53012419800101\(String(format: "%03d", index))"), name: household.headName)
                try writer.createHousehold(household, members: [head])
            }
        }
        return (store, fixture)
    }

    @Test func keysetPagingReturnsEveryRowExactlyOnceInOrderBothWays() throws {
        let (store, _) = try populated(53)
        var seen: [HouseholdRow] = []
        var cursor: HouseholdCursor?
        while true {
            let page = try store.householdPage(filter: "", after: cursor, limit: 10)
            seen += page
            guard let last = page.last else { break }
            cursor = last.cursor
        }
        #expect(seen.count == 53)
        #expect(seen.map(\.householdNumber) == (0..<53).map { String(format: "%04d", $0) })
        #expect(Set(seen.map(\.id)).count == 53)
        let back = try store.householdPage(filter: "", before: seen[20].cursor, limit: 10)
        #expect(back.map(\.householdNumber) == seen[10..<20].map(\.householdNumber))
        #expect(try store.householdCount(filter: "") == 53)
    }

    @Test func filteredPagingAlsoReturnsEveryMatchOnce() throws {
        let (store, _) = try populated(60)
        var seen: [String] = []
        var cursor: HouseholdCursor?
        while let page = Optional(try store.householdPage(filter: "zs", after: cursor, limit: 7)), let last = page.last
        {
            seen += page.map(\.headName)
            cursor = last.cursor
        }
        #expect(seen.count == 20)
        #expect(Set(seen) == ["张三", "张思"])
        #expect(try store.householdCount(filter: "zs") == 20)
    }

    @Test func filterMatchesPinyinInitialsFullPinyinNamesIDTailPhoneTailAndGroup() throws {
        let (store, _) = try populated(12)
        func heads(_ filter: String) throws -> Set<String> {
            Set(try store.householdPage(filter: filter, after: nil, limit: 50).map(\.headName))
        }
        #expect(try heads("zs") == ["张三", "张思"])
        #expect(try heads("zhangsan") == ["张三"])
        #expect(try heads("ZHANG") == ["张三", "张思"])
        #expect(try heads("张") == ["张三", "张思"])
        #expect(try heads("修") == ["欧阳修"])
        #expect(try heads("oyx") == ["欧阳修"])
        #expect(try heads("第一村民") == ["张三", "张思", "李四", "王五", "赵六", "欧阳修"])
        // Household 0007: ID number ends in 007 + check character; phone 13912340011 is household 0011.
        let id = try idNumber("53012419800101007").value
        #expect(
            try store.householdPage(filter: String(id.suffix(6)), after: nil, limit: 5).map(\.householdNumber) == [
                "0007"
            ])
        #expect(try store.householdPage(filter: "12340011", after: nil, limit: 5).map(\.householdNumber) == ["0011"])
        #expect(try heads("qq").isEmpty)
    }

    @Test func rowsCarryMaskedIDAndPhoneAndTheLastVisit() throws {
        let (store, fixture) = try populated(2)
        let row = try #require(try store.householdPage(filter: "", after: nil, limit: 1).first)
        #expect(row.maskedPhone == "139****0000")
        #expect(row.maskedHeadID.hasPrefix("530") && row.maskedHeadID.contains("***********"))
        #expect(row.groupName == "第一村民小组")
        #expect(row.lastVisitDate == nil)
        try store.write(author: nil) { writer in
            try writer.recordVisit(
                Visit(householdID: row.id, date: try date("2025-03-04"), visitorID: fixture.worker.id))
            try writer.recordVisit(
                Visit(householdID: row.id, date: try date("2025-05-06"), visitorID: fixture.worker.id))
        }
        let after = try #require(try store.householdPage(filter: "", after: nil, limit: 1).first)
        #expect(after.lastVisitDate == (try date("2025-05-06")))
        #expect(after.visitCount == 2)
    }
}
