/// Who set a month's theme: it came down from the township or county, or the village set its own.
public enum ThemeOrigin: String, ChineseLabeled {
    case supervisor, local

    public var label: String {
        switch self {
        case .supervisor: "督导下发"
        case .local: "本村自定"
        }
    }
}

/// What a supervisor concluded on the spot (督导结论).
public enum SupervisionVerdict: String, ChineseLabeled {
    case satisfactory, needsWork, unsatisfactory

    public var label: String {
        switch self {
        case .satisfactory: "整改到位"
        case .needsWork: "基本到位需跟进"
        case .unsatisfactory: "未到位"
        }
    }
}
