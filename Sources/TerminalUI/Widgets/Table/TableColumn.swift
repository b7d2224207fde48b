/// One column of a `TableView`: its header title, how wide it is and how its cells are aligned.
///
/// Widths are in terminal columns (display width), so a column of Chinese names and a column of
/// ASCII numbers line up the same way ncurses draws them.
public struct TableColumn: Hashable, Sendable {
    /// How a column's width is decided when the table is laid out.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share of the columns left after the fixed ones, in proportion to the weight.
        case flexible(weight: Int)
    }

    public var title: String
    public var width: Width
    public var alignment: Alignment

    public init(title: String, width: Width, alignment: Alignment = .leading) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// The gap between two columns, in terminal columns.
    public static let separatorWidth = 1

    /// The width of every column when the table is `totalWidth` columns wide.
    ///
    /// Fixed columns get their width first (shrunk from the right when they do not fit), flexible
    /// columns share the rest by weight, and the last flexible column takes any remainder so the
    /// row fills the table exactly. A column never gets a negative width.
    public static func widths(of columns: [TableColumn], totalWidth: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        let gaps = separatorWidth * (columns.count - 1)
        var available = max(0, totalWidth - gaps)
        var widths = [Int](repeating: 0, count: columns.count)
        for (index, column) in columns.enumerated() {
            if case .fixed(let width) = column.width {
                widths[index] = min(max(0, width), available)
                available -= widths[index]
            }
        }
        let flexible = columns.indices.compactMap { index -> (Int, Int)? in
            if case .flexible(let weight) = columns[index].width { return (index, max(1, weight)) }
            return nil
        }
        let totalWeight = flexible.reduce(0) { $0 + $1.1 }
        var remaining = available
        for (position, (index, weight)) in flexible.enumerated() {
            let share = position == flexible.count - 1 ? remaining : available * weight / totalWeight
            widths[index] = max(0, share)
            remaining -= widths[index]
        }
        return widths
    }
}
