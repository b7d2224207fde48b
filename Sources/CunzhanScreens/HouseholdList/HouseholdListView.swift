import TerminalUI

/// How the household register draws itself: the table, and a store error over its status line.
extension HouseholdList {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        table.render(into: &canvas, in: rect, theme: theme, focused: true)
        if let loadError, rect.height > 0 {
            let line = Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1)
            canvas.fill(line, with: theme.error)
            canvas.draw("【错误】" + loadError, at: Point(x: rect.x, y: line.y), style: theme.error, maxWidth: rect.width)
        }
    }
}
