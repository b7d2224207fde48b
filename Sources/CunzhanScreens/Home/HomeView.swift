import TerminalUI

/// How the home screen draws itself: a greeting, the month's counts, and the jobs with their keys.
extension Home {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let width = min(rect.width - 4, 72)
        let x = rect.x + max(2, (rect.width - width) / 2)
        var y = rect.y + 1
        let village = session.village.map { "，\($0.name)" } ?? ""
        canvas.draw(
            "\(session.userName)（\(session.role.label)）\(village)，您好", at: Point(x: x, y: y), style: theme.title,
            maxWidth: width)
        y += 2
        for line in countLines where y < rect.maxY {
            canvas.draw(line, at: Point(x: x, y: y), style: theme.normal, maxWidth: width)
            y += 1
        }
        y += 1
        if let draftLine, y < rect.maxY {
            canvas.draw(draftLine, at: Point(x: x, y: y), style: theme.accent, maxWidth: width)
            y += 2
        }
        guard y < rect.maxY else { return }
        canvas.draw("按数字键开始工作：", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        y += 2
        for job in jobs where y < rect.maxY {
            canvas.draw("[\(job.key)]", at: Point(x: x + 2, y: y), style: theme.accent)
            canvas.draw(job.name, at: Point(x: x + 6, y: y), style: theme.normal, maxWidth: width - 6)
            y += 1
        }
        if let loadError, rect.height > 0 {
            canvas.draw("【错误】" + loadError, at: Point(x: x, y: rect.maxY - 1), style: theme.error, maxWidth: width)
        }
    }

    /// The counts as lines, or a note while they load.
    var countLines: [String] {
        guard let counts else { return ["正在统计..."] }
        return [
            "本站农户：\(counts.households) 户",
            "本月（\(counts.month)）走访：\(counts.visitsThisMonth) 次",
            "本月尚未走访：\(counts.householdsNotVisitedThisMonth) 户",
            "待上传：\(counts.pendingUploads) 条修改",
        ]
    }
}
