/// A column of a household roster: one per member row, household columns repeated on each row.
///
/// `header` is the column title Cunzhan writes on export and looks for first on import; `synonyms` are
/// the other titles township and national-system spreadsheets use for the same column.
public enum RosterField: String, CaseIterable, Sendable {
    case householdNumber, group, headName, kind, monitoringCategory, risk, measures, population, phone, address
    case memberName, idNumber, relation, health, skills, schooling, work, insured

    /// The title written on export.
    public var header: String {
        switch self {
        case .householdNumber: "户编号"
        case .group: "村民小组"
        case .headName: "户主姓名"
        case .kind: "户类型"
        case .monitoringCategory: "监测对象类别"
        case .risk: "风险类型"
        case .measures: "帮扶措施"
        case .population: "人口数"
        case .phone: "联系电话"
        case .address: "住址"
        case .memberName: "姓名"
        case .idNumber: "证件号码"
        case .relation: "与户主关系"
        case .health: "健康状况"
        case .skills: "劳动技能"
        case .schooling: "在校生状况"
        case .work: "务工状况"
        case .insured: "参加城乡居民基本医疗保险"
        }
    }

    /// Other titles for the same column (compared without spaces, full-width brackets or a trailing colon).
    var synonyms: [String] {
        switch self {
        case .householdNumber: ["户号", "家庭编号", "户码"]
        case .group: ["组", "组别", "所在组", "所属组", "村民组", "小组"]
        case .headName: ["户主", "户主名称"]
        case .kind: ["户属性", "农户类型"]
        case .monitoringCategory: ["监测类别", "监测对象类型", "监测户类别"]
        case .risk: ["风险类别", "致贫风险", "返贫致贫风险", "主要风险"]
        case .measures: ["帮扶措施类型", "已落实帮扶措施"]
        case .population: ["家庭人口", "家庭人口数", "户人口数", "人口"]
        case .phone: ["电话", "手机号", "手机号码", "联系方式", "户主电话", "联系电话号码"]
        case .address: ["地址", "家庭住址", "家庭地址", "居住地址"]
        case .memberName: ["成员姓名", "家庭成员姓名", "人员姓名"]
        case .idNumber: ["身份证号", "身份证号码", "公民身份号码", "证件号", "身份证件号码"]
        case .relation: ["与户主的关系", "关系"]
        case .health: ["健康情况"]
        case .skills: ["劳动技能情况"]
        case .schooling: ["在校生情况", "在校情况"]
        case .work: ["务工情况", "务工状态"]
        case .insured: ["参保", "是否参保", "参加医疗保险", "是否参加城乡居民基本医疗保险", "医保"]
        }
    }

    /// True for the columns of a household, taken from its head's row.
    var isHouseholdField: Bool {
        switch self {
        case .householdNumber, .group, .headName, .kind, .monitoringCategory, .risk, .measures, .population, .phone,
            .address:
            true
        case .memberName, .idNumber, .relation, .health, .skills, .schooling, .work, .insured:
            false
        }
    }

    /// The field whose header or synonym is `title`, and for 风险类型 a number after it (风险类型2).
    static func matching(_ title: String) -> RosterField? {
        let wanted = normalizedTitle(title)
        guard !wanted.isEmpty else { return nil }
        if let exact = allCases.first(where: { $0.header == wanted || $0.synonyms.contains(wanted) }) { return exact }
        let withoutNumber = String(wanted.reversed().drop { $0.isASCII && $0.isNumber }.reversed())
        guard withoutNumber != wanted else { return nil }
        let numbered: [RosterField] = [.risk, .measures]
        return numbered.first { $0.header == withoutNumber || $0.synonyms.contains(withoutNumber) }
    }

    /// The field named by its export title in a mapping file.
    static func named(_ header: String) -> RosterField? {
        let wanted = normalizedTitle(header)
        return allCases.first { $0.header == wanted } ?? matching(wanted)
    }

    /// A title without spaces, line breaks, a trailing colon, an asterisk of "required", or a bracketed note.
    static func normalizedTitle(_ title: String) -> String {
        var text = title.filter { !$0.isWhitespace && $0 != "\u{3000}" && $0 != "*" && $0 != "＊" }
        for opening in ["(", "（"] {
            if let range = text.range(of: opening), text.hasSuffix(")") || text.hasSuffix("）") {
                text = String(text[..<range.lowerBound])
            }
        }
        while text.hasSuffix(":") || text.hasSuffix("：") { text.removeLast() }
        return text
    }
}
