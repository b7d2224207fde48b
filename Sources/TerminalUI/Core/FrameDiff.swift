/// The runs of cells that changed between two frames, so a backend sends only what changed.
///
/// Both backends use it: the ncurses backend writes each run with one move and a string of cells, the
/// headless backend counts them. A run never starts on the right half of a wide character nor ends on its
/// left half: when either half changed, both are in the run, so the terminal redraws the whole character.
public struct FrameDiff: Hashable, Sendable {
    /// A horizontal stretch of changed cells on one row.
    public struct Run: Hashable, Sendable {
        /// Where the first cell goes.
        public var origin: Point
        /// The new cells, left to right; continuation cells are included and are not drawn on their own.
        public var cells: [Cell]

        public init(origin: Point, cells: [Cell]) {
            self.origin = origin
            self.cells = cells
        }

        /// The run's visible text (continuation cells skipped).
        public var text: String {
            cells.reduce(into: "") { text, cell in if !cell.isContinuation { text += cell.text } }
        }
    }

    /// The changed runs, top to bottom, left to right.
    public var runs: [Run]

    /// The number of cells the runs cover.
    public var changedCellCount: Int { runs.reduce(0) { $0 + $1.cells.count } }

    /// The runs that turn `old` into `new`; every row is one run when there is no old frame or its size differs.
    public init(from old: Canvas?, to new: Canvas) {
        var runs: [Run] = []
        let comparable = old.map { $0.size == new.size } ?? false
        for y in 0..<new.size.height {
            let newRow = Array(new.row(y))
            guard comparable, let old else {
                if !newRow.isEmpty { runs.append(Run(origin: Point(x: 0, y: y), cells: newRow)) }
                continue
            }
            let oldRow = Array(old.row(y))
            var changed = newRow.indices.map { newRow[$0] != oldRow[$0] }
            Self.widenToWholeCharacters(&changed, newRow: newRow, oldRow: oldRow)
            var x = 0
            while x < changed.count {
                guard changed[x] else {
                    x += 1
                    continue
                }
                let start = x
                while x < changed.count && changed[x] { x += 1 }
                runs.append(Run(origin: Point(x: start, y: y), cells: Array(newRow[start..<x])))
            }
        }
        self.runs = runs
    }

    /// Marks both halves of a wide character (old or new) changed when either half is.
    private static func widenToWholeCharacters(_ changed: inout [Bool], newRow: [Cell], oldRow: [Cell]) {
        for x in changed.indices.reversed() where changed[x] && x > 0 {
            if newRow[x].isContinuation || oldRow[x].isContinuation { changed[x - 1] = true }
        }
        for x in changed.indices where changed[x] && x + 1 < changed.count {
            if newRow[x + 1].isContinuation || oldRow[x + 1].isContinuation { changed[x + 1] = true }
        }
    }
}
