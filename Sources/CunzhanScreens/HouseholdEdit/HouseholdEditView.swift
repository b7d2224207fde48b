import TerminalUI

/// How the household form draws itself: one message line (the last problem or what happened), then the form.
extension HouseholdEdit {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        let line = Point(x: rect.x, y: rect.y)
        if let message {
            let text = messageIsError ? "【错误】" + message : message
            canvas.draw(text, at: line, style: messageIsError ? theme.error : theme.dim, maxWidth: rect.width)
        } else if form != nil {
            let intro =
                householdID == nil
                ? "新增农户：户编号已按本村下一个空号填好，填写后按 Ctrl-S 保存" : "修改后按 Ctrl-S 保存，只记录改动的项"
            canvas.draw(intro, at: line, style: theme.dim, maxWidth: rect.width)
        }
        guard let form else {
            if message == nil { canvas.draw("正在读取...", at: line, style: theme.dim, maxWidth: rect.width) }
            return
        }
        let formArea = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
        form.render(into: &canvas, in: formArea, theme: theme, focused: true)
    }
}
