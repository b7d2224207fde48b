/// One screen of the app: state, an `update` that reacts to input, and a `render` that draws the state.
///
/// Screens never touch the terminal or the store. `update` is pure: it changes the state and returns
/// commands (push a screen, ask a question, run an effect). An effect's result comes back later as an
/// `Action` through `receive`, to the same screen that asked, so a screen asks for rows with
/// `.run { .householdsLoaded(try store.households()) }` and gets them back as `.householdsLoaded(rows)`.
public protocol Screen: Sendable {
    /// What happened, delivered back to this screen: effect results and dialog answers.
    associatedtype Action: Sendable = Never

    /// Shown in the top bar and the help overlay.
    var title: String { get }
    /// The screen's own keys, shown in the bottom key bar (in this order, as many as fit) and in the help.
    var keyHints: [KeyHint] { get }
    /// True while something typed is not saved; quitting then asks first.
    var hasUnsavedChanges: Bool { get }
    /// True while a text field has focus, so printable keys (`q`, `?`) go to the screen and not to the app.
    var capturesText: Bool { get }

    /// Tells the screen the area it will be drawn in (between the top bar and the key bar): called before
    /// `appear` and again after every resize, so a list can size its page to the rows that fit.
    mutating func layout(in rect: Rect) -> [ScreenCommand]
    /// Called when the screen becomes the top screen (pushed, or revealed by a pop): the place to load data.
    mutating func appear() -> [ScreenCommand]
    /// Reacts to one input event.
    mutating func update(_ event: InputEvent) -> [ScreenCommand]
    /// Reacts to an effect result or a dialog answer this screen asked for.
    mutating func receive(_ action: Action) -> [ScreenCommand]
    /// Draws the state into `rect` (the area between the top bar and the key bar).
    func render(into canvas: inout Canvas, in rect: Rect, theme: Theme)
}

extension Screen {
    public var keyHints: [KeyHint] { [] }
    public var hasUnsavedChanges: Bool { false }
    public var capturesText: Bool { false }
    public mutating func layout(in rect: Rect) -> [ScreenCommand] { [] }
    public mutating func appear() -> [ScreenCommand] { [] }

    /// Hands `value` to `receive` when it is this screen's `Action`; anything else is dropped.
    mutating func deliver(_ value: any Sendable) -> [ScreenCommand] {
        guard let action = value as? Action else { return [] }
        return receive(action)
    }
}

extension Screen where Action == Never {
    public mutating func receive(_ action: Never) -> [ScreenCommand] {}
}
