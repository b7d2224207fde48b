/// The app loop: owns the screen stack, routes input, runs commands and draws each frame.
///
/// It follows model → update → view. Input goes to the global keys first (F1 or `?` help, `q` quit,
/// Ctrl-C), then to an open dialog, then to the top screen; the commands a screen returns are applied here,
/// and effect results go back to the screen that asked. `step` is the whole loop body without a terminal,
/// so tests feed events and compare the frame; `run(on:)` drives a real or headless terminal.
///
/// Colours: pass `theme: Theme(capabilities: terminal.capabilities)`; the ncurses backend reports
/// `colors: false` when `NO_COLOR` is set or the terminal has none, which gives the monochrome theme.
public struct Program {
    /// One screen on the stack, with the identity effect results are addressed to.
    struct Entry {
        let id: Int
        var screen: any Screen
    }

    /// What is drawn over the screen and gets the keys first.
    enum Overlay {
        case help
        case message(title: String, text: String)
        case confirm(Confirmation, askedBy: Int)
        case quitConfirmation
    }

    /// The keys the app itself handles, listed in the help after the screen's own keys.
    public static let globalKeyHints = [
        KeyHint(keys: "F1 / ?", action: "帮助（本页）"),
        KeyHint(keys: "q", action: "退出（有未保存的修改时先确认）"),
        KeyHint(keys: "Ctrl-C", action: "立即退出"),
    ]

    /// Most commands one input may set off through effects and their results; beyond it the rest is dropped,
    /// so a screen that keeps asking cannot hang the app.
    static let commandDepthLimit = 64

    var stack: [Entry] = []
    var overlay: Overlay?
    var nextEntryID = 0
    /// The session shown in the top bar.
    public var status: StatusLine
    public var theme: Theme
    /// The size frames are drawn at; follows resize events.
    public private(set) var size: Size
    /// True once the user has quit; `run` then returns.
    public internal(set) var isFinished = false
    /// Actions posted by background tasks (a sync), delivered on the loop's next turn.
    let mailbox = BackgroundMailbox()
    /// Keys that open a screen from anywhere (F5 sync), set by the app.
    public var globalScreens: [GlobalScreenKey] = []
    /// Brings the top bar's status up to date after each effect, set by the app: effects are where screens
    /// save, so a count such as 待上传 follows every save without each screen having to remember it.
    public var refreshStatus: ((inout StatusLine) -> Void)?

    public init(root: any Screen, status: StatusLine = StatusLine(), theme: Theme = .color, size: Size = .minimum) {
        self.status = status
        self.theme = theme
        self.size = size
        push(root, commandDepth: 0)
    }

    /// The titles of the stacked screens, bottom first.
    public var screenTitles: [String] { stack.map(\.screen.title) }

    /// The top screen, for tests that look at its state.
    public var topScreen: (any Screen)? { stack.last?.screen }

    /// True while the frame is too small to draw screens in (below `Size.minimum`).
    public var isTooSmall: Bool { size.width < Size.minimum.width || size.height < Size.minimum.height }

    /// True while a help, message or confirmation box is open.
    public var isShowingOverlay: Bool { overlay != nil }

    /// Applies `events` and returns the frame to show: the loop body, without a terminal.
    public mutating func step(_ events: [InputEvent]) -> Canvas {
        for event in events { handle(event) }
        return render()
    }

    /// Shows frames on `terminal` and feeds it input until the user quits or the input ends (a backend
    /// returns an empty batch from a blocking wait only when there is no more input, as the headless one does
    /// once its queue is used up).
    public mutating func run(on terminal: any Terminal) {
        handle(.resize(terminal.size))
        terminal.present(render())
        while !isFinished {
            // While a background task runs, wake up often enough to draw its progress.
            let busy = mailbox.isBusy
            let events = terminal.nextEvents(timeoutMilliseconds: busy ? 100 : nil)
            if events.isEmpty && !busy { return }
            for event in events { handle(event) }
            if events.isEmpty && !deliverBackgroundActions() { mailbox.wait(milliseconds: 20) }
            deliverBackgroundActions()
            terminal.present(render())
        }
    }

    /// Applies one input event.
    public mutating func handle(_ event: InputEvent) {
        guard !isFinished else { return }
        switch event {
        case .resize(let newSize):
            guard newSize != size else { return }
            size = newSize
            layoutTop()
            return
        case .key(.control("c")):
            isFinished = true
            return
        default:
            break
        }
        guard !isTooSmall else { return }
        if overlay != nil {
            handleOverlay(event)
            return
        }
        if case .key(let key) = event, handleGlobal(key) { return }
        guard let top = stack.indices.last else { return }
        let commands = stack[top].screen.update(event)
        apply(commands, from: stack[top].id, depth: 0)
    }

    /// Handles the app's own keys; false when the key is for the screen.
    private mutating func handleGlobal(_ key: Key) -> Bool {
        let capturesText = stack.last?.screen.capturesText ?? false
        switch key {
        case .function(1):
            overlay = .help
        case .character("?") where !capturesText:
            overlay = .help
        case .character("q") where !capturesText:
            requestQuit()
        default:
            guard let opener = globalScreens.first(where: { $0.key == key }) else { return false }
            // Not on top of itself: a second F5 during a sync stays with the running one.
            if stack.last?.screen.title == opener.make().title { return true }
            push(opener.make(), commandDepth: 0)
        }
        return true
    }

    /// Quits now, or asks first when any screen has unsaved changes.
    mutating func requestQuit() {
        if stack.contains(where: { $0.screen.hasUnsavedChanges }) {
            overlay = .quitConfirmation
        } else {
            isFinished = true
        }
    }
}
