/// A 月度主题 (monthly theme) of the 四定闭环: what the month's inspections and visits look for.
///
/// One per month. A supervisor sends it down; when none came, the village sets its own (`origin`). The
/// checklist lines are shown on the month's inspection and visit forms.
public struct MonthlyTheme: Codable, Sendable, Equatable, Identifiable {
    public var id: MonthlyThemeID
    /// `YYYY-MM`.
    public var month: String
    public var title: String
    public var details: String
    /// What to check this month, one line each (查看房屋是否漏雨, 核对医保参保 ...).
    public var checklist: [String]
    public var origin: ThemeOrigin

    public init(
        id: MonthlyThemeID = MonthlyThemeID(), month: String, title: String, details: String = "",
        checklist: [String] = [], origin: ThemeOrigin = .local
    ) {
        self.id = id
        self.month = month
        self.title = title
        self.details = details
        self.checklist = checklist
        self.origin = origin
    }
}

public typealias MonthlyThemeID = EntityID<MonthlyTheme>
