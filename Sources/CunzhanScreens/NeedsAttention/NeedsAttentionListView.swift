import TerminalUI

/// How the 需处理 list draws itself: a heading, a header row, one row per change, and a message line.
extension NeedsAttentionList {
    /// Where the columns start, counted from the list's left edge: 状态, 变更, 记录, 原因.
    static let columns = [0, 8, 18, 50]

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let width = rect.width - 4
        let x = rect.x + 2
        var y = rect.y + 1
        canvas.draw("需处理的变更（共 \(items.count) 条）", at: Point(x: x, y: y), style: theme.title, maxWidth: width)
        y += 2
        drawRow(["状态", "变更", "记录", "原因"], y: y, x: x, width: width, canvas: &canvas, style: theme.dim)
        y += 1
        let visible = max(rect.maxY - y - 1, 1)
        let first = max(0, min(selection - visible + 1, items.count - visible))
        for (index, item) in items.enumerated().dropFirst(first).prefix(visible) {
            let style = index == selection ? theme.selection : theme.normal
            if index == selection { canvas.fill(Rect(x: x, y: y, width: width, height: 1), with: style) }
            drawRow(
                [item.stateLabel, item.kindLabel, item.recordLabel, item.detail.message], y: y, x: x, width: width,
                canvas: &canvas, style: style)
            y += 1
        }
        if loaded && items.isEmpty {
            canvas.draw("没有需要处理的变更。", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        }
        if let message, rect.height > 2 {
            canvas.draw("【错误】" + message, at: Point(x: x, y: rect.maxY - 1), style: theme.error, maxWidth: width)
        }
    }

    private func drawRow(_ cells: [String], y: Int, x: Int, width: Int, canvas: inout Canvas, style: Style) {
        let columns = Self.columns
        for (index, (cell, column)) in zip(cells, columns).enumerated() where column < width {
            let end = index + 1 < columns.count ? min(columns[index + 1], width) : width
            canvas.draw(cell, at: Point(x: x + column, y: y), style: style, maxWidth: max(end - column - 1, 1))
        }
    }
}
