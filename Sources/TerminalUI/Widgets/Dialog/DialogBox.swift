/// The box both dialogs draw: centred in the screen rect, the message wrapped inside.
struct DialogBox {
    var frame: Rect
    var lines: [String]

    /// A box for `message` that fits `screen`, at most 60 columns of text wide and at least the buttons.
    init(message: String, title: String, buttonsWidth: Int, in screen: Rect) {
        let widest = max(DisplayWidth.of(message), DisplayWidth.of(title) + 4, buttonsWidth)
        let textWidth = max(1, min(widest, 60, screen.width - 4))
        let wrapped = TextLayout.wrap(message, width: textWidth)
        let maxLines = max(1, screen.height - 4)
        lines = wrapped.count > maxLines ? Array(wrapped.prefix(maxLines - 1)) + [".."] : wrapped
        let width = min(screen.width, textWidth + 4)
        let height = min(screen.height, lines.count + 4)
        frame = Rect(
            x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2, width: width,
            height: height)
    }

    /// Clears the box, draws its border, title and text; returns the row for the buttons.
    func draw(title: String, into canvas: inout Canvas, theme: Theme) -> Int {
        canvas.fill(frame, with: theme.normal)
        canvas.drawBox(frame, style: theme.border, title: title)
        for (offset, line) in lines.enumerated() {
            canvas.draw(
                line, at: Point(x: frame.x + 2, y: frame.y + 1 + offset), style: theme.normal,
                maxWidth: frame.width - 4)
        }
        return frame.maxY - 2
    }
}
