import TerminalUI

/// How the set-up screen draws itself: an introduction, the five fields with their errors, a store refusal.
extension Setup {
    /// The widest label, 再次输入密码, plus its colon.
    static let inputOffset = 14

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let width = min(rect.width - 4, 70)
        let x = rect.x + max(2, (rect.width - width) / 2)
        var y = rect.y + 1
        canvas.draw("首次使用：请设置本站的行政村和管理员", at: Point(x: x, y: y), style: theme.title, maxWidth: width)
        y += 1
        canvas.draw(
            "村代码为12位统计用区划代码；密码为6位数字，用于管理员登录。", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        y += 2
        let inputX = x + Self.inputOffset
        for field in Field.allCases where field != focus {
            self[field].render(
                into: &canvas, x: x, y: y + field.rawValue * 3, inputX: inputX, width: width, theme: theme,
                focused: false)
        }
        self[focus].render(
            into: &canvas, x: x, y: y + focus.rawValue * 3, inputX: inputX, width: width, theme: theme, focused: true)
        y += Field.allCases.count * 3
        if let message, y < rect.maxY {
            canvas.draw("【错误】" + message, at: Point(x: x, y: y), style: theme.error, maxWidth: width)
        }
    }
}
