/// Drawing a frame: the top bar, the top screen, the key bar and any open box.
extension Program {
    /// The name in the top bar's left corner.
    static let appName = "村站"

    /// The frame for the current state.
    public func render() -> Canvas {
        var canvas = Canvas(size: size)
        if isTooSmall {
            renderTooSmall(into: &canvas)
            return canvas
        }
        stack.last?.screen.render(into: &canvas, in: contentRect, theme: theme)
        renderTopBar(into: &canvas)
        renderKeyBar(into: &canvas)
        if let overlay {
            canvas.cursor = nil
            renderOverlay(overlay, into: &canvas)
        }
        return canvas
    }

    /// Row 0: the app name and screen title on the left, the session status on the right.
    ///
    /// When both do not fit, the status gives way first (see `StatusLine.text(fitting:)`), down to half the
    /// width but never below the whole sync state; then the title is cut at a character boundary.
    func renderTopBar(into canvas: inout Canvas) {
        let width = size.width
        canvas.fill(Rect(x: 0, y: 0, width: width, height: 1), with: theme.title)
        let title = stack.last?.screen.title ?? ""
        let left = " " + Self.appName + (title.isEmpty ? "" : "：" + title)
        let leftWidth = DisplayWidth.of(left)
        let titleMinimum = DisplayWidth.of(" " + Self.appName) + 3
        let statusRoom = min(
            max(status.syncStateWidth, width - min(leftWidth, width / 2) - 3), max(0, width - titleMinimum))
        let shownStatus = status.text(fitting: statusRoom)
        let statusWidth = DisplayWidth.of(shownStatus)
        if statusWidth > 0 {
            canvas.draw(shownStatus, at: Point(x: width - 1 - statusWidth, y: 0), style: theme.title)
        }
        let leftRoom = width - (statusWidth > 0 ? statusWidth + 3 : 1)
        canvas.draw(TextLayout.truncate(left, toWidth: leftRoom), at: Point(x: 0, y: 0), style: theme.title)
    }

    /// The last row: the screen's keys from the left, as many as fit whole, and the app's keys on the right;
    /// the help overlay lists the ones that did not fit. When they do not all fit and the screen's last key
    /// is its way back (Esc), that key keeps its place at the end: a user must always see how to leave.
    func renderKeyBar(into canvas: inout Canvas) {
        let y = size.height - 1
        let width = size.width
        canvas.fill(Rect(x: 0, y: y, width: width, height: 1), with: theme.normal)
        let capturesText = stack.last?.screen.capturesText ?? false
        let global = [KeyHint(keys: "F1", action: "帮助"), KeyHint(keys: capturesText ? "Ctrl-C" : "q", action: "退出")]
        let gap = 2
        let globalWidth = global.reduce(0) { $0 + Self.hintWidth($1) + gap } - gap + 1
        var x = width - globalWidth
        for hint in global { x += drawHint(hint, at: Point(x: x, y: y), into: &canvas) + gap }
        x = 0
        var hints = stack.last?.screen.keyHints ?? []
        let room = width - globalWidth
        let allWidth = hints.reduce(0) { $0 + Self.hintWidth($1) + gap }
        var back: KeyHint?
        if allWidth > room, let last = hints.last, last.keys.contains("Esc") {
            back = hints.removeLast()
        }
        let backWidth = back.map { Self.hintWidth($0) + gap } ?? 0
        for hint in hints {
            guard x + Self.hintWidth(hint) + gap <= room - backWidth else { break }
            x += drawHint(hint, at: Point(x: x, y: y), into: &canvas) + gap
        }
        if let back, backWidth <= room { _ = drawHint(back, at: Point(x: x, y: y), into: &canvas) }
    }

    /// Columns of one key bar entry: the keys, a space, the action.
    static func hintWidth(_ hint: KeyHint) -> Int {
        DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.action)
    }

    /// Draws the keys in the key-hint style (reverse video) and the action plainly; returns the columns used.
    private func drawHint(_ hint: KeyHint, at point: Point, into canvas: inout Canvas) -> Int {
        let keysWidth = canvas.draw(hint.keys, at: point, style: theme.keyHint)
        let actionWidth = canvas.draw(
            hint.action, at: Point(x: point.x + keysWidth + 1, y: point.y), style: theme.normal)
        return keysWidth + 1 + actionWidth
    }

    /// The whole frame is a centred Chinese message until the window is at least 80x24 again.
    ///
    /// The sizes use an ASCII x: the multiplication sign is ambiguous-width and some terminals draw it double.
    func renderTooSmall(into canvas: inout Canvas) {
        guard size.width > 0, size.height > 0 else { return }
        let message =
            "终端窗口太小：至少需要 \(Size.minimum.width)x\(Size.minimum.height)，"
            + "当前 \(size.width)x\(size.height)。请放大窗口。"
        let lines = TextLayout.wrap(message, width: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.height {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            canvas.draw(line, at: Point(x: x, y: top + offset), style: theme.error)
        }
    }
}
