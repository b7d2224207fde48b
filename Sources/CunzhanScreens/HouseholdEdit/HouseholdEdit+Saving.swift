import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// What the household form does with effect results: making the form, saving, showing refusals.
extension HouseholdEdit {
    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .started(let start):
            self.start = start
            let mapping = HouseholdFormMapping(definition: definition)
            let values =
                start.existing.map { mapping.values(from: $0, groups: start.groups, answers: $0.answers) }
                ?? [HouseholdFormMapping.householdNumber: start.suggestedNumber]
            var form = DefinedForm(
                definition: definition, today: context.today(), userName: context.user.name, values: values)
            form.fit(to: formRect)
            self.form = form
            return []
        case .loadFailed(let text):
            show(text, isError: true)
            return []
        case .householdSaved:
            isSaved = true
            return [.pop]
        case .saveRefused(let error):
            showRefusal(error.message, fieldID: StoreRefusal.fieldID(of: error, in: definition))
            return []
        case .leaveChosen:
            return [.pop]
        }
    }

    /// Maps the answers to a household and writes it in an effect: a new one with its create op, an edit
    /// as a patch op of the changed fields. A taken 户编号 is refused naming the household that has it.
    mutating func save(_ values: [String: String]) -> [ScreenCommand] {
        guard let start else { return [] }
        let mapping = HouseholdFormMapping(definition: definition)
        let household: Household
        do {
            let mapped = try mapping.household(
                from: values,
                context: .init(villageID: start.villageID, groups: start.groups, existing: start.existing)
            )
            var record = mapped.record
            record.answers = definition.keptAnswers(mapped.answers, over: start.existing?.answers ?? [:])
            // A new household is registered today: no inspection may be dated before it (issue 5).
            if start.existing == nil { record.registeredOn = context.today() }
            household = record
        } catch {
            form?.showErrors(error.problems)
            show(form?.errorSummary ?? error.description, isError: true)
            return []
        }
        show("正在保存...", isError: false)
        let store = context.store
        let author = context.user.id
        let isNew = start.existing == nil
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    try store.write(author: author) { writer in
                        try writer.requireFreeHouseholdNumber(household)
                        if isNew {
                            try writer.createHousehold(household)
                        } else {
                            try writer.updateHousehold(household)
                        }
                    }
                    return .householdSaved(household)
                } catch {
                    return .saveRefused(error)
                }
            }
        ]
    }

    /// Shows a refusal under its field (when it names one) and in full on the message line; nothing typed
    /// changes.
    mutating func showRefusal(_ text: String, fieldID: FieldID?) {
        if let fieldID { form?.showErrors([fieldID: text]) }
        show("保存失败：" + text, isError: true)
    }
}
