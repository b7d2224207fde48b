import TerminalUI

/// How the user list draws itself: a header, one row per user with the selection highlighted, a message.
extension UserList {
    /// Display columns of the role and status, counted from the list's left edge.
    static let roleColumn = 16
    static let statusColumn = 34

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let width = min(rect.width - 4, 72)
        let x = rect.x + 2
        var y = rect.y + 1
        canvas.draw("本站用户（共 \(users.count) 人）", at: Point(x: x, y: y), style: theme.title, maxWidth: width)
        y += 2
        drawRow(["姓名", "角色", "状态"], y: y, x: x, width: width, canvas: &canvas, style: theme.dim)
        y += 1
        let messageRows = message == nil ? 0 : 2
        let visible = max(rect.maxY - y - messageRows, 1)
        let first = max(0, min(selection - visible + 1, users.count - visible))
        for (index, user) in users.enumerated().dropFirst(first).prefix(visible) {
            let style = index == selection ? theme.selection : (user.disabled ? theme.dim : theme.normal)
            if index == selection { canvas.fill(Rect(x: x, y: y, width: width, height: 1), with: style) }
            drawRow(
                [user.name, user.role.label, user.disabled ? "已停用" : "正常"], y: y, x: x, width: width,
                canvas: &canvas, style: style)
            y += 1
        }
        if users.isEmpty {
            canvas.draw("正在读取用户名单...", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        }
        if let message, rect.height > 2 {
            let text = messageIsError ? "【错误】" + message : message
            canvas.draw(
                text, at: Point(x: x, y: rect.maxY - 1), style: messageIsError ? theme.error : theme.normal,
                maxWidth: width)
        }
    }

    private func drawRow(_ cells: [String], y: Int, x: Int, width: Int, canvas: inout Canvas, style: Style) {
        let columns = [0, Self.roleColumn, Self.statusColumn]
        for (cell, column) in zip(cells, columns) where column < width {
            let limit = (columns.first { $0 > column } ?? width) - column - 1
            canvas.draw(cell, at: Point(x: x + column, y: y), style: style, maxWidth: max(limit, 1))
        }
    }
}
