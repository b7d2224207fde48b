import Testing

@testable import TerminalUI

/// Forms whose rules come from outside: a whole-form validator, requirements that change, sections, label width.
struct FormViewRulesTests {
    func checkWithNote() -> [FormField] {
        [
            FormField(id: "food", label: "吃", kind: .singleChoice(["达标", "不达标"]), section: "两不愁三保障"),
            FormField(id: "food_note", label: "吃的情况说明"),
        ]
    }

    /// The note is required while the check is 不达标, as a definition's required_when says.
    let noteRule: @Sendable ([String: String]) -> [String: String] = { values in
        values["food"] == "不达标" && (values["food_note"] ?? "").isEmpty ? ["food_note": "吃的情况说明：必填"] : [:]
    }

    func rendered(_ form: FormView, width: Int = 60, height: Int = 6) -> [String] {
        var form = form
        let rect = Rect(x: 0, y: 0, width: width, height: height)
        form.fit(to: rect)
        var canvas = Canvas(size: rect.size)
        form.render(into: &canvas, in: rect, theme: .monochrome, focused: true)
        return canvas.lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    @Test func aValidatorReplacesTheFieldChecksOnLeavingAndOnSave() {
        var form = FormView(fields: checkWithNote(), values: ["food": "不达标"])
        form.validator = noteRule
        _ = form.moveFocus(to: 1)
        _ = form.moveFocus(to: 0)
        #expect(form.errors == ["food_note": "吃的情况说明：必填"])
        #expect(form.save() == .saveBlocked(errorCount: 1))
        #expect(form.focusedField?.id == "food_note")
        _ = form.insert("缺粮")
        #expect(form.save() == .saveRequested(["food": "不达标", "food_note": "缺粮"]))
    }

    @Test func setRequiredShowsAndHidesTheRequiredMark() {
        var form = FormView(fields: checkWithNote())
        #expect(!rendered(form)[2].contains("必填"))
        form.setRequired(true, forFieldID: "food_note")
        #expect(form.fields[1].isRequired)
        #expect(rendered(form)[2].contains("必填"))
    }

    @Test func aSectionHeadingSitsOnItsOwnLineAboveItsFirstField() {
        let lines = rendered(FormView(fields: checkWithNote(), values: ["food": "达标"]))
        #expect(lines[0] == "两不愁三保障")
        #expect(lines[1].hasPrefix("> 吃"))
        #expect(lines[1].hasSuffix("< 达标 >"))
    }

    @Test func aWiderLabelColumnKeepsLongLabelsWhole() {
        let fields = [FormField(id: "income", label: "家庭年收入估算（元）", kind: .money)]
        let narrow = rendered(FormView(fields: fields))
        let wide = rendered(FormView(fields: fields, labelWidth: 20))
        #expect(!narrow[0].contains("家庭年收入估算（元）"))
        #expect(wide[0].contains("家庭年收入估算（元）"))
    }
}
