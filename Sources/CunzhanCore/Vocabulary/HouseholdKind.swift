/// 户类型: whether a household was lifted out of poverty or is an ordinary one.
///
/// Monitoring (监测) is a separate status, see `MonitoringCategory`.
public enum HouseholdKind: String, ChineseLabeled {
    case formerlyPoor
    case ordinary

    public var label: String {
        switch self {
        case .formerlyPoor: "脱贫户"
        case .ordinary: "一般农户"
        }
    }
}

/// 监测对象类别: why a household is under 防返贫监测.
public enum MonitoringCategory: String, ChineseLabeled {
    case unstableFormerlyPoor
    case marginalAtRisk
    case suddenHardship

    public var label: String {
        switch self {
        case .unstableFormerlyPoor: "脱贫不稳定户"
        case .marginalAtRisk: "边缘易致贫户"
        case .suddenHardship: "突发严重困难户"
        }
    }
}
