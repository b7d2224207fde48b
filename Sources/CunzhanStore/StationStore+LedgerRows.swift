import CunzhanCore
import GRDB

/// One line of the 台账 (ledger) of a month, every value already in the words a township expects.
///
/// Plain strings so an exporter (CSV, XLSX) writes them as they are; dates are `YYYY-MM-DD`, empty when
/// not set. The columns follow issue 6 item 8: 编号, 月度主题, 来源, 村/组/户, 问题描述, 类别, 责任人, 整改措施,
/// 整改时限, 进展, 督导, 状态, 销号时间.
public struct LedgerRow: Equatable, Sendable {
    /// 编号: the month and a running number within it, "2026-03-001", in the order items were found.
    public var number: String
    public var itemID: RectificationItemID
    public var theme: String
    public var source: String
    public var village: String
    /// The group or household part of 村/组/户 ("第一村民小组", "张三（0001）"), empty for a village item.
    public var concerns: String
    public var description: String
    public var category: String
    public var owner: String
    public var responsibleUnit: String
    public var measures: String
    public var deadline: String
    /// The latest progress report, with its date and share done: "2026-03-12 已联系施工队（50%）".
    public var progress: String
    /// The latest supervision: "2026-03-20 实地：整改基本到位（整改到位）".
    public var supervision: String
    public var state: String
    /// True when not closed and past the deadline on the day the ledger was read.
    public var isOverdue: Bool
    public var closedOn: String

    /// The ledger's column titles, in the order of `values`.
    public static let headers = [
        "编号", "月度主题", "来源", "村/组/户", "问题描述", "类别", "责任人", "整改措施", "整改时限", "进展", "督导", "状态", "销号时间",
    ]

    /// The row's cells under `headers`: 村/组/户 joins village and concerns, 责任人 adds the unit, 状态 says 逾期.
    public var values: [String] {
        let place = concerns.isEmpty ? village : village + "/" + concerns
        let who = responsibleUnit.isEmpty ? owner : (owner.isEmpty ? responsibleUnit : owner + "（\(responsibleUnit)）")
        let status = isOverdue ? state + "（逾期）" : state
        return [
            number, theme, source, place, description, category, who, measures, deadline, progress, supervision, status,
            closedOn,
        ]
    }
}

extension StationStore {
    /// The ledger rows of `month` (`YYYY-MM`): the items found in that month, in the order found.
    public func ledgerRows(month: String, today: CalendarDate) throws(StoreError) -> [LedgerRow] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: ItemRow.selectSQL.replacingOccurrences(
                    of: "i.requested_deadline\n",
                    with: "i.requested_deadline, i.measures, i.responsible_unit, i.details, i.closed_on\n")
                    + " WHERE i.raised_on BETWEEN ? AND ? ORDER BY i.raised_on, i.id",
                arguments: [month + "-01", month + "-31"])
            var result: [LedgerRow] = []
            for (index, row) in rows.enumerated() {
                let item = try ItemRow(row: row)
                let details: String = row["details"] ?? ""
                result.append(
                    LedgerRow(
                        number: month + "-" + String(format: "%03d", index + 1), itemID: item.id,
                        theme: item.themeTitle, source: item.source.label, village: item.villageName,
                        concerns: item.concerns == "全村" ? "" : item.concerns,
                        description: details.isEmpty ? item.title : item.title + "：" + details,
                        category: item.category.label, owner: item.ownerName,
                        responsibleUnit: row["responsible_unit"] ?? "", measures: row["measures"] ?? "",
                        deadline: item.deadline?.description ?? "",
                        progress: try StationStore.latestProgress(db, item: item.id),
                        supervision: try StationStore.latestSupervision(db, item: item.id),
                        state: item.state.label, isOverdue: item.isOverdue(on: today),
                        closedOn: row["closed_on"] ?? ""))
            }
            return result
        }
    }

    static func latestProgress(_ db: Database, item: RectificationItemID) throws -> String {
        guard
            let entry = try Row.fetchOne(
                db.cachedStatement(
                    sql: ProgressEntry.selectSQL
                        + " WHERE item_id = ? AND voided = 0 ORDER BY date DESC, id DESC LIMIT 1"),
                arguments: [item.text]
            ).map(ProgressEntry.init(row:))
        else { return "" }
        var text = "\(entry.date) \(entry.text)"
        if let percent = entry.percentDone { text += "（\(percent)%）" }
        return text
    }

    static func latestSupervision(_ db: Database, item: RectificationItemID) throws -> String {
        guard
            let record = try Row.fetchOne(
                db.cachedStatement(
                    sql: SupervisionRecord.selectSQL
                        + " WHERE item_id = ? AND voided = 0 ORDER BY date DESC, id DESC LIMIT 1"),
                arguments: [item.text]
            ).map(SupervisionRecord.init(row:))
        else { return "" }
        var text = "\(record.date) \(record.onSite ? "实地" : "非实地")：\(record.findings)"
        if let verdict = record.verdict { text += "（\(verdict.label)）" }
        return text
    }
}
