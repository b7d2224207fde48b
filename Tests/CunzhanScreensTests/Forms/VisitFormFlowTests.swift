import CunzhanCore
import ScreenDefinitions
import TerminalUI
import Testing

@testable import CunzhanScreens

/// A visit filled in by key presses, as a grid worker would, through to the `Visit` it saves.
struct VisitFormFlowTests {
    let household = HouseholdID()
    let visitor = UserID()

    /// Fills every field by keys; 吃 is 不达标 and its note is left empty.
    func filledWithoutTheFoodNote() throws -> DefinedForm {
        var form = try FormFixture.form("visit")
        form.press(.tab, .tab)  // past the defaulted visitor and date
        form.press(.left, .tab, .tab)  // 吃: 不达标, leave its note empty
        for _ in 0..<5 { form.press(.character(" "), .tab, .tab) }  // 穿 … 饮水安全: 达标
        form.type("12000")
        form.press(.tab, .character(" "), .tab)  // 因病
        form.press(.right, .right, .right, .right, .enter, .tab)  // 健康
        form.press(.character("y"), .tab)  // 群众认可: 是
        form.type("户主住院两周")
        return form
    }

    @Test func savingWithoutTheNoteOfAnUnmetCheckShowsTheErrorThereAndKeepsEverything() throws {
        var form = try filledWithoutTheFoodNote()
        let typed = form.values
        #expect(form.press(.control("s")) == .saveBlocked(errorCount: 1))
        #expect(form.form.focusedField?.id == "food_note")
        #expect(form.errors == ["food_note": "吃的情况说明：吃为“不达标”时必填，请填写"])
        #expect(form.form.errorSummary == "有 1 处需要修改：吃的情况说明")
        #expect(form.values == typed, "nothing typed is lost")

        let lines = FormFixture.render(form, width: 80, height: 24).lines
        let note = try #require(lines.firstIndex { $0.hasPrefix("> 吃的情况说明") })
        #expect(lines[note + 1].contains("【错误】吃的情况说明：吃为“不达标”时必填，请填写"))
        #expect(lines[0].hasPrefix("有 1 处需要修改：吃的情况说明"))
    }

    @Test func fixingTheNoteSavesValuesThatMapToTheExpectedVisit() throws {
        var form = try filledWithoutTheFoodNote()
        _ = form.press(.control("s"))
        form.type("缺少口粮")
        guard case .saveRequested(let values) = form.press(.control("s")) else {
            Issue.record("save was blocked: \(form.errors)")
            return
        }
        let visitID = VisitID()
        let mapped = try VisitFormMapping(definition: try FormFixture.definition("visit")).visit(
            from: values, context: .init(householdID: household, visitorID: visitor, visitID: visitID))
        var guarantees = Guarantees.allMet
        guarantees.food = Guarantees.Check(.notMet, note: "缺少口粮")
        let expected = Visit(
            id: visitID, householdID: household, date: FormFixture.today, visitorID: visitor, guarantees: guarantees,
            incomeEstimate: Money(fen: 1_200_000), risksFound: [.illness], measures: [.health], acknowledged: true,
            notes: "户主住院两周")
        #expect(mapped.record == expected)
        #expect(mapped.answers == ["visitor": "王网格"])
    }
}
