import CunzhanCore
import GRDB
import Spreadsheets

/// The monthly rectification ledger (整改台账) as a township expects it: one row per item of the month,
/// with its progress reports and supervision records written out in the row.
///
/// An item belongs to the month when it was found that month or belongs to that month's theme. Read from
/// the current schema (rectification_items, monthly_themes, progress_entries, supervision_records);
/// voided progress and supervision records are left out.
extension StationStore {
    static let ledgerHeader = [
        "编号", "月度主题", "来源", "村/组/户", "问题描述", "类别", "责任人", "整改措施", "整改时限", "进展", "督导", "状态", "销号时间",
    ]

    func ledgerRows(village: VillageID, month: ExportMonth, today: CalendarDate) throws(StoreError) -> [[SheetValue]] {
        try read { db in
            var rows: [[SheetValue]] = [StationStore.ledgerHeader.map(SheetValue.text)]
            let items = try Row.fetchAll(
                db,
                sql: """
                    SELECT i.*, t.title AS theme_title, v.name AS village_name, g.name AS group_name,
                        h.household_number, h.head_name, o.name AS owner_name
                    FROM rectification_items i JOIN villages v ON v.id = i.village_id
                    LEFT JOIN monthly_themes t ON t.id = i.theme_id
                    LEFT JOIN households h ON h.id = i.household_id
                    LEFT JOIN villager_groups g ON g.id = COALESCE(i.group_id, h.group_id)
                    LEFT JOIN users o ON o.id = i.owner_id
                    WHERE i.village_id = ? AND (i.raised_on LIKE ? OR t.month = ?)
                    ORDER BY i.raised_on, i.id
                    """, arguments: [village.text, month.datePattern, month.text])
            for (index, item) in items.enumerated() {
                let id: String = item["id"]
                rows.append([
                    .number(index + 1), .text(item["theme_title"] ?? ""),
                    .text(ItemSource(rawValue: item["source"])?.label ?? ""), .text(StationStore.place(item)),
                    .text(StationStore.description(item)), .text(ItemCategory(rawValue: item["category"])?.label ?? ""),
                    .text(item["owner_name"] ?? ""), .text(item["measures"]), .text(item["deadline"] ?? ""),
                    .text(try StationStore.progress(db, itemID: id)),
                    .text(try StationStore.supervision(db, itemID: id)),
                    .text(StationStore.stateText(item, today: today)), .text(item["closed_on"] ?? ""),
                ])
            }
            return rows
        }
    }

    /// 村/组/户: the village, then the group and the household where the item has them.
    static func place(_ item: Row) -> String {
        var parts: [String] = [item["village_name"]]
        if let group: String = item["group_name"] { parts.append(group) }
        if let number: String = item["household_number"], let head: String = item["head_name"] {
            parts.append("\(number) \(head)")
        }
        return parts.joined(separator: "/")
    }

    static func description(_ item: Row) -> String {
        let title: String = item["title"]
        let details: String = item["details"]
        return details.isEmpty ? title : "\(title)：\(details)"
    }

    /// The state's label, with （逾期） when the deadline has passed and the item is not closed.
    static func stateText(_ item: Row, today: CalendarDate) -> String {
        guard let state = RectificationState(rawValue: item["state"]) else { return "" }
        if state != .closed, let deadline: String = item["deadline"], deadline < today.description {
            return state.label + "（逾期）"
        }
        return state.label
    }

    static func progress(_ db: Database, itemID: String) throws -> String {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT date, text, percent_done FROM progress_entries WHERE item_id = ? AND voided = 0
                    ORDER BY date, rowid
                    """), arguments: [itemID]
        ).map { row in
            let percent = (row["percent_done"] as Int?).map { "（\($0)%）" } ?? ""
            return "\(row["date"] as String) \(row["text"] as String)\(percent)"
        }.joined(separator: "；")
    }

    static func supervision(_ db: Database, itemID: String) throws -> String {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT s.date, s.on_site, s.findings, u.name FROM supervision_records s
                    JOIN users u ON u.id = s.supervisor_id WHERE s.item_id = ? AND s.voided = 0 ORDER BY s.date, s.rowid
                    """), arguments: [itemID]
        ).map { row in
            let onSite: Bool = row["on_site"]
            return
                "\(row["date"] as String) \(row["name"] as String)\(onSite ? "（现场）" : "")：\(row["findings"] as String)"
        }.joined(separator: "；")
    }
}
