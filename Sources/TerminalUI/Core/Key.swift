/// A key the user pressed, decoded by the backend from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// A printable character, including a CJK character from an input method or a paste.
    case character(Character)
    /// Ctrl plus a letter, lowercase (`Ctrl-S` is `.control("s")`).
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1…F12.
    case function(Int)
}

/// A mouse button press at a cell.
public struct MouseClick: Hashable, Sendable {
    public var position: Point
    public var button: Int

    public init(position: Point, button: Int = 1) {
        self.position = position
        self.button = button
    }
}

/// Something that happened at the terminal.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal has a new size (ncurses' own KEY_RESIZE).
    case resize(Size)
    case mouse(MouseClick)
    /// Input that could not be decoded (invalid UTF-8 and the like), dropped by screens.
    case invalid
}
