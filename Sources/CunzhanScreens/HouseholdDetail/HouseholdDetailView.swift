import TerminalUI

/// How the household detail draws itself: its lines from the scroll position, headings bold, and a
/// load error in place of the text.
extension HouseholdDetail {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        if let loadError {
            canvas.draw("【错误】" + loadError, at: Point(x: rect.x, y: rect.y), style: theme.error, maxWidth: rect.width)
            return
        }
        guard let overview else {
            canvas.draw("正在读取...", at: Point(x: rect.x, y: rect.y), style: theme.dim, maxWidth: rect.width)
            return
        }
        let lines = Self.lines(of: overview, selectedMember: selectedMember).dropFirst(scrollTop).prefix(rect.height)
        for (offset, line) in lines.enumerated() {
            canvas.draw(
                line.text, at: Point(x: rect.x, y: rect.y + offset),
                style: line.isHeading ? theme.accent : theme.normal,
                maxWidth: rect.width)
        }
    }
}
