import TerminalUI

/// How the login screen draws itself: the two fields, the users to pick from, and the last refusal.
extension Login {
    /// The column where both inputs start, after the widest label.
    static let inputOffset = 8

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let width = min(rect.width - 4, 60)
        let x = rect.x + max(2, (rect.width - width) / 2)
        var y = rect.y + 1
        canvas.draw("请登录村站", at: Point(x: x, y: y), style: theme.title)
        y += 2
        let inputX = x + Self.inputOffset + 2
        let drawName = { (canvas: inout Canvas) in
            name.render(into: &canvas, x: x, y: y, inputX: inputX, width: width, theme: theme, focused: focus == .name)
        }
        let drawPIN = { (canvas: inout Canvas) in
            pin.render(
                into: &canvas, x: x, y: y + 3, inputX: inputX, width: width, theme: theme, focused: focus == .pin)
        }
        // The focused field draws last so the terminal cursor ends at its caret.
        if focus == .pin {
            drawName(&canvas)
            drawPIN(&canvas)
        } else {
            drawPIN(&canvas)
            drawName(&canvas)
        }
        y += 6
        // A refusal can say what to do next (who sets a missing PIN), so it wraps over a few lines.
        let messageLines = message.map { PhraseWrap.lines("【提示】" + $0, width: width).prefix(3) } ?? []
        for (offset, line) in messageLines.enumerated() {
            canvas.draw(line, at: Point(x: x, y: y + offset), style: theme.error, maxWidth: width)
        }
        y += max(2, messageLines.count + 1)
        guard !users.isEmpty, y < rect.maxY else { return }
        canvas.draw("本站用户（上下键选择）：", at: Point(x: x, y: y), style: theme.dim)
        y += 1
        let highlighted = highlightedIndex
        for (index, user) in users.enumerated() where y < rect.maxY {
            let style = index == highlighted ? theme.selection : theme.normal
            // The marker shows the highlighted row without colour (NO_COLOR, a monochrome terminal, a screen reader).
            let marker = index == highlighted ? "> " : "  "
            canvas.draw(
                marker + "\(user.name)（\(user.role.label)）", at: Point(x: x, y: y), style: style, maxWidth: width)
            y += 1
        }
    }
}
