/// A key that opens a screen from anywhere in the app, such as F5 for the sync screen.
///
/// The app (not TerminalUI) decides which screens these are; the program only pushes the screen `make`
/// returns when the key is pressed and no dialog is open, and lists the key in the help.
public struct GlobalScreenKey: Sendable {
    public var key: Key
    public var hint: KeyHint
    public var make: @Sendable () -> any Screen

    public init(key: Key, hint: KeyHint, make: @escaping @Sendable () -> any Screen) {
        self.key = key
        self.hint = hint
        self.make = make
    }
}
