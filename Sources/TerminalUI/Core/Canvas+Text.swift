/// Drawing text and simple shapes into a canvas, by display columns.
///
/// Every string is sanitised first, so nothing drawn here can carry a control sequence to the terminal.
/// A double-width character is never split: one that would not fit whole is replaced by a space, and
/// overwriting either half of one blanks the other half, so the terminal never shows half a character.
extension Canvas {
    /// Most zero-width marks kept on one cell, so a pathological string cannot grow a cell without bound.
    private static let maximumMarksPerCell = 4

    /// Draws sanitised `text` from `point`, clipped to `maxWidth` columns and the canvas edge; a wide character
    /// that would not fit whole is replaced by a space, never split; overwriting half of a wide character blanks
    /// its other half. Returns the columns used.
    @discardableResult
    public mutating func draw(_ text: String, at point: Point, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard point.y >= 0, point.y < size.height else { return 0 }
        let limit = min(maxWidth ?? Int.max, size.width - point.x)
        guard limit > 0 else { return 0 }
        var used = 0
        var lastCell: Point?
        for character in TextSanitizer.clean(text) {
            let width = DisplayWidth.of(grapheme: character)
            if width == 0 {
                if let last = lastCell { appendMarks(of: character, to: last) }
                continue
            }
            let column = point.x + used
            if used + width > limit {
                if used < limit { put(Cell(text: " ", style: style), at: Point(x: column, y: point.y), width: 1) }
                return limit
            }
            if column >= 0 {
                put(
                    Cell(text: Self.cellText(of: character), style: style), at: Point(x: column, y: point.y),
                    width: width)
                lastCell = Point(x: column, y: point.y)
            } else if column + width > 0 {
                put(Cell(text: " ", style: style), at: Point(x: 0, y: point.y), width: 1)
                lastCell = nil
            }
            used += width
        }
        return used
    }

    /// Fills `rect` (clipped to the canvas) with spaces in `style`.
    public mutating func fill(_ rect: Rect, with style: Style) {
        let left = max(0, rect.x)
        let right = min(size.width, rect.maxX)
        let top = max(0, rect.y)
        let bottom = min(size.height, rect.maxY)
        guard left < right, top < bottom else { return }
        for y in top..<bottom {
            for x in left..<right { put(Cell(text: " ", style: style), at: Point(x: x, y: y), width: 1) }
        }
    }

    /// Draws the outline of `rect` in ASCII (`+` corners, `-` and `|` sides) with an optional title on the top
    /// edge; the inside is left as it is.
    public mutating func drawBox(_ rect: Rect, style: Style = .plain, title: String? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let horizontal = "+" + String(repeating: "-", count: rect.width - 2) + "+"
        draw(horizontal, at: rect.origin, style: style)
        draw(horizontal, at: Point(x: rect.x, y: rect.maxY - 1), style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            draw("|", at: Point(x: rect.x, y: y), style: style)
            draw("|", at: Point(x: rect.maxX - 1, y: y), style: style)
        }
        if let title, rect.width > 6 {
            let label = TextLayout.truncate(title, toWidth: rect.width - 6)
            draw(" " + label + " ", at: Point(x: rect.x + 2, y: rect.y), style: style)
        }
    }

    /// The visible text of each row (continuation cells skipped), trailing spaces kept: what tests compare.
    public var lines: [String] {
        (0..<size.height).map { y in
            row(y).reduce(into: "") { line, cell in
                if !cell.isContinuation { line += cell.text }
            }
        }
    }

    /// The text a cell keeps for `character`: its first scalar with a width plus the zero-width marks after it.
    ///
    /// ncurses draws every spacing scalar it is given, so a flag or a joined emoji sequence would take more
    /// columns than `DisplayWidth` counted; keeping one spacing scalar keeps the two in agreement.
    static func cellText(of character: Character) -> String {
        var scalars = String.UnicodeScalarView()
        var marks = 0
        for scalar in character.unicodeScalars {
            let width = DisplayWidth.of(scalar)
            if scalars.isEmpty {
                if width > 0 { scalars.append(scalar) }
            } else if width == 0, scalar.value != 0x200D, marks < maximumMarksPerCell {
                scalars.append(scalar)
                marks += 1
            }
        }
        return String(scalars)
    }

    /// Adds the zero-width marks of `character` to the cell at `point` (a combining mark drawn after its base).
    private mutating func appendMarks(of character: Character, to point: Point) {
        var cell = self[point]
        var marks = cell.text.unicodeScalars.count - 1
        for scalar in character.unicodeScalars where scalar.value != 0x200D && marks < Self.maximumMarksPerCell {
            cell.text.unicodeScalars.append(scalar)
            marks += 1
        }
        self[point] = cell
    }

    /// Writes `cell` at `point` taking `width` columns, first blanking the halves of any wide characters it
    /// overwrites; a wide cell that would cross the right edge is not written.
    private mutating func put(_ cell: Cell, at point: Point, width: Int) {
        guard contains(point), point.x + width <= size.width else { return }
        for x in point.x..<(point.x + width) { release(Point(x: x, y: point.y)) }
        self[point] = cell
        if width == 2 {
            self[Point(x: point.x + 1, y: point.y)] = Cell(text: "", style: cell.style, isContinuation: true)
        }
    }

    /// Blanks the other half of a wide character whose half at `point` is about to be overwritten.
    private mutating func release(_ point: Point) {
        let cell = self[point]
        if cell.isContinuation {
            let lead = Point(x: point.x - 1, y: point.y)
            if contains(lead) { self[lead] = Cell(text: " ", style: self[lead].style) }
        } else {
            let tail = Point(x: point.x + 1, y: point.y)
            if contains(tail), self[tail].isContinuation { self[tail] = Cell(text: " ", style: self[tail].style) }
        }
        self[point] = Cell(text: " ", style: cell.style)
    }
}
