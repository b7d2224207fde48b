/// 与户主关系: how a member is related to the head of the household.
public enum Relation: String, ChineseLabeled {
    case head, spouse, son, daughter, daughterInLaw, sonInLaw, grandchild, parent, sibling, other

    public var label: String {
        switch self {
        case .head: "户主"
        case .spouse: "配偶"
        case .son: "之子"
        case .daughter: "之女"
        case .daughterInLaw: "之儿媳"
        case .sonInLaw: "之女婿"
        case .grandchild: "之孙子女"
        case .parent: "之父母"
        case .sibling: "兄弟姐妹"
        case .other: "其他"
        }
    }
}

/// 健康状况.
public enum HealthStatus: String, ChineseLabeled {
    case healthy, chronicIllness, seriousIllness, disabled

    public var label: String {
        switch self {
        case .healthy: "健康"
        case .chronicIllness: "长期慢性病"
        case .seriousIllness: "患有大病"
        case .disabled: "残疾"
        }
    }
}

/// 劳动技能.
public enum LabourSkill: String, ChineseLabeled {
    case ordinary, skilled, weak, lost, none

    public var label: String {
        switch self {
        case .ordinary: "普通劳动力"
        case .skilled: "技能劳动力"
        case .weak: "弱劳动力或半劳动力"
        case .lost: "丧失劳动力"
        case .none: "无劳动力"
        }
    }
}

/// 在校生状况.
public enum SchoolingStatus: String, ChineseLabeled {
    case notInSchool, preschool, primary, juniorHigh, seniorHigh, vocational, college

    public var label: String {
        switch self {
        case .notInSchool: "非在校生"
        case .preschool: "学前教育"
        case .primary: "小学"
        case .juniorHigh: "初中"
        case .seniorHigh: "普通高中"
        case .vocational: "中职/高职"
        case .college: "大学及以上"
        }
    }
}

/// 务工状况.
public enum WorkStatus: String, ChineseLabeled {
    case none, inCounty, inProvince, outOfProvince, publicWelfareJob

    public var label: String {
        switch self {
        case .none: "未务工"
        case .inCounty: "县内务工"
        case .inProvince: "省内县外务工"
        case .outOfProvince: "省外务工"
        case .publicWelfareJob: "公益岗位"
        }
    }
}
