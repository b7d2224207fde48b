/// How a `TextInput` draws itself on one line.
extension TextInput {
    /// Draws the visible part of the text on the first row of `rect`; when focused, the input is
    /// drawn in the selection style and the canvas cursor goes to the caret.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let style = focused ? theme.selection : theme.normal
        let line = Rect(x: rect.x, y: rect.y, width: min(rect.width, width), height: 1)
        canvas.fill(line, with: style)
        let origin = Point(x: rect.x, y: rect.y)
        canvas.draw(visibleText.text, at: origin, style: style, maxWidth: line.width)
        if focused { canvas.cursor = caretPosition(at: origin) }
    }
}
