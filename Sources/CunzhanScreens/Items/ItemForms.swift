import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// The forms of the 四定闭环, each a `RecordForm` over its `Screens/` definition with the store action it
/// commits: the seven workflow actions, progress (调度), supervision (督导), and raising or editing an item.
///
/// Each returns nil when the definitions lack its form (a broken `--screens` folder); the caller says so.
struct ItemForms {
    let context: LoopContext

    /// The definition of each action's form.
    static let actionForms: [RectificationAction.Kind: String] = [
        .assign: "item-assign", .requestExtension: "item-extension", .approveExtension: "item-approve",
        .submitForVerification: "item-submit", .close: "item-close", .sendBack: "item-send-back",
        .reopen: "item-reopen",
    ]

    var missingDefinition: ScreenCommand {
        .message(title: "缺少表单", text: "界面定义缺少这个表单，请检查 Screens 目录或 --screens 指定的目录。")
    }

    /// The form of `kind` on the item of `detail`: 定责 proposes the current or suggested owner, 批准延期 the
    /// deadline asked for.
    func action(_ kind: RectificationAction.Kind, on detail: ItemDetail) -> RecordForm? {
        guard let formID = Self.actionForms[kind], let definition = context.catalog.form(formID) else { return nil }
        let item = detail.item
        var values: [String: String] = [:]
        switch kind {
        case .assign:
            values["owner"] = detail.ownerName.isEmpty ? detail.suggestedOwnerName : detail.ownerName
            values["measures"] = item.measures
            values["responsible_unit"] = item.responsibleUnit
        case .approveExtension:
            values["deadline"] = item.requestedDeadline?.description ?? ""
        default:
            break
        }
        let store = context.store
        let author = context.user.id
        let today = context.today
        let itemID = item.id
        return RecordForm(
            title: "\(kind.label)：\(item.title)", intro: Self.intro(of: kind, item: item), definition: definition,
            values: values, context: context.station
        ) { values in
            var reader = FormValueReader(definition: definition, values: values)
            let read = Self.readAction(kind, from: &reader)
            let mapped = try reader.finish(read)
            try store.write(author: author) { writer in
                let action: RectificationAction
                switch mapped.record {
                case .assign(let ownerName, let measures, let deadline, let unit):
                    if unit != item.responsibleUnit {
                        var edited = item
                        edited.responsibleUnit = unit
                        try writer.updateItem(edited)
                    }
                    action = .assign(
                        owner: try writer.ownerID(named: ownerName), measures: measures, deadline: deadline)
                case .action(let ready):
                    action = ready
                }
                try writer.transitionItem(itemID, action, on: today)
            }
        }
    }

    /// What an action form reads before the store is asked: the owner is looked up by name in the transaction.
    enum ReadAction: Sendable, Equatable {
        case assign(ownerName: String, measures: String, deadline: CalendarDate, unit: String)
        case action(RectificationAction)
    }

    static func readAction(_ kind: RectificationAction.Kind, from reader: inout FormValueReader) -> ReadAction? {
        switch kind {
        case .assign:
            let owner = reader.text("owner")
            let measures = reader.text("measures")
            let unit = reader.text("responsible_unit")
            return reader.date("deadline", "整改时限").map {
                .assign(ownerName: owner, measures: measures, deadline: $0, unit: unit)
            }
        case .requestExtension:
            let reason = reader.text("reason")
            return reader.date("requested_deadline", "申请延至").map {
                .action(.requestExtension(newDeadline: $0, reason: reason))
            }
        case .approveExtension:
            return reader.date("deadline", "整改时限").map { .action(.approveExtension(newDeadline: $0)) }
        case .submitForVerification:
            return .action(.submitForVerification(evidence: reader.text("evidence")))
        case .close:
            return .action(.close(verificationNote: reader.text("verification_note")))
        case .sendBack:
            return .action(.sendBack(reason: reader.text("reason")))
        case .reopen:
            return .action(.reopen(reason: reader.text("reason")))
        }
    }

    /// The sentence over an action's form.
    static func intro(of kind: RectificationAction.Kind, item: RectificationItem) -> String {
        switch kind {
        case .assign: "定责：确定责任人、措施和时限（发现于 \(item.raisedOn)），Ctrl-S 保存"
        case .requestExtension: "现在的整改时限 \(item.deadline?.description ?? "未定")，申请后待督导批准"
        case .approveExtension:
            "申请延至 \(item.requestedDeadline?.description ?? "")，理由：\(item.extensionReason)"
        case .submitForVerification: "写明整改做了什么，提交后由督导验收"
        case .close: "核验后销号，必须写验收意见"
        case .sendBack: "验收不通过，退回责任人继续整改"
        case .reopen: "回头看发现问题，重新打开事项"
        }
    }

    /// A progress report (调度记录) on `item`.
    func progress(on item: RectificationItem) -> RecordForm? {
        guard let definition = context.catalog.form("progress") else { return nil }
        let store = context.store
        let author = context.user.id
        return RecordForm(
            title: "调度进展：\(item.title)", intro: "报送这次的整改进展，Ctrl-S 保存", definition: definition,
            context: context.station
        ) { values in
            var reader = FormValueReader(definition: definition, values: values)
            let date = reader.date("date", "日期")
            let text = reader.text("text")
            let percent = Int(reader.text("percent_done"))
            let obstacles = reader.text("obstacles")
            let entry = date.map {
                ProgressEntry(
                    itemID: item.id, authorID: author, date: $0, text: text, percentDone: percent, obstacles: obstacles)
            }
            let mapped = try reader.finish(entry)
            try store.write(author: author) { writer in try writer.addProgress(mapped.record) }
        }
    }

    /// A supervision record (督导记录) on `item`, or on the village when `item` is nil.
    func supervision(villageID: VillageID, item: RectificationItem?) -> RecordForm? {
        guard let definition = context.catalog.form("supervision") else { return nil }
        let store = context.store
        let author = context.user.id
        let title = item.map { "督导记录：\($0.title)" } ?? "督导记录（全村）"
        return RecordForm(
            title: title, intro: "记录这次督导看到的情况和结论，Ctrl-S 保存", definition: definition, context: context.station
        ) { values in
            var reader = FormValueReader(definition: definition, values: values)
            let date = reader.date("date", "督导日期")
            let place = reader.text("place")
            let onSite = reader.yesNo("on_site", "实地督导")
            let findings = reader.text("findings")
            let verdict = reader.choice("verdict", "结论", as: SupervisionVerdict.self)
            var record: SupervisionRecord?
            if let date, let onSite {
                record = SupervisionRecord(
                    itemID: item?.id, villageID: villageID, supervisorID: author, date: date, place: place,
                    onSite: onSite, findings: findings, verdict: verdict)
            }
            let mapped = try reader.finish(record)
            try store.write(author: author) { writer in try writer.addSupervision(mapped.record) }
        }
    }
}
