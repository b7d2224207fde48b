import Testing

@testable import TerminalUI

struct FormViewErrorsTests {
    @Test func anOutsideErrorShowsUnderItsFieldKeepsTheValueAndCountsInTheSummary() {
        var form = FormView(fields: sampleFields(), values: ["name": "张三", "idNumber": "11010519491231002X"])
        form.setError("证件号码：已登记在户编号 0001（户主 李四）名下，请核对", for: "idNumber")
        #expect(form.errors["idNumber"] == "证件号码：已登记在户编号 0001（户主 李四）名下，请核对")
        #expect(form.values["idNumber"] == "11010519491231002X")
        #expect(form.errorSummary == "有 1 处需要修改：身份证号")
        var canvas = Canvas(size: Size(width: 80, height: 24))
        form.render(into: &canvas, in: Rect(x: 0, y: 0, width: 80, height: 24), theme: .monochrome, focused: true)
        #expect(canvas.lines.contains { $0.contains("已登记在户编号 0001（户主 李四）") })
    }

    @Test func nilClearsAnOutsideErrorAndUnknownFieldsAreIgnored() {
        var form = FormView(fields: sampleFields())
        form.setError("不对", for: "name")
        form.setError(nil, for: "name")
        form.setError("没有这一项", for: "nonexistent")
        #expect(form.errors.isEmpty)
    }

    @Test func showErrorsFocusesTheFirstFieldWithAProblemInFormOrder() {
        var form = FormView(fields: sampleFields())
        let shown = form.showErrors(["phone": "电话不对", "people": "人口不对", "elsewhere": "不属于这张表"])
        #expect(shown)
        #expect(form.focusedField?.id == "people")
        #expect(form.errorFieldIDs == ["people", "phone"])
        let shownElsewhere = form.showErrors(["elsewhere": "不属于这张表"])
        #expect(!shownElsewhere)
    }

    @Test func anOutsideErrorGoesAwayWhenTheFieldIsCheckedAgain() {
        var form = FormView(fields: sampleFields(), values: ["name": "张三"])
        form.setError("户主姓名：已有同名户主", for: "name")
        _ = form.handle(.tab)
        #expect(form.errors["name"] == nil)
    }
}
