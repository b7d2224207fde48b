import TerminalUI

/// How the visit form draws itself: one message line (the last problem or what happened), the month's theme
/// box when the visit's month has a theme, then the form.
extension VisitForm {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        let intro = "户主 \(household.headName)  户编号 \(household.householdNumber)  填写后按 Ctrl-S 保存，草稿自动保存"
        FormScreenLayout.drawMessageLine(
            message: message, isError: messageIsError, intro: intro, into: &canvas, in: rect, theme: theme)
        let boxHeight =
            monthTheme.map {
                ThemeBox.draw($0, into: &canvas, at: Point(x: rect.x, y: rect.y + 1), width: rect.width, style: theme)
            } ?? 0
        let top = rect.y + 1 + boxHeight
        form.render(
            into: &canvas, in: Rect(x: rect.x, y: top, width: rect.width, height: max(0, rect.y + rect.height - top)),
            theme: theme, focused: true)
    }
}
