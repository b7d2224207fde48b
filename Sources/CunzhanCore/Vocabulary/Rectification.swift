/// The state of a rectification item (整改事项) in the 四定闭环 life cycle of DESIGN.md §2.
///
/// 逾期 (overdue) is not a state: it is derived from the deadline and today.
public enum RectificationState: String, ChineseLabeled {
    case pendingAssignment
    case inProgress
    case awaitingVerification
    case closed

    public var label: String {
        switch self {
        case .pendingAssignment: "待交办"
        case .inProgress: "整改中"
        case .awaitingVerification: "待验收"
        case .closed: "已销号"
        }
    }
}

/// Where a rectification item was found.
public enum ItemSource: String, ChineseLabeled {
    case visit, gridInspection, supervision, assignedFromAbove, publicReport

    public var label: String {
        switch self {
        case .visit: "走访"
        case .gridInspection: "网格排查"
        case .supervision: "督导"
        case .assignedFromAbove: "上级交办"
        case .publicReport: "群众反映"
        }
    }
}

/// What a rectification item is about.
public enum ItemCategory: String, ChineseLabeled {
    case income, education, medical, housing, drinkingWater, policy, other

    public var label: String {
        switch self {
        case .income: "收入"
        case .education: "义务教育"
        case .medical: "基本医疗"
        case .housing: "住房安全"
        case .drinkingWater: "饮水安全"
        case .policy: "政策落实"
        case .other: "其他"
        }
    }
}

/// Whom a rectification item concerns.
public enum ItemScope: String, ChineseLabeled {
    case household, villagerGroup, village

    public var label: String {
        switch self {
        case .household: "户"
        case .villagerGroup: "组"
        case .village: "村"
        }
    }
}
