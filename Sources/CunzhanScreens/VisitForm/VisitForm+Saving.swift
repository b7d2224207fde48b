import CunzhanCore
import CunzhanStore
import TerminalUI

/// What the visit form does with effect results and answers: resuming drafts, saving the visit and
/// raising rectification items.
extension VisitForm {
    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .draftLookedUp(let draft):
            guard let draft, !DraftKeeper.changes(in: draft, from: form.values).isEmpty else { return [] }
            return [
                .confirm(
                    Confirmation(
                        title: "继续填写草稿", message: "这户有一份未保存的走访草稿。按 Enter 继续填写，按 Esc 放弃草稿。",
                        yes: Action.draftResumeChosen(draft), no: Action.draftDiscardChosen))
            ]
        case .draftResumeChosen(let draft):
            for change in DraftKeeper.changes(in: draft, from: form.values) {
                form.setValue(change.value, for: change.fieldID)
            }
            show("已恢复草稿，继续填写", isError: false)
            return themeFollowsDate()  // the draft's date may be in another month
        case .draftDiscardChosen:
            return [deleteDraft(then: .draftSaved)]
        case .draftSaved:
            return []
        case .draftSaveFailed(let text):
            show("草稿未能保存：" + text, isError: true)
            return []
        case .visitSaved(let visit):
            isSaved = true
            savedVisit = visit
            guard let question = Self.itemQuestion(for: visit) else { return [.pop] }
            return [
                .confirm(
                    Confirmation(
                        title: "新建整改事项", message: question, yes: Action.itemRaiseChosen(visit),
                        no: Action.itemRaiseDeclined))
            ]
        case .saveFailed(let text):
            show("保存失败：" + text, isError: true)
            return []
        case .itemRaiseChosen(let visit):
            return [raiseItems(for: visit)]
        case .itemRaiseDeclined, .itemsRaised:
            return offerReviewFlag()
        case .itemRaiseFailed(let text):
            return [.pop, .message(title: "整改事项未能新建", text: "走访已保存，但整改事项未能新建：" + text)]
        case .reviewFlagChosen(let visit):
            return [flagForReview(visit)]
        case .reviewFlagDeclined, .reviewFlagged:
            return [.pop]
        case .reviewFlagFailed(let text):
            return [.pop, .message(title: "未能标记监测评估", text: "走访已保存，但未能标记为需要监测评估：" + text)]
        case .leaveChosen:
            return [deleteDraft(then: .draftSaved), .pop]
        case .themeLoaded(let theme, let month):
            return receiveTheme(theme, month: month)
        case .themeLoadFailed(let text):
            show("未能读取本月主题：" + text, isError: true)
            return []
        }
    }

    /// Maps the answers to a visit and records it with its op in an effect; a mapping problem is shown at
    /// once and the form keeps everything typed.
    mutating func save(_ values: [String: String]) -> [ScreenCommand] {
        let mapping = VisitFormMapping(definition: form.definition)
        let visit: Visit
        do {
            let mapped = try mapping.visit(
                from: values, context: .init(householdID: household.id, visitorID: context.user.id))
            var record = mapped.record
            record.answers = mapped.answers
            if let monthTheme, record.answers["theme_check"] != nil {
                record.answers[Self.themeAnswer] = monthTheme.title
            }
            visit = record
        } catch {
            show(error.description, isError: true)
            return []
        }
        show("正在保存...", isError: false)
        let store = context.store
        let author = context.user.id
        let drafts = drafts
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    try store.write(author: author) { try $0.recordVisit(visit) }
                } catch {
                    return .saveFailed(error.message)
                }
                try? drafts.delete()
                return .visitSaved(visit)
            }
        ]
    }

    /// Deletes the draft in an effect, answering `action` (a failure is not worth stopping for).
    func deleteDraft(then action: Action) -> ScreenCommand {
        let drafts = drafts
        return .run { () -> Action in
            try? drafts.delete()
            return action
        }
    }

    /// Records the items `VisitForm.items(for:)` suggests, in one transaction with their ops, each linked to
    /// the visit and to the theme of its month when there is one.
    func raiseItems(for visit: Visit) -> ScreenCommand {
        let items = Self.items(for: visit, household: household, themeID: monthTheme?.id)
        let store = context.store
        let author = context.user.id
        return .run { () -> Action in
            do throws(StoreError) {
                try store.write(author: author) { writer in
                    for item in items { try writer.raiseItem(item) }
                }
                return .itemsRaised(count: items.count)
            } catch {
                return .itemRaiseFailed(error.message)
            }
        }
    }
}
