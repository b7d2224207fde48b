import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// The household list's columns, as declared in `Screens/households.list.yaml`, and the cell text of a row.
///
/// The definition decides which columns show, their order, labels and widths, so a county can
/// rearrange the register without a new binary; this type knows how to fill each column id it
/// understands from a `HouseholdRow`. An id it does not know shows an empty cell rather than failing.
struct HouseholdListColumns: Sendable {
    /// Column ids this screen can fill.
    static let knownIDs: Set<String> = [
        "household_number", "head_name", "villager_group", "size", "kind", "last_visit", "visit_count",
        "id_number_masked", "phone_masked",
    ]

    let definition: ListDefinition

    var tableColumns: [TableColumn] { definition.tableColumns }

    /// The cells of `row` in column order; personal data is already masked by the store.
    func cells(of row: HouseholdRow) -> [String] {
        definition.columns.map { column in
            switch column.id {
            case "household_number": row.householdNumber
            case "head_name": row.headName
            case "villager_group": row.groupName
            case "size": String(row.population)
            case "kind": row.statusLabel
            case "last_visit": row.lastVisitDate?.description ?? "未走访"
            case "visit_count": String(row.visitCount)
            case "id_number_masked": row.maskedHeadID
            case "phone_masked": row.maskedPhone
            default: ""
            }
        }
    }
}
