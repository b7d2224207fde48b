import CunzhanCore
import GRDB
import Spreadsheets

/// The visit and inspection registers as sheets, newest first within the month (or all months).
///
/// Voided records stay in the register, marked 已作废 with the reason, since a register shows what was
/// recorded; household numbers are text so Excel keeps their leading zeros.
extension StationStore {
    func visitRegisterRows(village: VillageID, month: ExportMonth?) throws(StoreError) -> [[SheetValue]] {
        let header =
            ["走访日期", "户编号", "户主姓名", "村民小组", "走访人"] + Guarantee.allCases.map(\.label)
            + ["人均收入估算（元）", "发现风险", "帮扶措施", "月度主题排查", "群众认可", "备注", "状态"]
        return try read { db in
            var rows: [[SheetValue]] = [header.map(SheetValue.text)]
            let rowsFound = try Row.fetchCursor(
                db,
                sql: """
                    SELECT v.*, h.household_number, h.head_name, g.name AS group_name, u.name AS visitor_name
                    FROM visits v JOIN households h ON h.id = v.household_id
                    JOIN villager_groups g ON g.id = h.group_id JOIN users u ON u.id = v.visitor_id
                    WHERE h.village_id = ? AND v.date LIKE ? ORDER BY v.date DESC, h.household_number
                    """, arguments: [village.text, month?.datePattern ?? "%"])
            while let row = try rowsFound.next() {
                let visit = try Visit(row: row)
                let checks = Guarantee.allCases.map { guarantee -> SheetValue in
                    let check = visit.guarantees[guarantee]
                    let note = check.note.map { "（\($0)）" } ?? ""
                    return .text(check.result.label + note)
                }
                let income = visit.incomeEstimate.map { money in
                    SheetValue.text("\(money.yuan).\(money.fenRemainder < 10 ? "0" : "")\(money.fenRemainder)")
                }
                let cells: [SheetValue] =
                    [
                        .text(visit.date.description), .text(row["household_number"]), .text(row["head_name"]),
                        .text(row["group_name"]), .text(row["visitor_name"]),
                    ] + checks + [
                        income ?? .text(""), .text(visit.risksFound.map(\.label).joined(separator: "、")),
                        .text(visit.measures.map(\.label).joined(separator: "、")),
                        .text(StationStore.themeCheck(of: visit)),
                        .text(visit.acknowledged ? "是" : "否"),
                        .text(visit.notes), .text(StationStore.recordState(row)),
                    ]
                rows.append(cells)
            }
            return rows
        }
    }

    func inspectionRegisterRows(village: VillageID, month: ExportMonth?) throws(StoreError) -> [[SheetValue]] {
        let header = ["排查日期", "网格", "户编号", "户主姓名", "排查人", "方式", "结果", "备注", "状态"]
        return try read { db in
            var rows: [[SheetValue]] = [header.map(SheetValue.text)]
            let found = try Row.fetchCursor(
                db,
                sql: """
                    SELECT i.date, i.method, i.result, i.notes, i.voided, i.void_reason, gr.name AS grid_name,
                        h.household_number, h.head_name, u.name AS inspector_name
                    FROM inspections i JOIN households h ON h.id = i.household_id JOIN grids gr ON gr.id = i.grid_id
                    JOIN users u ON u.id = i.inspector_id
                    WHERE h.village_id = ? AND i.date LIKE ? ORDER BY i.date DESC, h.household_number
                    """, arguments: [village.text, month?.datePattern ?? "%"])
            while let row = try found.next() {
                let method = InspectionMethod(rawValue: row["method"])?.label ?? ""
                let result = InspectionResult(rawValue: row["result"])?.label ?? ""
                rows.append([
                    .text(row["date"]), .text(row["grid_name"]), .text(row["household_number"]),
                    .text(row["head_name"]),
                    .text(row["inspector_name"]), .text(method), .text(result), .text(row["notes"]),
                    .text(StationStore.recordState(row)),
                ])
            }
            return rows
        }
    }

    /// 有效, or 已作废 with the reason.
    static func recordState(_ row: Row) -> String {
        let voided: Bool = row["voided"] ?? false
        guard voided else { return "有效" }
        let reason: String = row["void_reason"] ?? ""
        return reason.isEmpty ? "已作废" : "已作废：\(reason)"
    }
}

extension StationStore {
    /// What a visit recorded about its month's theme, for the register: "村庄清洁：有问题（院内垃圾未清）", or
    /// empty for a visit in a month without a theme (or made before visits asked about it).
    static func themeCheck(of visit: Visit) -> String {
        guard let check = visit.answers["theme_check"], !check.isEmpty else { return "" }
        let theme = visit.answers["theme"].map { $0 + "：" } ?? ""
        let note = visit.answers["theme_note"].map { $0.isEmpty ? "" : "（\($0)）" } ?? ""
        return theme + check + note
    }
}
