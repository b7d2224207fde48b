import CNcursesW
import TerminalUI

extension NcursesTerminal {
    /// The most events returned in one batch, so a runaway key storm still lets a frame through.
    public static let maximumBatch = 4_096

    /// Waits up to `timeoutMilliseconds` (nil: forever) for the first event, then drains what is already queued.
    ///
    /// An input method's phrase or a paste therefore arrives as one batch and is drawn in one frame.
    public func nextEvents(timeoutMilliseconds: Int?) -> [InputEvent] {
        let window = cz_stdscr()
        wtimeout(window, Int32(clamping: timeoutMilliseconds.map { max(0, $0) } ?? -1))
        var events: [InputEvent] = []
        var reads = 0
        while reads < Self.maximumBatch, let event = readOne(window) {
            reads += 1
            if let event { events.append(event) }
            if reads == 1 { wtimeout(window, 0) }
        }
        return events
    }

    /// One `wget_wch`: nil when nothing is queued, `.some(nil)` for input that means nothing to Cunzhan.
    private func readOne(_ window: UnsafeMutablePointer<WINDOW>?) -> InputEvent?? {
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == ERR { return nil }
        switch NcursesKeyDecoder.decode(status: status, code: UInt32(code)) {
        case .event(let event): return .some(event)
        case .resize:
            lastFrame = nil
            return .some(.resize(size))
        case .mouse: return .some(readMouse())
        case .ignored: return .some(nil)
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
