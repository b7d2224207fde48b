import TerminalUI

/// How the household form draws itself: one message line (the last problem or what happened), then the form.
extension HouseholdEdit {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        let intro: String? =
            form == nil
            ? nil
            : householdID == nil
                ? "新增农户：户编号已按本村下一个空号填好，填写后按 Ctrl-S 保存" : "修改后按 Ctrl-S 保存，只记录改动的项"
        FormScreenLayout.drawMessageLine(
            message: message, isError: messageIsError, intro: intro, into: &canvas, in: rect, theme: theme)
        guard let form else {
            if message == nil {
                canvas.draw("正在读取...", at: Point(x: rect.x, y: rect.y), style: theme.dim, maxWidth: rect.width)
            }
            return
        }
        form.render(into: &canvas, in: FormScreenLayout.formArea(in: rect), theme: theme, focused: true)
    }
}
