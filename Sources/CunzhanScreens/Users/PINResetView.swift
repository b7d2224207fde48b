import TerminalUI

/// How the PIN reset form draws itself: whose PIN it is, the two PIN fields with their errors, a failure.
extension PINReset {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let width = min(rect.width - 4, 70)
        let x = rect.x + max(2, (rect.width - width) / 2)
        var y = rect.y + 1
        canvas.draw(
            "为“\(user.name)”（\(user.role.label)）设置新密码", at: Point(x: x, y: y), style: theme.title, maxWidth: width)
        y += 1
        canvas.draw("新密码为6位数字；保存后旧密码作废，锁定也一并解除。", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        y += 2
        let inputX = x + UserAdd.inputOffset
        pin.render(into: &canvas, x: x, y: y, inputX: inputX, width: width, theme: theme, focused: !focusOnAgain)
        pinAgain.render(
            into: &canvas, x: x, y: y + 3, inputX: inputX, width: width, theme: theme, focused: focusOnAgain)
        if let message, y + 6 < rect.maxY {
            canvas.draw("【错误】" + message, at: Point(x: x, y: y + 6), style: theme.error, maxWidth: width)
        }
    }
}
