import CNcursesW
import TerminalUI

extension NcursesTerminal {
    /// The most events returned in one batch, so a runaway key storm still lets a frame through.
    public static let maximumBatch = 4_096

    /// How long to wait for the rest of a multi-byte character whose first byte has arrived.
    static let characterCompletionMilliseconds: Int32 = 50

    /// Waits up to `timeoutMilliseconds` (nil: forever) for the first event, then drains what is already queued.
    ///
    /// An input method's phrase or a paste therefore arrives as one batch and is drawn in one frame. Bytes are
    /// read with `wgetch` (keypad on, so function keys come as `KEY_*` codes) and assembled by `UTF8InputDecoder`.
    public func nextEvents(timeoutMilliseconds: Int?) -> [InputEvent] {
        let window = cz_stdscr()
        wtimeout(window, Int32(clamping: timeoutMilliseconds.map { max(0, $0) } ?? -1))
        var events: [InputEvent] = []
        var reads = 0
        while reads < Self.maximumBatch {
            let value = wgetch(window)
            if value == ERR {
                guard inputDecoder.isInsideCharacter else { break }
                if reads > 0, waitedForRestOfCharacter(window) { continue }
                events += inputDecoder.flush().compactMap(resolve)
                break
            }
            reads += 1
            if reads == 1 { wtimeout(window, 0) }
            let inputs: [NcursesInput] =
                (0...0xFF).contains(value)
                ? inputDecoder.feed(UInt8(value))
                : [NcursesKeyDecoder.decodeKeyCode(value)]
            events += inputs.compactMap(resolve)
        }
        wtimeout(window, 0)
        return events
    }

    /// Gives a started character a short while to finish; true when more input arrived in time.
    private func waitedForRestOfCharacter(_ window: UnsafeMutablePointer<WINDOW>?) -> Bool {
        wtimeout(window, Self.characterCompletionMilliseconds)
        let value = wgetch(window)
        wtimeout(window, 0)
        guard value != ERR else { return false }
        ungetch(value)
        return true
    }

    /// The event an input stands for, filling in what only the terminal knows; nil for ignored input.
    private func resolve(_ input: NcursesInput) -> InputEvent? {
        switch input {
        case .event(let event): return event
        case .resize:
            lastFrame = nil
            return .resize(size)
        case .mouse: return readMouse()
        case .ignored: return nil
        }
    }

    /// The click behind a `KEY_MOUSE`, or nil for releases, motion and reports ncurses could not parse.
    private func readMouse() -> InputEvent? {
        var report = MEVENT()
        guard getmouse(&report) == OK else { return nil }
        for button in 1...3 where report.bstate & cz_button_pressed(Int32(button)) != 0 {
            return .mouse(MouseClick(position: Point(x: Int(report.x), y: Int(report.y)), button: button))
        }
        return nil
    }
}
