import TerminalUI

/// How the sync screen draws itself: a heading, the progress bar or the outcome, and a notice.
extension SyncScreen {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let width = min(rect.width - 4, 76)
        let x = rect.x + 2
        var y = rect.y + 1
        canvas.draw("与服务器同步", at: Point(x: x, y: y), style: theme.title, maxWidth: width)
        y += 2
        switch phase {
        case .running(let progress):
            let bar = ProgressBar(label: progress.label, done: progress.done, total: progress.total, unit: "条")
            bar.render(into: &canvas, in: Rect(x: x, y: y, width: width, height: 1), theme: theme, focused: false)
            y += 2
            canvas.draw("同步进行中，可以按 F1 查看帮助。", at: Point(x: x, y: y), style: theme.dim, maxWidth: width)
        case .finished(let report):
            canvas.draw("同步完成。", at: Point(x: x, y: y), style: theme.normal, maxWidth: width)
            y += 2
            canvas.draw(report.summary, at: Point(x: x, y: y), style: theme.normal, maxWidth: width)
            if report.rejected + report.conflicts > 0 {
                y += 2
                canvas.draw(
                    "有变更被拒绝或有冲突：请在首页按 0 打开“需处理”。", at: Point(x: x, y: y), style: theme.error,
                    maxWidth: width)
            }
        case .failed(let failure):
            let text = isNotEnrolled ? Self.notEnrolledText : "【错误】同步未完成：" + failure.message
            let lines = PhraseWrap.lines(text, width: width)
            for line in lines.prefix(max(rect.maxY - y - 2, 1)) {
                canvas.draw(line, at: Point(x: x, y: y), style: theme.error, maxWidth: width)
                y += 1
            }
            y += 1
            let next = isNotEnrolled ? "登记之后按 F5 同步。" : "已上传的变更不会重复，按 r 重试。"
            canvas.draw(next, at: Point(x: x, y: y), style: theme.normal, maxWidth: width)
        }
        if let notice, rect.height > 2 {
            canvas.draw(notice, at: Point(x: x, y: rect.maxY - 1), style: theme.normal, maxWidth: width)
        }
    }

    /// What a station without a server is told: retrying cannot help, so it names the command that enrols.
    static let notEnrolledText =
        "【错误】本站还没有登记同步服务器，不能同步。\n请在本机命令行运行：\n"
        + "  cunzhan enroll --server 服务器地址 --token 令牌\n令牌由乡镇服务器管理员用 cunzhan-server enroll 生成。"
}
