/// Drawing the help overlay and the message and confirmation boxes.
extension Program {
    func renderOverlay(_ overlay: Overlay, into canvas: inout Canvas) {
        switch overlay {
        case .help:
            renderHelp(into: &canvas)
        case .message(let title, let text):
            renderBox(title: title, body: TextLayout.wrap(text, width: boxTextWidth), footer: "按任意键继续", into: &canvas)
        case .confirm(let confirmation, _):
            renderBox(
                title: confirmation.title, body: TextLayout.wrap(confirmation.message, width: boxTextWidth),
                footer: "Enter/Y 确定    Esc/N 取消", into: &canvas)
        case .quitConfirmation:
            renderBox(
                title: "退出", body: ["有未保存的修改，退出后将丢失。确定退出吗？"],
                footer: "Enter/Y 退出    Esc/N 返回", into: &canvas)
        }
    }

    /// The widest text a message box holds.
    var boxTextWidth: Int { min(56, size.width - 8) }

    /// Every key of the top screen, then the app's keys, as two columns.
    func renderHelp(into canvas: inout Canvas) {
        let screenHints = stack.last?.screen.keyHints ?? []
        let all = screenHints + Self.globalKeyHints + globalScreens.map(\.hint)
        let keysWidth = min(16, all.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let actionWidth = max(10, size.width - 12 - keysWidth)
        func rows(_ hints: [KeyHint]) -> [String] {
            hints.map {
                TextLayout.fit($0.keys, width: keysWidth) + "  " + TextLayout.truncate($0.action, toWidth: actionWidth)
            }
        }
        var body: [String] = []
        if !screenHints.isEmpty {
            body += ["本页按键："] + rows(screenHints) + [""]
        }
        body += ["全局按键："] + rows(Self.globalKeyHints + globalScreens.map(\.hint))
        let title = "帮助" + ((stack.last?.screen.title).map { "：" + $0 } ?? "")
        renderBox(title: title, body: body, footer: "按任意键关闭", into: &canvas)
    }

    /// A centred box: title on the border, the body lines, a blank line and the footer; lines that do not fit
    /// the height are dropped and the last shown line says "..".
    func renderBox(title: String, body: [String], footer: String, into canvas: inout Canvas) {
        let contentWidth = min(
            size.width - 6,
            max(DisplayWidth.of(title) + 6, DisplayWidth.of(footer), body.map { DisplayWidth.of($0) }.max() ?? 0))
        let maxBodyLines = max(0, size.height - 8)
        var lines = body
        if lines.count > maxBodyLines {
            lines = Array(lines.prefix(max(0, maxBodyLines - 1))) + [".."]
        }
        lines += ["", footer]
        let box = Rect(
            x: (size.width - contentWidth - 4) / 2, y: max(1, (size.height - lines.count - 2) / 2),
            width: contentWidth + 4, height: lines.count + 2)
        canvas.fill(box, with: theme.normal)
        canvas.drawBox(box, style: theme.border, title: title)
        for (offset, line) in lines.enumerated() {
            let style = offset == lines.count - 1 ? theme.dim : theme.normal
            canvas.draw(line, at: Point(x: box.x + 2, y: box.y + 1 + offset), style: style, maxWidth: contentWidth)
        }
    }
}
