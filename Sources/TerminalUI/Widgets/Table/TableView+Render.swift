/// How a `TableView` draws itself: header, rows, and a status line with the filter and position.
extension TableView {
    /// What the status line starts with while the filter line is open or a filter is kept.
    static let filterLabel = "筛选："
    /// Columns kept free at the right of the status line for "第 100000/100000 行".
    static let positionReserve = 22

    /// Draws the table into `rect`: the header row, `rect.height - 2` rows and the status line.
    ///
    /// Cells are cut with ".." and padded by display width, so columns of mixed Chinese and ASCII
    /// line up and a wide character is never split at a column boundary. While the filter line is
    /// open and the table focused, the canvas cursor goes to its caret.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let widths = TableColumn.widths(of: columns, totalWidth: rect.width)
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), with: theme.title)
        drawCells(columns.map(\.title), widths: widths, y: rect.y, x: rect.x, style: theme.title, into: &canvas)
        let visible = max(0, rect.height - TableView.chromeHeight)
        let top = effectiveScrollTop(visible: visible)
        if hasLoaded, totalCount == 0, visible > 0 {
            let message = TextLayout.fit(emptyMessage, width: rect.width, alignment: .center)
            canvas.draw(
                message, at: Point(x: rect.x, y: rect.y + 1 + (visible - 1) / 2), style: theme.dim, maxWidth: rect.width
            )
        }
        for line in 0..<visible {
            let index = top + line
            let y = rect.y + TableView.headerHeight + line
            guard index < totalCount, let row = row(at: index) else { continue }
            let style = index == selection ? (focused ? theme.selection : theme.accent) : theme.normal
            if index == selection { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), with: style) }
            drawCells(row.cells, widths: widths, y: y, x: rect.x, style: style, into: &canvas)
        }
        if rect.height >= TableView.chromeHeight {
            drawStatusLine(
                into: &canvas, at: Point(x: rect.x, y: rect.maxY - 1), width: rect.width, theme: theme, focused: focused
            )
        }
    }

    /// The first row to draw: `scrollTop`, moved the least needed to show the selection in `visible` rows.
    func effectiveScrollTop(visible: Int) -> Int {
        guard visible > 0 else { return selection }
        var top = scrollTop
        if selection >= top + visible { top = selection - visible + 1 }
        if selection < top { top = selection }
        return max(0, top)
    }

    private func drawCells(_ cells: [String], widths: [Int], y: Int, x: Int, style: Style, into canvas: inout Canvas) {
        var column = x
        for (index, width) in widths.enumerated() {
            let text = index < cells.count ? cells[index] : ""
            canvas.draw(
                TextLayout.fit(text, width: width, alignment: columns[index].alignment),
                at: Point(x: column, y: y), style: style, maxWidth: width)
            column += width + TableColumn.separatorWidth
        }
    }

    private func drawStatusLine(into canvas: inout Canvas, at origin: Point, width: Int, theme: Theme, focused: Bool) {
        let position = TextLayout.truncate(positionText, toWidth: width)
        let positionWidth = DisplayWidth.of(position)
        let positionX = origin.x + width - positionWidth
        canvas.draw(position, at: Point(x: positionX, y: origin.y), style: theme.dim, maxWidth: positionWidth)
        let room = max(0, width - positionWidth - 1)
        if isFiltering {
            let labelWidth = canvas.draw(TableView.filterLabel, at: origin, style: theme.accent, maxWidth: room)
            let inputOrigin = Point(x: origin.x + labelWidth, y: origin.y)
            canvas.draw(filterInput.visibleText.text, at: inputOrigin, style: theme.normal, maxWidth: room - labelWidth)
            if focused { canvas.cursor = filterInput.caretPosition(at: inputOrigin) }
        } else if !filter.isEmpty {
            canvas.draw(
                TableView.filterLabel + filter + "  （/ 修改，Esc 清除）", at: origin, style: theme.accent, maxWidth: room)
        } else {
            canvas.draw("/ 筛选", at: origin, style: theme.dim, maxWidth: room)
        }
    }
}
