import CunzhanCore
import CunzhanStore
import TerminalUI

/// How the coverage board draws itself: the cycle on top, a line per grid with its bar, 未分配, and the
/// villages' summary under them. Bars are reverse-video spaces between brackets (DESIGN.md §5).
extension CoverageBoardScreen {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        guard let board else {
            canvas.draw(
                loadError.map { "【错误】" + $0 } ?? "正在统计...", at: rect.origin, style: theme.dim, maxWidth: rect.width)
            return
        }
        var y = rect.y
        let cycle = board.cycle
        canvas.draw(
            "排查周期：\(cycle.label)（\(cycle.start) 至 \(cycle.end)），还剩 \(board.daysLeft) 天",
            at: Point(x: rect.x, y: y), style: theme.title, maxWidth: rect.width)
        y += 1
        let village = board.villageTally
        canvas.draw(
            "本村：已排查 \(village.text)，未排查 \(village.unreached) 户（\(village.percentText)）",
            at: Point(x: rect.x, y: y), style: theme.normal, maxWidth: rect.width)
        y += 2
        let layout = Columns(width: rect.width)
        canvas.draw(layout.header, at: Point(x: rect.x, y: y), style: theme.dim, maxWidth: rect.width)
        y += 1
        let villageRows = board.villages.count > 1 ? min(board.villages.count, 6) + 2 : 0
        let listHeight = max(1, rect.maxY - y - villageRows - (loadError == nil ? 0 : 1))
        let top = max(0, min(selection - listHeight + 1, lines.count - listHeight))
        if lines.isEmpty {
            canvas.draw("本村还没有网格，请在网格管理中新建网格", at: Point(x: rect.x, y: y), style: theme.dim, maxWidth: rect.width)
        }
        for (index, line) in lines.enumerated().dropFirst(top).prefix(listHeight) {
            drawLine(line, selected: index == selection, layout: layout, at: y, in: rect, into: &canvas, theme: theme)
            y += 1
        }
        y = max(y, rect.y + 4 + min(lines.count, listHeight))
        if villageRows > 0, y + 2 < rect.maxY {
            y += 1
            let first = min(villageTop, max(0, board.villages.count - 1))
            let shown = min(board.villages.count - first, rect.maxY - y - 1)
            canvas.draw(
                "各村汇总（第 \(first + 1)-\(first + shown) 村，共 \(board.villages.count) 村）：", at: Point(x: rect.x, y: y),
                style: theme.dim, maxWidth: rect.width)
            y += 1
            for village in board.villages.dropFirst(first).prefix(max(0, shown)) {
                Self.drawTally(
                    name: village.name, person: village.cycle.label, tally: village.tally, layout: layout,
                    at: Point(x: rect.x, y: y), style: theme.normal, into: &canvas, theme: theme)
                y += 1
            }
        }
        if let loadError {
            canvas.draw(
                "【错误】" + loadError, at: Point(x: rect.x, y: rect.maxY - 1), style: theme.error, maxWidth: rect.width)
        }
    }

    private func drawLine(
        _ line: Line, selected: Bool, layout: Columns, at y: Int, in rect: Rect, into canvas: inout Canvas,
        theme: Theme
    ) {
        let style = selected ? theme.selection : theme.normal
        if selected { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), with: style) }
        switch line {
        case .grid(let grid):
            let person = (grid.workerName ?? "未指定") + (grid.isOwn ? "（本人）" : "")
            Self.drawTally(
                name: grid.name, person: person, tally: grid.tally, layout: layout, at: Point(x: rect.x, y: y),
                style: style, into: &canvas, theme: theme)
        case .unassigned(let tally):
            Self.drawTally(
                name: "未分配网格", person: "-", tally: tally, layout: layout, at: Point(x: rect.x, y: y), style: style,
                into: &canvas, theme: theme)
        }
    }

    /// One line: name, person, "12/50 户", a bar, the percent and what is left.
    static func drawTally(
        name: String, person: String, tally: CoverageTally, layout: Columns, at point: Point, style: Style,
        into canvas: inout Canvas, theme: Theme
    ) {
        var x = point.x
        canvas.draw(TextLayout.fit(name, width: layout.name), at: Point(x: x, y: point.y), style: style)
        x += layout.name + 1
        canvas.draw(TextLayout.fit(person, width: layout.person), at: Point(x: x, y: point.y), style: style)
        x += layout.person + 1
        canvas.draw(
            TextLayout.fit(tally.text, width: layout.count, alignment: .trailing), at: Point(x: x, y: point.y),
            style: style)
        x += layout.count + 1
        canvas.draw("[", at: Point(x: x, y: point.y), style: style)
        var bar = theme.accent
        bar.reverse = true
        let filled = tally.total == 0 ? layout.bar : tally.reached * layout.bar / tally.total
        canvas.fill(Rect(x: x + 1, y: point.y, width: filled, height: 1), with: bar)
        canvas.draw("]", at: Point(x: x + 1 + layout.bar, y: point.y), style: style)
        x += layout.bar + 3
        canvas.draw(
            TextLayout.fit(tally.percentText, width: 4, alignment: .trailing), at: Point(x: x, y: point.y), style: style
        )
        x += 5
        canvas.draw(
            TextLayout.fit("余 \(tally.unreached)", width: layout.left), at: Point(x: x, y: point.y), style: style)
    }

    /// Column widths of the board's lines at a given screen width; the bar takes what is left.
    struct Columns {
        let name: Int
        let person: Int
        let count: Int
        let left = 8
        let bar: Int

        init(width: Int) {
            name = width >= 110 ? 16 : 12
            person = width >= 110 ? 16 : 14
            count = 11
            bar = max(4, width - (name + person + count + left + 11))
        }

        var header: String {
            TextLayout.fit("网格", width: name) + " " + TextLayout.fit("网格员", width: person) + " "
                + TextLayout.fit("已排查/总数", width: count, alignment: .trailing) + " 进度"
        }
    }
}
