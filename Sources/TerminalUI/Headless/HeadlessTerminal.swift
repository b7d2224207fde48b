/// An in-memory terminal for tests: events are pushed in, presented frames are read back as lines.
///
/// It is to the ncurses backend what an embedded channel is to a socket: the program under test cannot
/// tell the difference, and tests assert on `lines`, `cursor` and how many cells each frame changed.
///
/// ```swift
/// let terminal = HeadlessTerminal(size: Size(width: 80, height: 24))
/// terminal.send(.down, .enter)
/// program.run(on: terminal)   // returns once the queued input is used up
/// #expect(terminal.lines[0].hasPrefix("村站"))
/// ```
public final class HeadlessTerminal: Terminal {
    /// The current size; `resize(to:)` also queues the resize event a real terminal would send.
    public var size: Size
    public var capabilities: TerminalCapabilities
    /// Events waiting to be read, oldest first.
    public private(set) var pendingEvents: [InputEvent] = []
    /// The last frame presented, nil before the first.
    public private(set) var canvas: Canvas?
    /// How many frames were presented.
    public private(set) var presentCount = 0
    /// Cells that changed in the last present (what a real backend would have sent).
    public private(set) var lastChangedCellCount = 0
    /// The changed runs of the last present.
    public private(set) var lastDiff = FrameDiff(from: nil, to: Canvas(size: Size(width: 0, height: 0)))

    public init(
        size: Size = .minimum, capabilities: TerminalCapabilities = TerminalCapabilities(colors: true, mouse: false)
    ) {
        self.size = size
        self.capabilities = capabilities
    }

    /// The presented frame as text, one string per row; empty before the first present.
    public var lines: [String] { canvas?.lines ?? [] }

    /// Where the presented frame puts the terminal cursor (nil: hidden).
    public var cursor: Point? { canvas?.cursor }

    /// Queues key presses.
    public func send(_ keys: Key...) {
        pendingEvents += keys.map { .key($0) }
    }

    /// Queues events of any kind.
    public func send(events: [InputEvent]) {
        pendingEvents += events
    }

    /// Queues each character of `text` as a key press, as an input method or a paste delivers it.
    public func type(_ text: String) {
        pendingEvents += text.map { .key(.character($0)) }
    }

    /// Changes the size and queues the resize event.
    public func resize(to newSize: Size) {
        size = newSize
        pendingEvents.append(.resize(newSize))
    }

    /// Returns every queued event at once and never waits; an empty batch means the input has ended.
    public func nextEvents(timeoutMilliseconds: Int?) -> [InputEvent] {
        defer { pendingEvents.removeAll() }
        return pendingEvents
    }

    public func present(_ canvas: Canvas) {
        lastDiff = FrameDiff(from: self.canvas, to: canvas)
        lastChangedCellCount = lastDiff.changedCellCount
        self.canvas = canvas
        presentCount += 1
    }
}
