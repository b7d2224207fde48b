import TerminalUI

/// How the inspection form draws itself: the household and its grid, the month's theme, a message line,
/// then the form.
extension InspectionForm {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 2 else { return }
        let household: String
        if let subject {
            let grid = subject.grid.map { "\($0.name)（网格员 \(subject.gridWorkerName ?? "未指定")）" } ?? "未分配网格"
            let absent = subject.household.longAbsent ? "  长期外出" : ""
            household = "户主 \(subject.household.headName)  户编号 \(subject.household.householdNumber)  \(grid)\(absent)"
        } else {
            household = "正在读取农户信息..."
        }
        canvas.draw(household, at: rect.origin, style: theme.title, maxWidth: rect.width)
        var themeLines = 1
        if let monthTheme = subject?.theme {
            themeLines = ThemeBox.draw(
                monthTheme, into: &canvas, at: Point(x: rect.x, y: rect.y + 1), width: rect.width, style: theme)
        } else {
            canvas.draw(
                "本月没有设定主题，按四保障、收入和突发困难排查", at: Point(x: rect.x, y: rect.y + 1), style: theme.accent,
                maxWidth: rect.width)
        }
        let messageRect = Rect(x: rect.x, y: rect.y + 1 + themeLines, width: rect.width, height: 1)
        FormScreenLayout.drawMessageLine(
            message: message, isError: messageIsError, intro: "填写后按 Ctrl-S 保存", into: &canvas, in: messageRect,
            theme: theme)
        form.render(into: &canvas, in: formRect, theme: theme, focused: true)
    }
}
