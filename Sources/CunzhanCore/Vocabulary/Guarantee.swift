/// One of 两不愁三保障 + 饮水安全: the six things every visit checks.
public enum Guarantee: String, ChineseLabeled {
    case food, clothing, education, medical, housing, water

    public var label: String {
        switch self {
        case .food: "吃"
        case .clothing: "穿"
        case .education: "义务教育"
        case .medical: "基本医疗"
        case .housing: "住房安全"
        case .water: "饮水安全"
        }
    }
}

/// The verdict of one guarantee check.
public enum CheckResult: String, ChineseLabeled {
    case met
    case notMet

    public var label: String {
        switch self {
        case .met: "达标"
        case .notMet: "不达标"
        }
    }
}
