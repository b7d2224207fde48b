import CunzhanCore
import CunzhanStore
import TerminalUI

/// What the member form does with the answers and with the store's reply.
extension MemberEdit {
    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .memberSaved:
            isSaved = true
            return [.pop]
        case .saveRefused(let error):
            if let fieldID = StoreRefusal.fieldID(of: error, in: definition) {
                form.showErrors([fieldID: error.message])
            }
            show("保存失败：" + error.message, isError: true)
            return []
        case .leaveChosen:
            return [.pop]
        }
    }

    /// Maps the answers to a member and writes it in an effect; an ID number held by another member is
    /// refused naming that member's household.
    mutating func save(_ values: [String: String]) -> [ScreenCommand] {
        let mapping = MemberFormMapping(definition: definition)
        let member: Member
        do {
            let mapped = try mapping.member(
                from: values, context: .init(householdID: household.id, existing: existing))
            var record = mapped.record
            record.answers = definition.keptAnswers(mapped.answers, over: existing?.answers ?? [:])
            member = record
        } catch {
            form.showErrors(error.problems)
            show(form.errorSummary ?? error.description, isError: true)
            return []
        }
        show("正在保存...", isError: false)
        let store = context.store
        let author = context.user.id
        let isNew = existing == nil
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    try store.write(author: author) { writer in
                        try writer.requireFreeIDNumber(member)
                        if isNew {
                            try writer.addMember(member)
                        } else {
                            try writer.updateMember(member)
                        }
                    }
                    return .memberSaved(member)
                } catch {
                    return .saveRefused(error)
                }
            }
        ]
    }
}
