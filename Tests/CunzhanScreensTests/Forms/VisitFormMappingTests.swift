import CunzhanCore
import ScreenDefinitions
import Testing

@testable import CunzhanScreens

struct VisitFormMappingTests {
    let context = VisitFormMapping.Context(householdID: HouseholdID(), visitorID: UserID())

    func mapping() throws -> VisitFormMapping { VisitFormMapping(definition: try FormFixture.definition("visit")) }

    /// A complete set of answers, as the form hands them over (every field present, empty ones "").
    func answers() throws -> [String: String] {
        var values = try FormFixture.form("visit").values
        for guarantee in ["food", "clothing", "education", "medical", "housing", "water"] { values[guarantee] = "达标" }
        values["housing"] = "不达标"
        values["housing_note"] = "屋顶漏雨，已报危房鉴定"
        values["income_estimate"] = "36000"
        values["new_risks"] = "因安全住房、因灾"
        values["measures"] = "住房安全"
        values["recognised"] = "否"
        values["notes"] = "下周复查"
        values["county_extra"] = "县里加的问题的回答"
        return values
    }

    @Test func answersMapToTheVisitAndBackUnchanged() throws {
        let values = try answers()
        let mapped = try mapping().visit(from: values, context: context)
        let visit = mapped.record
        #expect(visit.date == FormFixture.today)
        #expect(visit.guarantees.unmet == [.housing])
        #expect(visit.guarantees.housing.note == "屋顶漏雨，已报危房鉴定")
        #expect(visit.guarantees.food.note == nil)
        #expect(visit.incomeEstimate == Money(fen: 3_600_000))
        #expect(visit.risksFound == [.housing, .disaster])
        #expect(visit.measures == [.housing])
        #expect(!visit.acknowledged)
        #expect(visit.notes == "下周复查")
        #expect(mapped.answers == ["visitor": "王网格", "county_extra": "县里加的问题的回答"])
        #expect(try mapping().values(from: visit, answers: mapped.answers) == values)
    }

    @Test func aVisitMapsToAnswersThatMapBackToTheSameVisit() throws {
        var guarantees = Guarantees.allMet
        guarantees.water = Guarantees.Check(.notMet, note: "水窖干涸")
        let visit = Visit(
            householdID: context.householdID, date: FormFixture.today, visitorID: context.visitorID,
            guarantees: guarantees, incomeEstimate: nil, risksFound: [.drinkingWater], measures: [],
            acknowledged: true, notes: "")
        let values = try mapping().values(from: visit, answers: ["visitor": "李四"])
        let context = VisitFormMapping.Context(
            householdID: visit.householdID, visitorID: visit.visitorID, visitID: visit.id)
        #expect(try mapping().visit(from: values, context: context).record == visit)
    }

    @Test func badAnswersGiveAMessagePerFieldNamingIt() throws {
        var values = try answers()
        values["visit_date"] = "2026-02-30"
        values["food"] = ""
        values["income_estimate"] = "36000.505"
        values["new_risks"] = "因病、因懒"
        values["recognised"] = ""
        #expect {
            try mapping().visit(from: values, context: context)
        } throws: { error in
            guard let error = error as? FormMappingError else { return false }
            return error.problems.keys.sorted() == ["food", "income_estimate", "new_risks", "recognised", "visit_date"]
                && error.problems["visit_date"]?.hasPrefix("走访日期：") == true
                && error.problems["food"] == "吃：必填"
                && error.problems["new_risks"]?.contains("因懒") == true
                && error.messages.first?.hasPrefix("走访日期") == true
        }
    }

    @Test func anIncomeWithFenIsKeptExactlyAndShownBackAsTyped() throws {
        var values = try answers()
        values["income_estimate"] = "36000.50"
        let mapping = try mapping()
        let visit = try mapping.visit(from: values, context: context).record
        #expect(visit.incomeEstimate == Money(fen: 3_600_050))
        #expect(mapping.values(from: visit)["income_estimate"] == "36000.50")
    }

    @Test func anIncomeThatIsNotAnAmountNamesTheField() throws {
        var values = try answers()
        values["income_estimate"] = "三万"
        let mapping = try mapping()
        do {
            _ = try mapping.visit(from: values, context: context)
            Issue.record("an income of 三万 was accepted")
        } catch {
            #expect(error.problems["income_estimate"]?.hasPrefix("家庭年收入估算（元）：") == true)
        }
    }
}
