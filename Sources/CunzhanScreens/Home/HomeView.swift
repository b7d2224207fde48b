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
        canvas.draw("按键开始工作：", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        y += 2
        // One column while the jobs fit under each other; otherwise two side by side, so no job is ever
        // cut off at 80x24 (a first secretary with a draft has more jobs than rows left).
        let rows = max(1, rect.maxY - y)
        let columns = jobs.count > rows ? 2 : 1
        let perColumn = (jobs.count + columns - 1) / columns
        let columnWidth = max(1, (width - 2) / columns)
        for (index, job) in jobs.enumerated() {
            let column = index / max(perColumn, 1)
            let row = y + index % max(perColumn, 1)
            guard row < rect.maxY else { continue }
            let left = x + 2 + column * columnWidth
            canvas.draw("[\(job.key)]", at: Point(x: left, y: row), style: theme.accent)
            canvas.draw(job.name, at: Point(x: left + 4, y: row), style: theme.normal, maxWidth: columnWidth - 5)
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
            // F5 works from every screen but has no room in the key bar; this is where it is looked for.
            "待上传：\(counts.pendingUploads) 条修改（按 F5 与服务器同步）",
        ]
    }
}
