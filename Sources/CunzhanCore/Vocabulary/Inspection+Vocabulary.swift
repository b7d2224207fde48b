/// How a grid worker reached a household for an inspection.
public enum InspectionMethod: String, ChineseLabeled {
    case inPerson, phone, online

    public var label: String {
        switch self {
        case .inPerson: "入户"
        case .phone: "电话"
        case .online: "网络"
        }
    }
}

/// The outcome of an inspection.
public enum InspectionResult: String, ChineseLabeled {
    case normal, problemFound

    public var label: String {
        switch self {
        case .normal: "正常"
        case .problemFound: "发现问题"
        }
    }
}
