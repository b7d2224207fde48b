import CunzhanCore
import CunzhanStore
import TerminalUI

/// The 销号进度 column's bars: reverse-video spaces after the percentage, as long as the share closed.
extension DispatchView {
    func drawBars(into canvas: inout Canvas, theme: Theme) {
        guard let columnIndex = definition?.columns.firstIndex(where: { $0.id == "bar" }) else { return }
        let widths = TableColumn.widths(of: table.columns, totalWidth: tableRect.width)
        guard widths.indices.contains(columnIndex) else { return }
        let x = tableRect.x + widths.prefix(columnIndex).reduce(0) { $0 + $1 + TableColumn.separatorWidth }
        let textWidth = 5
        let barWidth = widths[columnIndex] - textWidth
        guard barWidth > 0 else { return }
        var style = theme.accent
        style.reverse = true
        let visible = max(0, tableRect.height - TableView.chromeHeight)
        for offset in 0..<visible {
            guard let row = table.row(at: table.scrollTop + offset), let index = Int(row.id),
                villages.indices.contains(index)
            else { break }
            let village = villages[index]
            guard village.total > 0 else { continue }
            let length = (village.byState[.closed] ?? 0) * barWidth / village.total
            canvas.fill(
                Rect(x: x + textWidth, y: tableRect.y + TableView.headerHeight + offset, width: length, height: 1),
                with: style)
        }
    }
}
