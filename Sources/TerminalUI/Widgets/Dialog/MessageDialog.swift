/// A modal message with one button, 确定: for "已保存" notes and errors the user must see.
///
/// Enter, Esc or Space close it. The message wraps inside a box centred on the screen.
public struct MessageDialog: Hashable, Sendable {
    public var title: String
    public var message: String

    public init(title: String = "提示", message: String) {
        self.title = title
        self.message = message
    }

    static let button = "[ 确定 ]"

    /// Closes on Enter, Esc or Space; every other key is swallowed while the dialog is up.
    public mutating func handle(_ key: Key) -> DialogEvent {
        switch key {
        case .enter, .escape, .character(" "): .dismissed
        default: .handled
        }
    }

    /// Draws the dialog centred in `rect` (normally the whole screen) over what is already there.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme, focused: Bool) {
        let buttonWidth = DisplayWidth.of(MessageDialog.button)
        let box = DialogBox(message: message, title: title, buttonsWidth: buttonWidth, in: rect)
        let y = box.draw(title: title, into: &canvas, theme: theme)
        canvas.draw(
            MessageDialog.button, at: Point(x: box.frame.x + (box.frame.width - buttonWidth) / 2, y: y),
            style: theme.selection, maxWidth: box.frame.width - 2)
    }
}
