import Testing

@testable import TerminalUI

/// A household-style form with one field of every kind.
func sampleFields() -> [FormField] {
    [
        FormField(id: "name", label: "户主姓名", isRequired: true, help: "填写身份证上的姓名。", maxLength: 20),
        FormField(id: "people", label: "家庭人口", kind: .integer, isRequired: true),
        FormField(id: "income", label: "年收入（元）", kind: .money),
        FormField(id: "visited", label: "走访日期", kind: .date),
        FormField(id: "risk", label: "风险类型", kind: .singleChoice(["因病", "因残", "因学"])),
        FormField(id: "measures", label: "帮扶措施", kind: .multiChoice(["产业", "就业", "教育"])),
        FormField(id: "monitored", label: "是否监测", kind: .yesNo),
        FormField(
            id: "idNumber", label: "身份证号", kind: .idNumber,
            validate: { $0.count == 18 ? nil : "「身份证号」应为 18 位，现在是 \($0.count) 位。" }),
        FormField(id: "phone", label: "联系电话", kind: .phone),
    ]
}

struct FormViewTests {
    func type(_ text: String, into form: inout FormView) {
        for character in text { _ = form.handle(.character(character)) }
    }

    @Test func typingEditsTheFocusedFieldAndMakesTheFormDirty() {
        var form = FormView(fields: sampleFields())
        #expect(!form.isDirty)
        #expect(form.handle(.character("张")) == .changed(fieldID: "name"))
        type("三", into: &form)
        #expect(form.values["name"] == "张三")
        #expect(form.isDirty)
    }

    @Test func tabDownAndEnterMoveOnShiftTabAndUpMoveBack() {
        var form = FormView(fields: sampleFields(), values: ["name": "张三", "people": "4"])
        #expect(form.handle(.tab) == .focusChanged(fieldID: "people"))
        #expect(form.handle(.down) == .focusChanged(fieldID: "income"))
        #expect(form.handle(.enter) == .focusChanged(fieldID: "visited"))
        #expect(form.handle(.backTab) == .focusChanged(fieldID: "income"))
        #expect(form.handle(.up) == .focusChanged(fieldID: "people"))
        _ = form.handle(.up)
        #expect(form.handle(.up) == .handled)
        #expect(form.focusedIndex == 0)
    }

    @Test func validationRunsOnLeavingAFieldNotPerKeystroke() {
        var form = FormView(fields: sampleFields())
        _ = form.moveFocus(to: 1)
        #expect(form.errors["name"] == "「户主姓名」是必填项，请填写。")
        type("3x", into: &form)
        #expect(form.errors["people"] == nil)
        _ = form.handle(.tab)
        #expect(form.errors["people"] == "「家庭人口」请填写整数，例如 3。")
    }

    @Test func typedTextIsKeptWhenValidationFails() {
        var form = FormView(fields: sampleFields())
        _ = form.moveFocus(to: 7)
        type("41010", into: &form)
        _ = form.handle(.tab)
        #expect(form.errors["idNumber"] == "「身份证号」应为 18 位，现在是 5 位。")
        #expect(form.values["idNumber"] == "41010")
        _ = form.handle(.backTab)
        type("1199001011234", into: &form)
        _ = form.handle(.tab)
        #expect(form.errors["idNumber"] == nil)
    }

    @Test func saveWithErrorsMovesFocusToTheFirstErrorAndSummarises() {
        var form = FormView(fields: sampleFields(), values: ["name": "张三", "income": "12.345"])
        _ = form.moveFocus(to: 8)
        #expect(form.handle(.control("s")) == .saveBlocked(errorCount: 2))
        #expect(form.focusedField?.id == "people")
        #expect(form.errorSummary == "有 2 处需要修改：家庭人口、年收入（元）")
    }

    @Test func saveWhenValidReturnsTheValues() {
        var form = FormView(fields: sampleFields(), values: ["name": "张三", "people": "4"])
        _ = form.moveFocus(to: 4)
        _ = form.handle(.character(" "))
        guard case .saveRequested(let values) = form.handle(.control("s")) else {
            Issue.record("save was not requested")
            return
        }
        #expect(values["name"] == "张三")
        #expect(values["risk"] == "因病")
        #expect(values["phone"] == "")
    }

    @Test func fixingAFieldClearsItsErrorOnLeaving() {
        var form = FormView(fields: sampleFields())
        _ = form.handle(.control("s"))
        #expect(form.errors["name"] != nil)
        type("李四", into: &form)
        #expect(form.errors["name"] != nil)
        _ = form.handle(.tab)
        #expect(form.errors["name"] == nil)
    }

    @Test func moneyAndDateFormatsAreChecked() {
        let money = FormField(id: "m", label: "金额", kind: .money)
        #expect(money.problem(with: "1200.50") == nil)
        #expect(money.problem(with: "1200") == nil)
        #expect(money.problem(with: "1.234") != nil)
        #expect(money.problem(with: "12元") != nil)
        let date = FormField(id: "d", label: "日期", kind: .date)
        #expect(date.problem(with: "2024-02-29") == nil)
        #expect(date.problem(with: "2023-02-29") == "「日期」请按 年-月-日 填写，例如 2026-03-15。")
        #expect(date.problem(with: "2026-3-1") != nil)
    }

    @Test func singleChoiceCyclesWithSpaceEnterLeftAndRight() {
        var form = FormView(fields: sampleFields())
        _ = form.moveFocus(to: 4)
        #expect(form.handle(.character(" ")) == .changed(fieldID: "risk"))
        #expect(form.values["risk"] == "因病")
        _ = form.handle(.enter)
        #expect(form.values["risk"] == "因残")
        _ = form.handle(.right)
        _ = form.handle(.right)
        #expect(form.values["risk"] == "因病")
        _ = form.handle(.left)
        #expect(form.values["risk"] == "因学")
        #expect(form.handle(.character("x")) == .ignored)
    }

    @Test func multiChoiceTogglesTheHighlightedOption() {
        var form = FormView(fields: sampleFields())
        _ = form.moveFocus(to: 5)
        _ = form.handle(.character(" "))
        _ = form.handle(.right)
        _ = form.handle(.right)
        _ = form.handle(.enter)
        #expect(form.values["measures"] == "产业、教育")
        _ = form.handle(.left)
        _ = form.handle(.left)
        _ = form.handle(.character(" "))
        #expect(form.values["measures"] == "教育")
    }

    @Test func multiChoiceReadsAndWritesValuesJoinedByTheScreensSeparator() {
        var form = FormView(fields: sampleFields(), values: ["measures": "产业、教育"])
        _ = form.moveFocus(to: 5)
        _ = form.handle(.right)
        _ = form.handle(.character(" "))
        #expect(form.values["measures"] == "产业、就业、教育")
        _ = form.handle(.left)
        _ = form.handle(.character(" "))
        #expect(form.values["measures"] == "就业、教育")
    }

    @Test func yesNoTogglesWithSpaceAndAnswersYAndN() {
        var form = FormView(fields: sampleFields())
        _ = form.moveFocus(to: 6)
        _ = form.handle(.character(" "))
        #expect(form.values["monitored"] == "是")
        _ = form.handle(.character(" "))
        #expect(form.values["monitored"] == "否")
        _ = form.handle(.character("y"))
        #expect(form.values["monitored"] == "是")
        _ = form.handle(.character("n"))
        #expect(form.values["monitored"] == "否")
    }

    @Test func aPasteGoesIntoTheFocusedFieldWhole() {
        var form = FormView(fields: sampleFields())
        _ = form.moveFocus(to: 8)
        #expect(form.insert("138 0013 8000\n") == .changed(fieldID: "phone"))
        #expect(form.values["phone"] == "138 0013 8000")
    }

    @Test func escapeIsLeftToTheOwner() {
        var form = FormView(fields: sampleFields())
        #expect(form.handle(.escape) == .ignored)
        #expect(form.handle(.function(1)) == .ignored)
    }

    @Test func maxLengthLimitsTypedFields() {
        var form = FormView(fields: sampleFields())
        type(String(repeating: "长", count: 25), into: &form)
        #expect(form.values["name"]?.count == 20)
    }
}

extension FormViewTests {
    @Test func aClickFocusesTheFieldUnderItAndHighlightsAnOption() {
        var form = FormView(fields: sampleFields(), values: ["name": "张三", "people": "4"])
        let rect = Rect(x: 0, y: 1, width: 80, height: 20)
        form.fit(to: rect)
        // Rows from y = 1: name + help line, people, income, visited, risk, measures (y = 7).
        #expect(form.handle(MouseClick(position: Point(x: 30, y: 7)), in: rect) == .focusChanged(fieldID: "measures"))
        #expect(form.handle(.character(" ")) == .changed(fieldID: "measures"))
        #expect(form.values["measures"] == "就业")
        #expect(form.handle(MouseClick(position: Point(x: 3, y: 0)), in: rect) == .ignored)
    }
}
