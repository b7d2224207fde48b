/// What a user is at the station, which decides what they see and may do (DESIGN.md §1).
public enum Role: String, ChineseLabeled {
    /// 村干部 / 网格员: enters visits and inspection logs; owns rectification items assigned to them.
    case cadre
    /// 驻村第一书记 / 工作队: reviews the village's work and assigns rectification items (定责).
    case firstSecretary
    /// 乡镇/县 督导: supervises, verifies and closes (销号) or sends items back.
    case supervisor
    /// 管理员: manages users and the station; may also assign items.
    case administrator

    public var label: String {
        switch self {
        case .cadre: "村干部/网格员"
        case .firstSecretary: "第一书记"
        case .supervisor: "督导"
        case .administrator: "管理员"
        }
    }
}
