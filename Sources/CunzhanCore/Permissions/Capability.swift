/// Something a user may be allowed to do at the station, checked against their `Role` by `Permissions`.
///
/// Screens hide what a role may not do, the store refuses it, and the server checks it again (DESIGN.md §2:
/// "who may do what is a rule in the domain layer, checked on the station and again on the server").
public enum Capability: String, ChineseLabeled {
    /// 入户走访: record a household visit.
    case recordVisit
    /// 网格排查: record a grid inspection.
    case recordInspection
    /// Edit a household and its members.
    case editHousehold
    /// Raise a rectification item (发现问题).
    case raiseItem
    /// 定责: assign an item's owner, measures and deadline.
    case assignItem
    /// 调度: report progress on an item.
    case reportProgress
    /// Ask for a later deadline (申请延期).
    case requestExtension
    /// 提交验收: submit an item with its evidence.
    case submitForVerification
    /// 督导: record a supervision visit.
    case recordSupervision
    /// 销号: verify and close an item.
    case verifyAndClose
    /// 退回: send an item back for more work.
    case sendBack
    /// 回头看: reopen a closed item.
    case reopen
    /// 批准延期: approve a new deadline.
    case approveExtension
    /// Manage the station's users and their roles.
    case manageUsers
    /// 网格管理: create and edit grids, assign households, mark 长期外出, set the inspection cycle.
    case manageGrids
    /// Manage the monthly themes (每月一主题).
    case manageMonthlyThemes
    /// Export the ledger (台账).
    case exportLedger
    /// Sync with the server or by USB bundle.
    case sync

    public var label: String {
        switch self {
        case .recordVisit: "入户走访"
        case .recordInspection: "网格排查"
        case .editHousehold: "编辑农户和家庭成员"
        case .raiseItem: "登记整改事项"
        case .assignItem: "定责交办"
        case .reportProgress: "报送调度进展"
        case .requestExtension: "申请延期"
        case .submitForVerification: "提交验收"
        case .recordSupervision: "督导记录"
        case .verifyAndClose: "验收销号"
        case .sendBack: "退回"
        case .reopen: "回头看重新打开"
        case .approveExtension: "批准延期"
        case .manageUsers: "用户管理"
        case .manageGrids: "网格管理"
        case .manageMonthlyThemes: "月度主题管理"
        case .exportLedger: "导出台账"
        case .sync: "同步"
        }
    }
}
