import TerminalUI

/// How the visit history draws itself: the filters in words, the table, and a store error at the bottom.
extension VisitHistory {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        canvas.draw(filterSummary, at: Point(x: rect.x, y: rect.y), style: theme.accent, maxWidth: rect.width)
        let tableArea = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
        table.render(into: &canvas, in: tableArea, theme: theme, focused: true)
        if let loadError {
            let line = Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1)
            canvas.fill(line, with: theme.error)
            canvas.draw("【错误】" + loadError, at: Point(x: rect.x, y: line.y), style: theme.error, maxWidth: rect.width)
        }
    }
}
