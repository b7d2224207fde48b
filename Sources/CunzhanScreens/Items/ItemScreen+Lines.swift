import CunzhanCore
import CunzhanStore
import TerminalUI

/// The item screen as lines of text: what is drawn, and what tests read.
extension ItemScreen {
    struct Line: Equatable {
        var text: String
        var isHeading = false
    }

    /// The lines wrapped to `width` on character boundaries: long notes and history entries stay whole.
    static func lines(of detail: ItemDetail, context: LoopContext, width: Int) -> [Line] {
        lines(of: detail, context: context).flatMap { line in
            line.isHeading || DisplayWidth.of(line.text) <= width
                ? [line] : TextLayout.wrap(line.text, width: max(1, width)).map { Line(text: $0) }
        }
    }

    static func lines(of detail: ItemDetail, context: LoopContext) -> [Line] {
        let item = detail.item
        var state = item.state.label
        let due = context.dueText(deadline: item.deadline, state: item.state)
        if !due.isEmpty { state += "（\(due)）" }
        var lines: [Line] = [
            Line(text: "事项", isHeading: true),
            Line(text: "问题：\(item.title)"),
            Line(text: "状态：\(state)    类别：\(item.category.label)    来源：\(sourceText(of: detail))"),
            Line(text: "村：\(detail.villageName)    涉及：\(detail.concerns)    月度主题：\(orNone(detail.themeTitle))"),
            Line(text: "发现：\(item.raisedOn)（\(detail.raisedByName)）"),
        ]
        if !item.details.isEmpty { lines.append(Line(text: "详细情况：\(item.details)")) }
        lines.append(Line(text: "四定", isHeading: true))
        lines.append(
            Line(text: "责任人：\(orNone(detail.ownerName))    责任单位：\(orNone(item.responsibleUnit))"))
        lines.append(Line(text: "整改措施：\(orNone(item.measures))"))
        lines.append(Line(text: "整改时限：\(item.deadline?.description ?? "未定")"))
        if let requested = item.requestedDeadline {
            lines.append(Line(text: "延期申请：申请延至 \(requested)，理由：\(item.extensionReason)（待督导批准）"))
        }
        if !item.evidence.isEmpty { lines.append(Line(text: "整改佐证：\(item.evidence)")) }
        if item.state == .closed {
            lines.append(
                Line(
                    text: "销号：\(item.closedOn?.description ?? "")（\(detail.verifierName)）验收意见："
                        + orNone(item.verificationNote)))
        }
        lines.append(Line(text: "办理记录（\(detail.history.count) 条）", isHeading: true))
        if detail.history.isEmpty { lines.append(Line(text: "  还没有办理记录")) }
        for entry in detail.history {
            lines.append(Line(text: "  \(entry.date)  \(entry.actor)  \(entry.text)"))
        }
        return lines
    }

    /// The item's source, with the record it came from when the station has it: "走访 2026-03-15 王网格（按 o 查看）".
    static func sourceText(of detail: ItemDetail) -> String {
        guard let record = detail.sourceRecord else { return detail.item.source.label }
        return record.label + "（按 o 查看）"
    }

    static func orNone(_ text: String) -> String { text.isEmpty ? "无" : text }

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        if let loadError {
            canvas.draw("【错误】" + loadError, at: Point(x: rect.x, y: rect.y), style: theme.error, maxWidth: rect.width)
            return
        }
        guard let detail else {
            canvas.draw("正在读取...", at: Point(x: rect.x, y: rect.y), style: theme.dim, maxWidth: rect.width)
            return
        }
        let lines = Self.lines(of: detail, context: context, width: rect.width).dropFirst(scrollTop).prefix(rect.height)
        for (offset, line) in lines.enumerated() {
            canvas.draw(
                line.text, at: Point(x: rect.x, y: rect.y + offset),
                style: line.isHeading ? theme.accent : theme.normal,
                maxWidth: rect.width)
        }
    }
}
