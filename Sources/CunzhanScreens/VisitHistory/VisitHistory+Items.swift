import CunzhanCore
import CunzhanStore
import TerminalUI

/// Raising a rectification item from a visit in the history: `i` on a 不达标 visit opens the new-item form
/// filled in from the visit (the failed check, its note, the household, the visit's date, the link to the
/// visit), one check at a time: pressing `i` again offers the next check that has no item yet.
extension VisitHistory {
    /// Reads the selected visit and what was already raised from it, in an effect.
    func raiseItem() -> [ScreenCommand] {
        guard let row = table.selectedRow, let position = VisitRowSource.position(fromRowID: row.id),
            let visitID = VisitID(position.cursor.id)
        else { return [] }
        let store = context.store
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    guard let visit = try store.visit(visitID), let household = try store.household(visit.householdID)
                    else { return .nothingToRaise("找不到这次走访，可能已被删除。") }
                    if visit.guarantees.unmet.isEmpty, visit.risksFound.isEmpty {
                        return .nothingToRaise("这次走访各项达标，也没有发现新风险，不需要登记整改事项。")
                    }
                    let raised = try store.itemCategories(raisedFrom: visit.id.description)
                    guard let prefill = ItemPrefill.next(from: visit, household: household, raised: raised) else {
                        return .nothingToRaise("这次走访发现的问题都已登记整改事项，可在问题清单或农户详情中查看。")
                    }
                    return .itemPrefilled(prefill, village: household.villageID)
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    /// The new-item form for `prefill`, or a message when the definitions lack it.
    func openItemForm(_ prefill: ItemPrefill, village: VillageID) -> [ScreenCommand] {
        guard let raising else { return [] }
        let forms = ItemForms(context: raising)
        return forms.raise(in: village, prefill: prefill).map { [.push($0)] } ?? [forms.missingDefinition]
    }
}
