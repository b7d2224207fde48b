import TerminalUI

/// How the export screen draws itself: four lines of choices, then the result or the refusal.
extension RegisterExport {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let width = max(rect.width - 4, 10)
        let x = rect.x + 2
        var y = rect.y + 1
        canvas.draw(
            "导出登记册（CSV 用 Excel、WPS 直接打开；XLSX 为标准工作簿）", at: Point(x: x, y: y), style: theme.title, maxWidth: width)
        y += 2
        let inputX = x + 10
        choice("导出内容", register.label, field: .register, into: &canvas, x: x, y: y, inputX: inputX, theme: theme)
        y += 2
        if register.takesMonth {
            month.render(
                into: &canvas, x: x, y: y, inputX: inputX, width: width, theme: theme, focused: focus == .month)
            let note = register == .ledger ? "YYYY-MM，必填" : "YYYY-MM，清空则导出全部"
            canvas.draw(note, at: Point(x: inputX + 10, y: y), style: theme.dim, maxWidth: max(width - 20, 0))
        } else {
            canvas.draw("月份：花名册整本导出", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        }
        y += 2
        choice(
            "格式", format.rawValue.uppercased(), field: .format, into: &canvas, x: x, y: y, inputX: inputX, theme: theme)
        y += 2
        path.render(into: &canvas, x: x, y: y, inputX: inputX, width: width, theme: theme, focused: focus == .path)
        y += 3
        if let message {
            canvas.draw("【错误】" + message, at: Point(x: x, y: y), style: theme.error, maxWidth: width)
        } else if let done {
            canvas.draw(done, at: Point(x: x, y: y), style: theme.accent, maxWidth: width)
        }
    }

    private func choice(
        _ label: String, _ value: String, field: Field, into canvas: inout Canvas, x: Int, y: Int, inputX: Int,
        theme: Theme
    ) {
        let focused = focus == field
        canvas.draw(label + "：", at: Point(x: x, y: y), style: focused ? theme.accent : theme.normal)
        canvas.draw("< \(value) >", at: Point(x: inputX, y: y), style: focused ? theme.selection : theme.normal)
    }
}
