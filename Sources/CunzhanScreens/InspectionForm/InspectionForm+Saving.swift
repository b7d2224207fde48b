import CunzhanCore
import CunzhanStore
import TerminalUI

/// What the inspection form does on save: checks, questions, then one transaction.
extension InspectionForm {
    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .loaded(let loaded):
            subject = loaded
            return layout(in: screenRect)
        case .loadFailed(let text):
            show(text, isError: true)
            return []
        case .outsideGridConfirmed:
            pending?.outsideConfirmed = true
            return nextQuestion()
        case .itemChosen:
            pending?.raiseItem = true
            return nextQuestion()
        case .itemDeclined:
            return [reviewQuestion()]
        case .reviewChosen:
            pending?.flagForReview = true
            return write()
        case .reviewDeclined:
            return write()
        case .saved:
            isSaved = true
            return [.pop]
        case .saveFailed(let text):
            pending = nil
            show("保存失败：" + text, isError: true)
            return []
        case .leaveChosen:
            return [.pop]
        }
    }

    /// Maps the answers, checks the date and the grid, and starts the questions (or saves at once).
    mutating func save(_ values: [String: String]) -> [ScreenCommand] {
        guard let subject else {
            show("正在读取农户信息，请稍候再保存", isError: true)
            return []
        }
        guard let grid = subject.grid else {
            show("该户还没有分配网格，请先在网格管理中分配网格再登记排查", isError: true)
            return []
        }
        let mapping = InspectionFormMapping(definition: definition)
        var inspection: Inspection
        do {
            let mapped = try mapping.inspection(
                from: values,
                context: .init(gridID: grid.id, householdID: subject.household.id, inspectorID: context.user.id))
            inspection = mapped.record
            inspection.answers = mapped.answers
        } catch {
            form.showErrors(error.problems)
            show(form.errorSummary ?? error.description, isError: true)
            return []
        }
        do throws(ValidationError) {
            try InspectionDateRule.check(
                inspection.date, today: context.today(), registeredOn: subject.household.registeredOn)
        } catch {
            form.showErrors([InspectionFormMapping.date: error.message])
            show(error.message, isError: true)
            return []
        }
        if let theme = subject.theme { inspection.answers["theme"] = theme.title }
        inspection.supersedes = correcting
        pending = PendingInspection(inspection: inspection)
        return nextQuestion()
    }

    /// The next open question about the pending inspection, or the write when none is left.
    mutating func nextQuestion() -> [ScreenCommand] {
        guard let pending, let subject, let grid = subject.grid else { return [] }
        if !pending.outsideConfirmed, !grid.isResponsible(context.user.id) {
            let worker = subject.gridWorkerName.map { "（网格员 \($0)）" } ?? ""
            return [
                .confirm(
                    Confirmation(
                        title: "不在本人网格",
                        message: "该户属于\(grid.name)\(worker)，不在您负责的网格内。仍以您（\(context.user.name)）的名义登记这次排查吗？",
                        yes: Action.outsideGridConfirmed))
            ]
        }
        if pending.inspection.result == .problemFound, !pending.raiseItem, !pending.flagForReview {
            return [
                .confirm(
                    Confirmation(
                        title: "发现问题", message: "排查发现问题。是否同时为该户新建整改事项（待交办，来源网格排查）？",
                        yes: Action.itemChosen, no: Action.itemDeclined))
            ]
        }
        return write()
    }

    func reviewQuestion() -> ScreenCommand {
        .confirm(
            Confirmation(
                title: "监测评估", message: "不新建整改事项。是否标记该户为需要监测评估？", yes: Action.reviewChosen,
                no: Action.reviewDeclined))
    }

    /// Writes the inspection, and the item or the review flag chosen, in one transaction.
    mutating func write() -> [ScreenCommand] {
        guard var pending, let subject else { return [] }
        if pending.outsideConfirmed { pending.inspection.answers[InspectionAnswers.outsideOwnGrid] = "是" }
        let item =
            pending.raiseItem
            ? Self.item(for: pending.inspection, household: subject.household, theme: subject.theme) : nil
        if let item { pending.inspection.answers[InspectionAnswers.raisedItem] = item.id.description }
        if pending.flagForReview { pending.inspection.answers[InspectionAnswers.flaggedForReview] = "是" }
        self.pending = pending
        show("正在保存...", isError: false)
        let store = context.store
        let author = context.user.id
        let inspection = pending.inspection
        let flag = pending.flagForReview
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    let review =
                        flag ? MonitoringReview(date: inspection.date, reason: Self.findings(of: inspection)) : nil
                    try store.write(author: author) { writer in
                        try writer.recordInspection(inspection, raising: item, flagging: review)
                    }
                    return .saved(inspection)
                } catch {
                    return .saveFailed(error.message)
                }
            }
        ]
    }

    /// The rectification item a found problem raises: 待交办, source 网格排查, linked to the inspection by
    /// `sourceRecordID` (the item screen opens it) and named in its details.
    static func item(for inspection: Inspection, household: Household, theme: MonthlyTheme?) -> RectificationItem {
        RectificationItem(
            villageID: household.villageID, themeID: theme?.id, scope: .household, householdID: household.id,
            groupID: household.groupID, source: .gridInspection, category: category(of: inspection),
            title: "网格排查发现问题：" + findings(of: inspection),
            details: (inspection.answers["problem_description"] ?? inspection.notes) + "（排查记录 \(inspection.id)）",
            raisedBy: inspection.inspectorID, raisedOn: inspection.date, sourceRecordID: inspection.id.description)
    }

    /// The item category from the first 不达标 check, else 收入 for a fall in income, else 其他.
    static func category(of inspection: Inspection) -> ItemCategory {
        let checks: [(String, ItemCategory)] = [
            ("education", .education), ("medical", .medical), ("housing", .housing), ("water", .drinkingWater),
        ]
        if let failed = checks.first(where: { inspection.answers[$0.0] == CheckResult.notMet.label }) {
            return failed.1
        }
        if let income = inspection.answers["income"], income != "稳定" { return .income }
        return .other
    }

    /// The risks found, else the description, in a few words: "因病、因灾".
    static func findings(of inspection: Inspection) -> String {
        if let risks = inspection.answers["problem_types"], !risks.isEmpty { return risks }
        let description = inspection.answers["problem_description"] ?? ""
        return description.isEmpty ? "见排查记录" : String(description.prefix(20))
    }
}
