import TerminalUI

/// How the import screen draws itself: the path and encoding, then the try's or the import's summary and
/// the refused rows, each cut to the width on character boundaries.
extension RosterImport {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let width = max(rect.width - 4, 10)
        let x = rect.x + 2
        var y = rect.y + 1
        canvas.draw("导入农户花名册（.xlsx 或 .csv，每行一位家庭成员）", at: Point(x: x, y: y), style: theme.title, maxWidth: width)
        y += 2
        path.render(into: &canvas, x: x, y: y, inputX: x + 10, width: width, theme: theme, focused: true)
        y += 2
        canvas.draw("编码：\(encodingLabel)（F2 切换，只对 CSV 有用）", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        y += 2
        if let message {
            canvas.draw("【错误】" + message, at: Point(x: x, y: y), style: theme.error, maxWidth: width)
            y += 2
        }
        switch phase {
        case .choosing:
            canvas.draw(
                "按 Enter 试导入（只检查，不改数据）；看过报告再按 Ctrl-S 确认导入。", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        case .working(let note):
            canvas.draw(note, at: Point(x: x, y: y), style: theme.accent, maxWidth: width)
        case .tried(let report, let reportPath), .imported(let report, let reportPath):
            canvas.draw(report.summary, at: Point(x: x, y: y), style: theme.accent, maxWidth: width)
            y += 1
            canvas.draw("逐行报告：\(reportPath)", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
            y += 1
            if case .tried = phase {
                canvas.draw("按 Ctrl-S 确认导入，Esc 放弃。", at: Point(x: x, y: y), style: theme.normal, maxWidth: width)
                y += 1
            }
            renderRefused(into: &canvas, x: x, y: y + 1, width: width, bottom: rect.maxY, theme: theme)
        }
    }

    private func renderRefused(into canvas: inout Canvas, x: Int, y: Int, width: Int, bottom: Int, theme: Theme) {
        let lines = refusedLines
        guard !lines.isEmpty, y < bottom else { return }
        canvas.draw("被拒绝的行（\(lines.count)）：", at: Point(x: x, y: y), style: theme.normal, maxWidth: width)
        var row = y + 1
        for line in lines.dropFirst(scroll) where row < bottom {
            canvas.draw(line, at: Point(x: x + 2, y: row), style: theme.error, maxWidth: width - 2)
            row += 1
        }
    }
}
