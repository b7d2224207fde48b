/// A place that shows frames and produces input events: the real ncurses screen or the headless test grid.
///
/// Only backends implement this; screens never see it, they draw into a `Canvas`. The app loop
/// reads events, updates the screens and presents the new canvas, which the backend diffs against
/// what it drew before so only changed cells reach the terminal.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }

    /// What the terminal can show.
    var capabilities: TerminalCapabilities { get }

    /// Waits up to `timeoutMilliseconds` (nil: forever) for input, then returns every event already
    /// queued, so an input method's phrase or a paste arrives as one batch before the next frame.
    func nextEvents(timeoutMilliseconds: Int?) -> [InputEvent]

    /// Shows `canvas`, sending only the cells that differ from the last frame, and places the real
    /// cursor at `canvas.cursor` (hidden when nil) so an input method's window follows the caret.
    func present(_ canvas: Canvas)
}

/// What a terminal can show.
public struct TerminalCapabilities: Hashable, Sendable {
    /// Colours may be used (false on monochrome terminals and when `NO_COLOR` is set).
    public var colors: Bool
    /// The terminal reports mouse clicks.
    public var mouse: Bool

    public init(colors: Bool, mouse: Bool) {
        self.colors = colors
        self.mouse = mouse
    }
}
