import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// The visit history's columns, as declared in `Screens/visits.list.yaml`, and the cell text of a visit.
///
/// The definition decides which columns show, their order, labels and widths; this type fills each column
/// id it understands from a `VisitRow`, and leaves an unknown id's cell empty rather than failing.
struct VisitHistoryColumns: Sendable {
    let definition: ListDefinition

    var tableColumns: [TableColumn] { definition.tableColumns }

    /// The cells of `row` in column order.
    func cells(of row: VisitRow) -> [String] {
        definition.columns.map { column in
            switch column.id {
            case "visit_date": row.date.description
            case "household_number": row.householdNumber
            case "head_name": row.headName
            case "visitor": row.visitorName.isEmpty ? "未知" : row.visitorName
            case "checks": Self.checksText(row.unmet)
            case "recognised": row.acknowledged ? "是" : "否"
            default: ""
            }
        }
    }

    /// "全部达标", or the checks found 不达标: "不达标：住房安全、饮水安全".
    static func checksText(_ unmet: [Guarantee]) -> String {
        unmet.isEmpty ? "全部达标" : "不达标：" + unmet.map(\.label).joined(separator: "、")
    }
}
