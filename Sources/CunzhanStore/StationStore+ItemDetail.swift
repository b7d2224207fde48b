import CunzhanCore
import GRDB

/// Everything the item detail screen shows: the item, the names it refers to, and its history.
public struct ItemDetail: Equatable, Sendable {
    public var item: RectificationItem
    public var villageName: String
    public var concerns: String
    public var themeTitle: String
    public var raisedByName: String
    public var ownerName: String
    public var verifierName: String
    /// The grid worker of the household's group: who 定责 proposes as owner when none is set yet.
    public var suggestedOwnerName: String
    /// Transitions, progress reports and supervision records, oldest first.
    public var history: [HistoryEntry]
    /// The visit or inspection the item was raised from, when it names one the station has.
    public var sourceRecord: ItemSourceRecord? = nil
}

/// One dated line of an item's history.
public struct HistoryEntry: Equatable, Sendable {
    public enum Kind: String, Sendable { case transition, progress, supervision }
    public var date: CalendarDate
    public var kind: Kind
    /// Who did it.
    public var actor: String
    /// What happened, in Chinese: "定责：责任人 张网格，时限 2026-04-01；措施：修缮屋顶".
    public var text: String
}

extension StationStore {
    /// The item with its names and history, or nil when it is not in the store.
    ///
    /// Transitions come from the item transition log (v16), which holds this station's own transition ops
    /// and those pulled from the server, each once, in clock order; an own op a person discarded or resent
    /// after the server refused it is left out. Progress and supervision records come from their tables;
    /// voided records are left out.
    public func itemDetail(_ id: RectificationItemID) throws(StoreError) -> ItemDetail? {
        try read { db in
            guard let item = try RectificationItem.fetch(db, id: id.text),
                let row = try Row.fetchOne(db, sql: ItemRow.selectSQL + " WHERE i.id = ?", arguments: [id.text])
            else { return nil }
            let summary = try ItemRow(row: row)
            var names: [String: String] = [:]
            func name(_ userID: String?) throws -> String {
                guard let userID else { return "" }
                if let known = names[userID] { return known }
                let found = try String.fetchOne(db, sql: "SELECT name FROM users WHERE id = ?", arguments: [userID])
                names[userID] = found ?? "未知"
                return found ?? "未知"
            }
            var history: [HistoryEntry] = []
            for op in try Row.fetchAll(db, sql: Self.transitionLogSQL, arguments: [id.text]) {
                history.append(try Self.historyEntry(transitionOp: op, name: name))
            }
            for entry in try Row.fetchAll(
                db, sql: ProgressEntry.selectSQL + " WHERE item_id = ? AND voided = 0 ORDER BY date, id",
                arguments: [id.text]
            ).map(ProgressEntry.init(row:)) {
                var text = "调度：" + entry.text
                if let percent = entry.percentDone { text += "（完成 \(percent)%）" }
                if !entry.obstacles.isEmpty { text += "；困难：" + entry.obstacles }
                history.append(
                    HistoryEntry(date: entry.date, kind: .progress, actor: try name(entry.authorID.text), text: text))
            }
            for record in try Row.fetchAll(
                db, sql: SupervisionRecord.selectSQL + " WHERE item_id = ? AND voided = 0 ORDER BY date, id",
                arguments: [id.text]
            ).map(SupervisionRecord.init(row:)) {
                history.append(
                    HistoryEntry(
                        date: record.date, kind: .supervision, actor: try name(record.supervisorID.text),
                        text: StationStore.describe(record)))
            }
            // Stable: on one day, transitions before progress before supervision, each in recorded order.
            let order: [HistoryEntry.Kind: Int] = [.transition: 0, .progress: 1, .supervision: 2]
            let sorted = history.enumerated().sorted { lhs, rhs in
                (lhs.element.date, order[lhs.element.kind] ?? 0, lhs.offset)
                    < (rhs.element.date, order[rhs.element.kind] ?? 0, rhs.offset)
            }.map(\.element)
            return ItemDetail(
                item: item, villageName: summary.villageName, concerns: summary.concerns,
                themeTitle: summary.themeTitle, raisedByName: try name(item.raisedBy.text),
                ownerName: summary.ownerName, verifierName: try name(item.verifierID.text),
                suggestedOwnerName: try String.fetchOne(
                    db,
                    sql: """
                        SELECT u.name FROM households h JOIN grids g ON g.group_id = h.group_id
                        JOIN users u ON u.id = g.worker_id WHERE h.id = ? AND u.disabled = 0 LIMIT 1
                        """, arguments: [item.householdID.text]) ?? "",
                history: sorted, sourceRecord: try ItemSourceRecord.find(item.sourceRecordID, db: db))
        }
    }

    /// The item's transitions in clock order, without own ops taken back after a refusal.
    static let transitionLogSQL = """
        SELECT t.author, t.payload, t.hlc FROM item_transitions t
        LEFT JOIN outbox o ON o.op_id = t.op_id
        WHERE t.item_id = ? AND (o.resolution IS NULL OR o.resolution NOT IN ('discarded', 'resent'))
        ORDER BY t.hlc, t.op_id
        """

    /// One logged transition as a history line. A transition pulled before v16 kept neither author nor
    /// payload: its date comes from its clock and the line says the details were not kept.
    static func historyEntry(transitionOp op: Row, name: (String?) throws -> String) throws -> HistoryEntry {
        guard let payload: String = op["payload"] else {
            let hlc: String = op["hlc"]
            let millis = HLCTimestamp(hlc)?.physical ?? 0
            return HistoryEntry(
                date: DemoGenerator.today(clock: .fixed(millis)), kind: .transition, actor: "其他站点",
                text: "状态变更（升级前从其他站点同步来，详情未保存）")
        }
        let transition = try JSONValue.decode(ItemTransition.self, from: JSONValue.parseObject(payload))
        let author: String? = op["author"]
        return HistoryEntry(
            date: transition.date, kind: .transition, actor: author == nil ? "系统" : try name(author),
            text: try describe(transition, ownerName: name(transition.ownerID.text)))
    }

    /// A transition in words.
    static func describe(_ transition: ItemTransition, ownerName: String) -> String {
        let action = transition.action ?? inferredAction(of: transition)
        var text = action?.label ?? "\(transition.from.label)改为\(transition.to.label)"
        switch action {
        case .assign:
            text += "：责任人 \(ownerName)"
            if let deadline = transition.deadline { text += "，时限 \(deadline)" }
            if let measures = transition.measures, !measures.isEmpty { text += "；措施：" + measures }
        case .requestExtension:
            if let requested = transition.requestedDeadline { text += "：申请延至 \(requested)" }
            if !transition.reason.isEmpty { text += "；理由：" + transition.reason }
        case .approveExtension:
            if let deadline = transition.deadline { text += "：时限改为 \(deadline)" }
        case .submitForVerification:
            if !transition.reason.isEmpty { text += "：佐证：" + transition.reason }
        case .close:
            if let note = transition.verificationNote, !note.isEmpty { text += "：验收意见：" + note }
        case .sendBack, .reopen:
            if !transition.reason.isEmpty { text += "：原因：" + transition.reason }
        case nil:
            if !transition.reason.isEmpty { text += "：" + transition.reason }
        }
        return text
    }

    /// The action of a transition recorded before transitions named theirs, from its states.
    static func inferredAction(of transition: ItemTransition) -> RectificationAction.Kind? {
        RectificationAction.Kind.allCases.first { kind in
            kind.transition == (transition.from, transition.to) && kind != .approveExtension
                && kind != .requestExtension
        }
    }

    /// A supervision record in words.
    static func describe(_ record: SupervisionRecord) -> String {
        var text = "督导（\(record.onSite ? "实地" : "非实地")"
        if !record.place.isEmpty { text += "，\(record.place)" }
        text += "）：" + record.findings
        if let verdict = record.verdict { text += "；结论：" + verdict.label }
        return text
    }
}
