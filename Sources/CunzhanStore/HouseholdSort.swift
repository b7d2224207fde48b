import GRDB

/// An order of the household register: by number, by group, by last visit, or by risk.
///
/// Every order ends with the household number and id, so it is total and keyset paging never skips or
/// repeats a row. Each has an index in the "v7 household sort indexes" migration, so a page costs a
/// seek and `limit` index steps whatever the number of households.
public enum HouseholdSort: String, Sendable, CaseIterable, Hashable {
    /// 按户编号: household number, then id.
    case number
    /// 按组: the group's name, then the group's id (two villages may share a group name), then number.
    case group
    /// 按最近走访, oldest first: never-visited households first (they need a visit most), then by the
    /// last visit's date, then number.
    case lastVisit
    /// 按风险: monitored households first by category severity (突发严重困难户, then 脱贫不稳定户, then
    /// 边缘易致贫户), then households flagged 待评估, then the rest; within each, more recorded risks
    /// first, then number.
    case risk

    /// The key columns of a single-table order (all ascending), or nil for `.group`, whose first key
    /// lives in the groups table.
    var keyColumns: [String]? {
        switch self {
        case .number: ["h.household_number", "h.id"]
        case .group: nil
        case .lastVisit: ["h.visit_sort_date", "h.household_number", "h.id"]
        case .risk: ["h.risk_rank", "h.risk_count_rank", "h.household_number", "h.id"]
        }
    }

    /// The index whose order is the key order.
    var index: String {
        switch self {
        case .number: "households_by_number"
        case .group: "households_by_group_order"
        case .lastVisit: "households_by_visit_order"
        case .risk: "households_by_risk_order"
        }
    }

    /// The cursor's values for `keyColumns`, in the same order.
    func keyValues(_ cursor: HouseholdCursor) -> [any DatabaseValueConvertible] {
        switch self {
        case .number: [cursor.householdNumber, cursor.id]
        case .group: [cursor.groupName, cursor.groupID, cursor.householdNumber, cursor.id]
        case .lastVisit: [cursor.lastVisitDate, cursor.householdNumber, cursor.id]
        case .risk: [cursor.riskRank, cursor.riskCountRank, cursor.householdNumber, cursor.id]
        }
    }
}
