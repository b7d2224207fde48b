import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// The write API refuses invalid values with the core validators' Chinese messages, and normalises valid ones.
struct WriteBoundaryTests {
    func refusal(_ body: () throws -> Void) -> StoreError? {
        do {
            try body()
            return nil
        } catch {
            return error as? StoreError
        }
    }

    @Test func aHouseholdWithABadPhoneOrNameIsRefusedNamingTheField() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let badPhone = refusal {
            try store.write(author: nil) {
                try $0.createHousehold(fixture.household("张三", number: "1", phone: "12345"))
            }
        }
        #expect(badPhone?.code == .invalidValue)
        #expect(badPhone?.message.hasPrefix("联系电话") == true)
        let badName = refusal {
            try store.write(author: nil) { try $0.createHousehold(fixture.household("张3", number: "2")) }
        }
        #expect(badName?.code == .invalidValue)
        #expect(badName?.message.hasPrefix("户主姓名") == true)
        #expect(try count(store, "households") == 0)
        #expect(try count(store, "outbox") == 4)
    }

    @Test func validValuesAreStoredNormalised() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let household = fixture.household("张 三", number: "1", phone: "+86 138-0013-8000")
        try store.write(author: nil) { try $0.createHousehold(household) }
        let row = try #require(try store.householdPage(filter: "", after: nil, limit: 1).first)
        #expect(row.headName == "张三")
        let phone = try store.read { db in try String.fetchOne(db, sql: "SELECT phone FROM households") }
        #expect(phone == "13800138000")
    }

    @Test func aMemberNameAndAVillageCodeAreChecked() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let household = fixture.household("张三", number: "1")
        try store.write(author: nil) { try $0.createHousehold(household) }
        let member = Member(
            householdID: household.id, relation: .son, idNumber: try idNumber("53012420100101001"), name: "小@明")
        let memberRefusal = refusal { try store.write(author: nil) { try $0.addMember(member) } }
        #expect(memberRefusal?.message.hasPrefix("成员姓名") == true)
        let villageRefusal = refusal {
            try store.write(author: nil) { try $0.createVillage(Village(code: "53012410020", name: "新村")) }
        }
        #expect(villageRefusal?.code == .invalidValue)
        #expect(villageRefusal?.message.hasPrefix("行政村代码") == true)
    }

    @Test func incomeIsKeptInFenAndInvalidFiguresAreRefused() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let household = fixture.household("张三", number: "1")
        try store.write(author: nil) { try $0.createHousehold(household) }
        let survey = IncomeSurvey(
            householdID: household.id, year: 2025, wages: Money(fen: 1_000_050), business: .zero, property: .zero,
            transfers: Money(fen: 1), businessExpenses: .zero, population: 3)
        try store.write(author: nil) { try $0.recordIncomeSurvey(survey) }
        let stored = try store.read { db in try IncomeSurvey.fetch(db, id: survey.id.text) }
        #expect(stored?.wages == Money(fen: 1_000_050))
        #expect(stored?.perCapitaNetIncome == Money(fen: 333_350))
        var negative = survey
        negative.id = IncomeSurveyID()
        negative.business = Money(fen: -100)
        let negativeRefusal = refusal { try store.write(author: nil) { try $0.recordIncomeSurvey(negative) } }
        #expect(negativeRefusal?.message.hasPrefix("生产经营性收入") == true)
        var nobody = survey
        nobody.id = IncomeSurveyID()
        nobody.population = 0
        let nobodyRefusal = refusal { try store.write(author: nil) { try $0.recordIncomeSurvey(nobody) } }
        #expect(nobodyRefusal?.message.hasPrefix("家庭人口") == true)
    }
}
