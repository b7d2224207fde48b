import CunzhanStore
import TerminalUI

/// `s` in the register: the next sort order of the list definition, reloaded from the top.
extension HouseholdList {
    /// The store order the register shows.
    var sort: HouseholdSort { sorts.options[sortIndex].sort }

    /// What the status line says about the order: "排序：按最近走访".
    var sortText: String { "排序：" + sorts.options[sortIndex].label }

    /// Moves to the next order (after the last, back to the first), keeping the filter, and asks for the
    /// first page again; rows still on their way for the old order are dropped when they arrive.
    mutating func nextSort() -> [ScreenCommand] {
        sortIndex = (sortIndex + 1) % sorts.options.count
        table.reload()
        return loadPendingRows()
    }
}
