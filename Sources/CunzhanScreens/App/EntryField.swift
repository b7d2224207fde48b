import TerminalUI

/// One labelled line of typed input on the login and set-up screens, optionally masked with `*`.
///
/// The login and set-up screens need a PIN field that shows `*` for each digit, which the general
/// `FormView` does not offer; this is the small shared piece: a label, a `TextInput`, and the error
/// shown under it in Chinese.
struct EntryField: Sendable, Equatable {
    let label: String
    var input: TextInput
    /// True for a PIN: each character is drawn as `*` and only digits are taken.
    let masked: Bool
    /// The problem found on the last check, shown under the field.
    var error: String?

    init(label: String, text: String = "", maxLength: Int, masked: Bool = false) {
        self.label = label
        self.input = TextInput(text: text, maxLength: maxLength, width: maxLength + 1)
        self.masked = masked
    }

    var text: String { input.text }

    /// Edits the field for one key; a masked field refuses anything but digits.
    mutating func handle(_ key: Key) -> TextInput.Event {
        if masked, case .character(let character) = key, !(character.isASCII && character.isNumber) {
            error = "\(label)：只能输入数字"
            return .handled
        }
        let event = input.handle(key)
        if event == .changed { error = nil }
        return event
    }

    /// Empties the field (a refused PIN is typed again from scratch).
    mutating func clear() { input.setText("") }

    /// Draws "label：[text]" on row `y` with the input starting at `inputX`, and the error under the label.
    func render(into canvas: inout Canvas, x: Int, y: Int, inputX: Int, width: Int, theme: Theme, focused: Bool) {
        canvas.draw(label + "：", at: Point(x: x, y: y), style: focused ? theme.accent : theme.normal)
        let inputWidth = max(1, min(input.width, x + width - inputX))
        let box = Rect(x: inputX, y: y, width: inputWidth, height: 1)
        if masked {
            let style = focused ? theme.selection : theme.normal
            canvas.fill(box, with: style)
            canvas.draw(String(repeating: "*", count: input.text.count), at: Point(x: inputX, y: y), style: style)
            if focused { canvas.cursor = Point(x: inputX + min(input.caret, inputWidth - 1), y: y) }
        } else {
            input.render(into: &canvas, in: box, theme: theme, focused: focused)
        }
        if let error {
            canvas.draw("【错误】" + error, at: Point(x: x, y: y + 1), style: theme.error, maxWidth: width)
        }
    }
}
