/// A modal yes/no question ("放弃未保存的修改？"), answered 是 or 否.
///
/// y and n answer directly; Left/Right/Tab move between the buttons and Enter answers the
/// highlighted one; Esc is always 否. The highlighted button starts at 否 unless told otherwise,
/// so a stray Enter never discards anything.
public struct ConfirmDialog: Hashable, Sendable {
    public var title: String
    public var message: String
    /// True while 是 is highlighted.
    public internal(set) var yesHighlighted: Bool

    public init(title: String = "请确认", message: String, defaultYes: Bool = false) {
        self.title = title
        self.message = message
        self.yesHighlighted = defaultYes
    }

    static let yesButton = "[ 是(Y) ]"
    static let noButton = "[ 否(N) ]"
    static let gap = 4

    /// Answers or moves the highlight; every other key is swallowed while the dialog is up.
    public mutating func handle(_ key: Key) -> DialogEvent {
        switch key {
        case .character("y"), .character("Y"), .character("是"): return .confirmed
        case .character("n"), .character("N"), .character("否"), .escape: return .cancelled
        case .enter, .character(" "): return yesHighlighted ? .confirmed : .cancelled
        case .left, .right, .tab, .backTab:
            yesHighlighted.toggle()
            return .handled
        default: return .handled
        }
    }

    /// Draws the question centred in `rect` with the highlighted button in the selection style.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme, focused: Bool) {
        let yesWidth = DisplayWidth.of(ConfirmDialog.yesButton)
        let buttonsWidth = yesWidth + ConfirmDialog.gap + DisplayWidth.of(ConfirmDialog.noButton)
        let box = DialogBox(message: message, title: title, buttonsWidth: buttonsWidth, in: rect)
        let y = box.draw(title: title, into: &canvas, theme: theme)
        let x = box.frame.x + max(1, (box.frame.width - buttonsWidth) / 2)
        let room = box.frame.maxX - 1
        canvas.draw(
            ConfirmDialog.yesButton, at: Point(x: x, y: y),
            style: yesHighlighted ? theme.selection : theme.normal, maxWidth: max(0, room - x))
        let noX = x + yesWidth + ConfirmDialog.gap
        canvas.draw(
            ConfirmDialog.noButton, at: Point(x: noX, y: y),
            style: yesHighlighted ? theme.normal : theme.selection, maxWidth: max(0, room - noX))
    }
}
