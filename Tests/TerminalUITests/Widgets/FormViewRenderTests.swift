import Testing

@testable import TerminalUI

struct FormViewRenderTests {
    func rendered(_ form: FormView, width: Int = 80, height: Int = 16) -> Canvas {
        var form = form
        let rect = Rect(x: 0, y: 0, width: width, height: height)
        form.fit(to: rect)
        var canvas = Canvas(size: rect.size)
        form.render(into: &canvas, in: rect, theme: .monochrome, focused: true)
        return canvas
    }

    @Test func aFormShowsErrorsUnderTheirFieldsAndTheSummaryOnTop() {
        var form = FormView(fields: sampleFields(), values: ["name": "张三", "income": "12.345", "idNumber": "41010"])
        _ = form.handle(.control("s"))
        let canvas = rendered(form, height: 18)
        #expect(
            canvas.lines.map { $0.trailingSpacesRemoved } == [
                "有 3 处需要修改：家庭人口、年收入（元）、身份证号",
                "",
                "  户主姓名       必填 张三",
                "> 家庭人口       必填",
                "                      【错误】「家庭人口」是必填项，请填写。",
                "  年收入（元）        12.345",
                "                      【错误】「年收入（元）」请填写金额（元），最多两位小数，例",
                "                              如 1200.50。",
                "  走访日期",
                "  风险类型            <  请选择  >",
                "  帮扶措施            [ ]产业 [ ]就业 [ ]教育",
                "  是否监测            <  请选择  >",
                "  身份证号            41010",
                "                      【错误】「身份证号」应为 18 位，现在是 5 位。",
                "  联系电话",
                "", "", "",
            ])
        #expect(canvas.cursor == Point(x: 22, y: 3))
        #expect(canvas[22, 4].style == Theme.monochrome.error)
    }

    @Test func theFocusedFieldShowsItsHelpAndCaret() {
        var form = FormView(fields: sampleFields())
        _ = form.handle(.character("王"))
        let canvas = rendered(form, height: 4)
        #expect(
            canvas.lines.map { $0.trailingSpacesRemoved } == [
                "> 户主姓名       必填 王",
                "                      填写身份证上的姓名。",
                "  家庭人口       必填",
                "  年收入（元）",
            ])
        #expect(canvas.cursor == Point(x: 24, y: 0))
        #expect(canvas[30, 0].style == Theme.monochrome.selection)
    }

    @Test func chosenOptionsAreMarkedAndTheHighlightedOneIsSelected() {
        var form = FormView(fields: sampleFields(), values: ["name": "张三", "people": "4"])
        _ = form.moveFocus(to: 5)
        _ = form.handle(.right)
        _ = form.handle(.character(" "))
        _ = form.moveFocus(to: 6)
        _ = form.handle(.character("y"))
        let canvas = rendered(form, height: 12)
        #expect(canvas.lines[5].trailingSpacesRemoved == "  帮扶措施            [ ]产业 [x]就业 [ ]教育")
        #expect(canvas.lines[6].trailingSpacesRemoved == "> 是否监测            < 是 >")
        #expect(canvas.cursor == nil)
    }

    @Test func theFormScrollsToKeepTheFocusedFieldVisible() {
        var form = FormView(fields: sampleFields())
        let rect = Rect(x: 0, y: 0, width: 80, height: 5)
        form.fit(to: rect)
        for _ in 0..<8 { _ = form.handle(.tab) }
        var canvas = Canvas(size: rect.size)
        form.render(into: &canvas, in: rect, theme: .monochrome, focused: true)
        #expect(canvas.lines.last?.hasPrefix("> 联系电话") == true)
        #expect(!canvas.lines.contains { $0.hasPrefix("  户主姓名") })
        _ = form.handle(.control("s"))
        #expect(form.focusedField?.id == "name")
        canvas = Canvas(size: rect.size)
        form.render(into: &canvas, in: rect, theme: .monochrome, focused: true)
        #expect(canvas.lines[0].hasPrefix("有 2 处需要修改"))
        #expect(canvas.lines[2].hasPrefix("> 户主姓名"))
    }

    @Test func longLabelsAndWideValuesAreCutOnCharacterBoundaries() {
        let fields = [FormField(id: "a", label: "家庭成员中在校生人数及就读学校", isRequired: true)]
        let form = FormView(fields: fields, values: ["a": String(repeating: "很长的内容", count: 20)])
        var canvas = rendered(form, width: 81, height: 1)
        // Focused: scrolled so the caret at the end shows, the cut never splitting a character.
        #expect(canvas.lines[0].hasPrefix("> 家庭成员中在.. 必填 长的内容很长的内容"))
        #expect(DisplayWidth.of(canvas.lines[0]) == 81)
        canvas = Canvas(size: Size(width: 81, height: 1))
        form.render(into: &canvas, in: Rect(x: 0, y: 0, width: 81, height: 1), theme: .monochrome, focused: false)
        #expect(canvas.lines[0].hasPrefix("> 家庭成员中在.. 必填 很长的内容很长的内容"))
        #expect(canvas.lines[0].hasSuffix("很长的.. "))
    }
}

extension String {
    var trailingSpacesRemoved: String {
        guard let last = lastIndex(where: { $0 != " " }) else { return "" }
        return String(self[...last])
    }
}
