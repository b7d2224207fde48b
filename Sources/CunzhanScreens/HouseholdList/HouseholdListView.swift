import TerminalUI

/// How the household register draws itself: the table, the sort order on its status line, and a store
/// error over the status line.
extension HouseholdList {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        table.render(into: &canvas, in: rect, theme: theme, focused: true)
        guard rect.height > 0 else { return }
        let line = Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1)
        if let loadError {
            canvas.fill(line, with: theme.error)
            canvas.draw("【错误】" + loadError, at: Point(x: rect.x, y: line.y), style: theme.error, maxWidth: rect.width)
        } else if !table.isFiltering, rect.height >= TableView.chromeHeight {
            drawSortText(into: &canvas, on: line, theme: theme)
        }
    }

    /// "排序：按最近走访" just left of the position; left out where the status line's own text (a long
    /// filter) would be covered, so the table's text always wins.
    private func drawSortText(into canvas: inout Canvas, on line: Rect, theme: Theme) {
        let text = " " + sortText + " "
        let width = DisplayWidth.of(text)
        let x = line.maxX - DisplayWidth.of(table.positionText) - width
        guard x >= line.x, (x..<(x + width)).allSatisfy({ canvas[$0, line.y].text == " " }) else { return }
        canvas.draw(text, at: Point(x: x, y: line.y), style: theme.dim, maxWidth: width)
    }
}
