import CNcursesW
import TerminalUI

extension NcursesTerminal {
    /// Draws `canvas`, writing only the cells that differ from the last frame, then places the cursor.
    ///
    /// A double-width character is written once from its left cell (its continuation cell is skipped), and never
    /// in the last column, where it would wrap; a blank is written there instead. After a resize or on the first
    /// frame the whole screen is cleared and redrawn.
    public func present(_ canvas: Canvas) {
        let window = cz_stdscr()
        let previous = lastFrame.flatMap { $0.size == canvas.size ? $0 : nil }
        if previous == nil {
            werase(window)
            clearok(window, true)
        }
        let width = min(canvas.size.width, size.width)
        let height = min(canvas.size.height, size.height)
        for y in 0..<max(0, height) {
            for x in 0..<max(0, width) where needsDrawing(x: x, y: y, canvas: canvas, previous: previous) {
                drawCell(x: x, y: y, canvas: canvas, screenWidth: width, window: window)
            }
        }
        placeCursor(canvas.cursor, width: width, height: height, window: window)
        wnoutrefresh(window)
        doupdate()
        lastFrame = canvas
    }

    /// True when the cell at (x, y) must be written: it changed, or it is the lead of a wide character whose
    /// continuation changed.
    private func needsDrawing(x: Int, y: Int, canvas: Canvas, previous: Canvas?) -> Bool {
        guard let previous else { return !canvas[x, y].isContinuation }
        let cell = canvas[x, y]
        if cell.isContinuation {
            // A continuation without a wide lead is drawn as a blank; with one, the lead draws it.
            let changed = cell != previous[x, y]
            return changed && (x == 0 || canvas[x - 1, y].isContinuation)
        }
        if cell != previous[x, y] { return true }
        return x + 1 < canvas.size.width && canvas[x + 1, y] != previous[x + 1, y] && canvas[x + 1, y].isContinuation
    }

    private func drawCell(
        x: Int, y: Int, canvas: Canvas, screenWidth: Int, window: UnsafeMutablePointer<WINDOW>?
    ) {
        let cell = canvas[x, y]
        let isWideLead = x + 1 < canvas.size.width && canvas[x + 1, y].isContinuation
        var text = cell.isContinuation ? " " : Self.drawableText(cell.text)
        if NcursesCellText.isWide(text) && (!isWideLead || x + 1 >= screenWidth) { text = " " }
        var character = cchar_t()
        let attributes = attributes(for: cell.style)
        let pair = colorPairs != nil ? pairNumber(for: cell.style) : 0
        var wide = NcursesCellText.wideCharacters(text)
        _ = setcchar(&character, &wide, attributes, pair, nil)
        _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
    }

    /// The cell's text made safe to write: one grapheme, no control characters, a space when empty.
    static func drawableText(_ text: String) -> String {
        guard let first = text.first else { return " " }
        let safe = first.unicodeScalars.allSatisfy { scalar in
            !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
        }
        return safe ? String(first) : "?"
    }

    private func attributes(for style: Style) -> attr_t {
        var result = cz_a_normal()
        if style.bold { result |= cz_a_bold() }
        if style.reverse { result |= cz_a_reverse() }
        if style.underline { result |= cz_a_underline() }
        if style.dim { result |= cz_a_dim() }
        return result
    }

    private func pairNumber(for style: Style) -> Int16 {
        colorPairs?.pair(foreground: style.foreground, background: style.background) ?? 0
    }

    private func placeCursor(_ cursor: Point?, width: Int, height: Int, window: UnsafeMutablePointer<WINDOW>?) {
        let visible = cursor.map { $0.x >= 0 && $0.y >= 0 && $0.x < width && $0.y < height } ?? false
        if visible != cursorVisible {
            curs_set(visible ? 1 : 0)
            cursorVisible = visible
        }
        let position = visible ? (cursor ?? Point(x: 0, y: 0)) : Point(x: 0, y: 0)
        wmove(window, Int32(position.y), Int32(position.x))
    }
}
