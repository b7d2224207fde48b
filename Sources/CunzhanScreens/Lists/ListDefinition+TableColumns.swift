import ScreenDefinitions
import TerminalUI

extension ListDefinition {
    /// The table columns a list definition declares: labels, fixed widths or weights, and alignment.
    ///
    /// Every list screen builds its `TableView` from this, so a column declared in `Screens/` looks the same
    /// in every list; what goes into each cell stays with the screen that knows the rows.
    var tableColumns: [TableColumn] {
        columns.map { column in
            let width: TableColumn.Width =
                switch column.width {
                case .fixed(let columns): .fixed(columns)
                case .weight(let weight): .flexible(weight: weight)
                }
            let alignment: Alignment =
                switch column.alignment {
                case .left: .leading
                case .center: .center
                case .right: .trailing
                }
            return TableColumn(title: column.label, width: width, alignment: alignment)
        }
    }
}
