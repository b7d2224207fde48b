/// What a screen asks the app to do after an update.
public enum ScreenCommand: Sendable {
    /// Shows a new screen on top; `pop` comes back to this one.
    case push(any Screen)
    /// Closes the top screen; popping the last screen asks to quit.
    case pop
    /// Swaps the top screen for another (a wizard's next step, a login becoming the menu).
    case replace(any Screen)
    /// Asks to leave the app (confirmed first when something is unsaved).
    case quit
    /// Shows a message box that any key closes.
    case message(title: String, text: String)
    /// Asks a yes/no question; the answer comes back to the asking screen as an action.
    case confirm(Confirmation)
    /// Runs work outside the screen (a store query or command); its result comes back as an action.
    case effect(Effect)
    /// Runs `task` on another thread; the actions it posts come back to the asking screen while the app
    /// keeps drawing and taking keys (F5 sync with its progress bar).
    case background(BackgroundTask)
    /// Changes the top bar's status, such as the sync state after a sync: `.updateStatus { $0.syncState = "已同步" }`.
    case updateStatus(@Sendable (inout StatusLine) -> Void)

    /// Runs `work` and delivers its result to the asking screen as an action.
    public static func run<Action: Sendable>(_ work: @escaping @Sendable () -> Action) -> ScreenCommand {
        .effect(Effect(work))
    }
}

/// Work a screen wants done outside its pure update, such as a store query, producing one action.
///
/// The app runs it (in the loop for now, so tests stay deterministic) and hands the result to the screen
/// that asked. Tests of a screen's update can call `perform()` themselves.
public struct Effect: Sendable {
    private let work: @Sendable () -> any Sendable

    public init<Action: Sendable>(_ work: @escaping @Sendable () -> Action) {
        self.work = { work() }
    }

    /// Does the work and returns the action it produced.
    public func perform() -> any Sendable { work() }
}

/// A yes/no question and the actions its answers send back.
public struct Confirmation: Sendable {
    public var title: String
    public var message: String
    /// Delivered when the user answers yes (Enter or Y).
    public var yes: any Sendable
    /// Delivered when the user answers no (Esc or N); nothing when nil.
    public var no: (any Sendable)?

    public init<Action: Sendable>(title: String, message: String, yes: Action, no: Action? = nil) {
        self.title = title
        self.message = message
        self.yes = yes
        self.no = no
    }
}
