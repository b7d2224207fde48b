import CunzhanCore
import Testing

@testable import CunzhanStore

/// Digits typed into the register match the in-village part of the 户编号, not the village code every
/// household shares.
@Suite struct HouseholdNumberFilterTests {
    /// A store whose households are numbered like the national roster: village code + four digits.
    func numbered(_ count: Int) throws -> (StationStore, villageCode: String) {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        try store.write(author: nil) { writer in
            for index in 0..<count {
                let number = fixture.village.code + String(format: "%04d", index)
                try writer.createHousehold(fixture.household("张三", number: number, phone: nil))
            }
        }
        return (store, fixture.village.code)
    }

    func numbers(_ store: StationStore, _ filter: String) throws -> [String] {
        try store.householdPage(filter: filter, after: nil, limit: 200).map { String($0.householdNumber.suffix(4)) }
    }

    @Test func digitsWithoutLeadingZerosMatchTheNumberWithoutItsZeros() throws {
        let (store, _) = try numbered(130)
        let expected = ["0012"] + (120...129).map { String(format: "%04d", $0) }
        #expect(try numbers(store, "12") == expected)
        #expect(try store.householdCount(filter: "12") == expected.count)
    }

    @Test func digitsWithLeadingZerosMatchTheNumberAsWritten() throws {
        let (store, _) = try numbered(130)
        #expect(try numbers(store, "0012") == ["0012"])
        #expect(try numbers(store, "012") == (120...129).map { String(format: "%04d", $0) })
    }

    @Test func theVillageCodeAndBareZerosMatchNothingByNumber() throws {
        let (store, code) = try numbered(30)
        #expect(try store.householdCount(filter: "0") == 0)
        #expect(try store.householdCount(filter: "000") == 0)
        // The code starts with 5: only household 0005 has a 5 where people read the number.
        #expect(code.hasPrefix("5"))
        #expect(try numbers(store, "5") == ["0005"])
        #expect(try store.householdCount(filter: String(code.prefix(6))) == 0)
    }

    @Test func aWholeNumberTypedOrPastedMatchesFromItsStart() throws {
        let (store, code) = try numbered(30)
        #expect(try numbers(store, code + "0007") == ["0007"])
        #expect(try numbers(store, code + "002") == (20...29).map { String(format: "%04d", $0) })
    }
}
