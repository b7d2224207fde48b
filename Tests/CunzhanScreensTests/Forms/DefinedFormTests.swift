import CunzhanCore
import ScreenDefinitions
import TerminalUI
import Testing

@testable import CunzhanScreens

struct DefinedFormTests {
    @Test func fieldKindsAndChoicesComeFromTheDefinition() throws {
        let form = try FormFixture.form("visit").form
        let kinds = Dictionary(uniqueKeysWithValues: form.fields.map { ($0.id, $0.kind) })
        #expect(kinds["visit_date"] == .date)
        #expect(kinds["food"] == .singleChoice(["达标", "不达标"]))
        #expect(kinds["income_estimate"] == .money)
        #expect(kinds["new_risks"] == .multiChoice(RiskType.labels))
        #expect(kinds["recognised"] == .yesNo)
        #expect(form.fields.first { $0.id == "food" }?.help == "不愁吃：主粮和必要的蛋白质有保障")
        #expect(form.fields.compactMap(\.section) == ["基本情况", "两不愁三保障及饮水安全", "收入、风险与帮扶"])
    }

    @Test func defaultsFillTodayTheUserAndLiteralsButNotGivenValues() throws {
        let visit = try FormFixture.form("visit")
        #expect(visit.values["visit_date"] == "2026-03-15")
        #expect(visit.values["visitor"] == "王网格")
        #expect(!visit.isDirty)
        let household = try FormFixture.form("household", values: ["kind": "脱贫户"])
        #expect(household.values["kind"] == "脱贫户")
        #expect(household.values["monitored"] == "否")
    }

    @Test func aRequiredWhenFieldShowsRequiredOnlyWhileItsConditionHolds() throws {
        var form = try FormFixture.form("visit")
        let noteRequired = { (form: DefinedForm) in form.form.fields.first { $0.id == "food_note" }?.isRequired }
        #expect(noteRequired(form) == false)
        form.press(.tab, .tab, .left)
        #expect(form.values["food"] == "不达标")
        #expect(noteRequired(form) == true)
        form.press(.right)
        #expect(form.values["food"] == "达标")
        #expect(noteRequired(form) == false)
    }

    @Test func leavingAFieldShowsTheDefinitionsMessageAndFixingTheCauseClearsIt() throws {
        var form = try FormFixture.form("visit")
        form.press(.tab, .tab, .left, .tab, .tab)
        #expect(form.errors["food_note"] == "吃的情况说明：吃为“不达标”时必填，请填写")
        #expect(form.errors["clothing"] == nil, "a field not yet left is not checked")
        form.press(.backTab, .backTab, .right)
        #expect(form.errors["food_note"] == nil)
    }

    @Test func leavingAMoneyFieldWithABadAmountNamesTheField() throws {
        var form = try FormFixture.form("visit")
        for _ in 0..<14 { form.press(.tab) }
        #expect(form.form.focusedField?.id == "income_estimate")
        form.type("12.345")
        form.press(.tab)
        let message = try #require(form.errors["income_estimate"])
        #expect(message.hasPrefix("家庭年收入估算（元）："))
        #expect(form.values["income_estimate"] == "12.345", "nothing typed is lost")
    }
}
