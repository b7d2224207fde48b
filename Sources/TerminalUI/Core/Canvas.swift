/// A grid of cells that a screen draws one frame into.
///
/// Screens never talk to the terminal: they fill a canvas, and the backend shows it. Drawing text
/// (with display widths, truncation and wide-character rules) lives in `Canvas+Text.swift`; this
/// file is only the storage.
public struct Canvas: Hashable, Sendable {
    public private(set) var size: Size
    private var cells: [Cell]
    /// Where the real terminal cursor goes (the caret of the field being edited); nil hides it.
    public var cursor: Point?

    public init(size: Size) {
        let clamped = Size(width: max(0, size.width), height: max(0, size.height))
        self.size = clamped
        self.cells = Array(repeating: .blank, count: clamped.width * clamped.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// True when `point` lies on the canvas.
    public func contains(_ point: Point) -> Bool {
        point.x >= 0 && point.y >= 0 && point.x < size.width && point.y < size.height
    }

    /// The cell at `point`; a blank cell off the canvas.
    public subscript(point: Point) -> Cell {
        get { contains(point) ? cells[point.y * size.width + point.x] : .blank }
        set {
            guard contains(point) else { return }
            cells[point.y * size.width + point.x] = newValue
        }
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { self[Point(x: x, y: y)] }
        set { self[Point(x: x, y: y)] = newValue }
    }

    /// One row of cells, left to right.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        guard y >= 0, y < size.height else { return [] }
        return cells[(y * size.width)..<((y + 1) * size.width)]
    }

    /// Every cell set back to blank.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
        cursor = nil
    }
}
