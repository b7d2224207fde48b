import TerminalUI

/// How one 需处理 change draws itself: what, why, the fields (editable while fixing) and the reason box.
extension NeedsAttentionDetail {
    /// Display columns of a field's label.
    static let labelWidth = 14

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let width = rect.width - 4
        let x = rect.x + 2
        var y = rect.y + 1
        canvas.draw(
            "\(item.stateLabel)：\(item.kindLabel) \(item.recordLabel)", at: Point(x: x, y: y), style: theme.title,
            maxWidth: width)
        y += 1
        let field = item.detail.field.map { "（字段：\(AttentionFields.label($0))）" } ?? ""
        for line in PhraseWrap.lines("原因：" + item.detail.message + field, width: width).prefix(2) {
            canvas.draw(line, at: Point(x: x, y: y), style: theme.error, maxWidth: width)
            y += 1
        }
        if let current = item.detail.current {
            let values = AttentionFields.all(payload: current).map { "\(AttentionFields.label($0.name))=\($0.text)" }
            canvas.draw(
                "服务器上的值：" + values.joined(separator: "，"), at: Point(x: x, y: y), style: theme.normal, maxWidth: width)
            y += 1
        }
        canvas.draw(
            "记录人：\(item.authorName ?? "未知")", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        y += 2
        let reserved = mode == .discarding ? 3 : 1
        let room = max(rect.maxY - y - reserved, 0)
        switch mode {
        case .fixing(let focus):
            for (index, entry) in fields.enumerated().prefix(room) {
                drawLabel(entry.name, y: y, x: x, canvas: &canvas, theme: theme)
                var input = entry.input
                input.width = max(min(width - Self.labelWidth, 50), 1)
                let area = Rect(x: x + Self.labelWidth, y: y, width: input.width, height: 1)
                input.render(into: &canvas, in: area, theme: theme, focused: index == focus)
                if index == focus { canvas.cursor = input.caretPosition(at: area.origin) }
                y += 1
            }
        default:
            for entry in AttentionFields.all(payload: item.payload).prefix(room) {
                drawLabel(entry.name, y: y, x: x, canvas: &canvas, theme: theme)
                let text = AttentionFields.masked.contains(entry.name) ? "（不显示）" : entry.text
                canvas.draw(
                    text, at: Point(x: x + Self.labelWidth, y: y), style: theme.normal,
                    maxWidth: max(width - Self.labelWidth, 1))
                y += 1
            }
        }
        if mode == .discarding {
            let area = Rect(
                x: x + Self.labelWidth, y: rect.maxY - 2, width: max(min(width - Self.labelWidth, 50), 1), height: 1)
            canvas.draw("放弃原因（必填）", at: Point(x: x, y: area.y), style: theme.normal, maxWidth: Self.labelWidth)
            var input = reason
            input.width = area.width
            input.render(into: &canvas, in: area, theme: theme, focused: true)
            canvas.cursor = input.caretPosition(at: area.origin)
        }
        if let message, rect.height > 2 {
            canvas.draw(
                (messageIsError ? "【错误】" : "") + message, at: Point(x: x, y: rect.maxY - 1),
                style: messageIsError ? theme.error : theme.normal, maxWidth: width)
        }
    }

    private func drawLabel(_ name: String, y: Int, x: Int, canvas: inout Canvas, theme: Theme) {
        canvas.draw(
            AttentionFields.label(name), at: Point(x: x, y: y), style: theme.dim, maxWidth: Self.labelWidth - 1)
    }
}
