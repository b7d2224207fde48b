/// 风险类型: the cause of a risk of falling (back) into poverty.
public enum RiskType: String, ChineseLabeled {
    case illness, disability, schooling, disaster, accident, failedBusiness, unstableEmployment
    case lackOfLabour, housing, drinkingWater, other

    public var label: String {
        switch self {
        case .illness: "因病"
        case .disability: "因残"
        case .schooling: "因学"
        case .disaster: "因灾"
        case .accident: "因意外事故"
        case .failedBusiness: "因产业失败"
        case .unstableEmployment: "因务工就业不稳"
        case .lackOfLabour: "缺劳动力"
        case .housing: "因安全住房"
        case .drinkingWater: "因安全饮水"
        case .other: "其他"
        }
    }
}

/// 帮扶措施: an assistance measure in place for a household.
public enum AssistanceMeasure: String, ChineseLabeled {
    case industry, employment, finance, publicWelfareJob, health, education, housing, drinkingWater
    case socialSecurity, socialAid, relocation

    public var label: String {
        switch self {
        case .industry: "产业"
        case .employment: "就业"
        case .finance: "金融"
        case .publicWelfareJob: "公益岗位"
        case .health: "健康"
        case .education: "教育"
        case .housing: "住房安全"
        case .drinkingWater: "饮水安全"
        case .socialSecurity: "综合保障"
        case .socialAid: "社会帮扶"
        case .relocation: "搬迁"
        }
    }
}
