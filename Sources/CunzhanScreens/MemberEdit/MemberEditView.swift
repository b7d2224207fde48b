import TerminalUI

/// How the member form draws itself: one message line (the last problem or what happened), then the form.
extension MemberEdit {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        let line = Point(x: rect.x, y: rect.y)
        if let message {
            let text = messageIsError ? "【错误】" + message : message
            canvas.draw(text, at: line, style: messageIsError ? theme.error : theme.dim, maxWidth: rect.width)
        } else {
            canvas.draw(
                "户主 \(household.headName)  户编号 \(household.householdNumber)  填写后按 Ctrl-S 保存",
                at: line, style: theme.dim, maxWidth: rect.width)
        }
        let formArea = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
        form.render(into: &canvas, in: formArea, theme: theme, focused: true)
    }
}
