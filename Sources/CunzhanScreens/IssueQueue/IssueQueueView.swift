import CunzhanStore
import TerminalUI

/// How the issue queue draws itself: the filters in words and the totals, then the items or the villages
/// with bars (reverse-video spaces) of their item counts.
extension IssueQueue {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        let summary = filterSummary(width: rect.width)
        canvas.draw(summary.line, at: Point(x: rect.x, y: rect.y), style: theme.accent, maxWidth: rect.width)
        if rect.height > 1 {
            let total = counts.reduce(0) { $0 + $1.items }
            let overdue = counts.reduce(0) { $0 + $1.overdue }
            let line =
                "共 \(total) 项，其中逾期 \(overdue) 项，涉及 \(counts.count) 个村" + (mode == .villages ? "（按 Tab 回到事项）" : "")
            // The filters that did not fit above follow the totals, in the accent colour of the filters.
            let used = canvas.draw(line, at: Point(x: rect.x, y: rect.y + 1), style: theme.dim, maxWidth: rect.width)
            if !summary.rest.isEmpty, used < rect.width {
                canvas.draw(
                    Self.gap + summary.rest.joined(separator: Self.gap), at: Point(x: rect.x + used, y: rect.y + 1),
                    style: theme.accent, maxWidth: rect.width - used)
            }
        }
        let area = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: max(0, rect.height - 2))
        switch mode {
        case .items: table.render(into: &canvas, in: area, theme: theme, focused: true)
        case .villages: renderCounts(into: &canvas, in: area, theme: theme)
        }
        if let loadError {
            canvas.draw(
                "【错误】" + loadError, at: Point(x: rect.x, y: rect.maxY - 1), style: theme.error, maxWidth: rect.width)
        }
    }

    /// One line per village: name, a bar of its items, the count and the overdue count.
    func renderCounts(into canvas: inout Canvas, in area: Rect, theme: Theme) {
        guard area.height > 0 else { return }
        canvas.draw(
            "村                    事项数", at: Point(x: area.x, y: area.y), style: theme.title, maxWidth: area.width)
        let nameWidth = min(20, area.width / 4)
        let numbersWidth = 16
        let barWidth = max(1, area.width - nameWidth - numbersWidth - 2)
        let maximum = counts.map(\.items).max() ?? 0
        var bar = theme.accent
        bar.reverse = true
        for (offset, count) in counts.dropFirst(countTop).prefix(area.height - 1).enumerated() {
            let y = area.y + 1 + offset
            let selected = countTop + offset == countSelection
            if selected { canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: theme.selection) }
            let style = selected ? theme.selection : theme.normal
            canvas.draw(
                TextLayout.fit(count.villageName, width: nameWidth), at: Point(x: area.x, y: y), style: style,
                maxWidth: nameWidth)
            let length = maximum > 0 ? max(count.items > 0 ? 1 : 0, count.items * barWidth / maximum) : 0
            canvas.fill(Rect(x: area.x + nameWidth + 1, y: y, width: length, height: 1), with: bar)
            let numbers = TextLayout.fit(
                "\(count.items)（逾期\(count.overdue)）", width: numbersWidth, alignment: .trailing)
            canvas.draw(numbers, at: Point(x: area.maxX - numbersWidth, y: y), style: style, maxWidth: numbersWidth)
        }
    }
}
