import CunzhanStore
import ScreenDefinitions

/// The orders the register offers: the list definition's sort options the store can page, with their labels.
///
/// Options are matched to `HouseholdSort` by id (`by_number`, `by_group`, `by_last_visit`, `by_risk`), or
/// else by their first column, so a county may relabel or reorder them; an option naming neither is
/// left out rather than failing. A definition with none still gets the household-number order.
struct HouseholdListSorts: Equatable, Sendable {
    /// One order: the label users see (按最近走访) and the store order it pages.
    struct Option: Equatable, Sendable {
        let label: String
        let sort: HouseholdSort
    }

    let options: [Option]
    /// The index of the order the register opens with (the definition's default).
    let defaultIndex: Int

    init(definition: ListDefinition) {
        var options: [Option] = []
        var defaultIndex = 0
        for option in definition.sortOptions {
            guard let sort = Self.sort(for: option) else { continue }
            if option == definition.defaultSort { defaultIndex = options.count }
            options.append(Option(label: option.label, sort: sort))
        }
        if options.isEmpty { options = [Option(label: "按户编号", sort: .number)] }
        self.options = options
        self.defaultIndex = defaultIndex
    }

    /// The store order of a definition's sort option, or nil when the register cannot page it.
    static func sort(for option: SortOption) -> HouseholdSort? {
        switch option.id {
        case "by_number": return .number
        case "by_group": return .group
        case "by_last_visit": return .lastVisit
        case "by_risk": return .risk
        default: break
        }
        switch option.columns.first {
        case "household_number": return .number
        case "villager_group": return .group
        case "last_visit": return .lastVisit
        case "kind": return .risk
        default: return nil
        }
    }
}
