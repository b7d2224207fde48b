import TerminalUI

/// How the add-user form draws itself: an introduction, name, role choice, the PIN twice, errors under each.
extension UserAdd {
    /// The widest label, 再次输入密码, plus its colon.
    static let inputOffset = 14

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let width = min(rect.width - 4, 70)
        let x = rect.x + max(2, (rect.width - width) / 2)
        var y = rect.y + 1
        canvas.draw("添加本站用户", at: Point(x: x, y: y), style: theme.title, maxWidth: width)
        y += 1
        canvas.draw("角色用左右键选择；密码为6位数字，用于登录。", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        y += 2
        let inputX = x + Self.inputOffset
        name.render(into: &canvas, x: x, y: y, inputX: inputX, width: width, theme: theme, focused: focus == .name)
        renderRole(into: &canvas, x: x, y: y + 3, inputX: inputX, width: width, theme: theme)
        pin.render(into: &canvas, x: x, y: y + 6, inputX: inputX, width: width, theme: theme, focused: focus == .pin)
        pinAgain.render(
            into: &canvas, x: x, y: y + 9, inputX: inputX, width: width, theme: theme, focused: focus == .pinAgain)
        if let message, y + 12 < rect.maxY {
            canvas.draw("【错误】" + message, at: Point(x: x, y: y + 12), style: theme.error, maxWidth: width)
        }
    }

    /// Draws "角色：< 村干部/网格员 >" with the arrows showing that left and right change it.
    private func renderRole(into canvas: inout Canvas, x: Int, y: Int, inputX: Int, width: Int, theme: Theme) {
        let focused = focus == .role
        canvas.draw("角色：", at: Point(x: x, y: y), style: focused ? theme.accent : theme.normal)
        canvas.draw(
            "< \(role.label) >", at: Point(x: inputX, y: y), style: focused ? theme.selection : theme.normal,
            maxWidth: x + width - inputX)
    }
}
