/// A 月度主题 (monthly theme) of the 四定闭环: what the month's inspections look for.
public struct MonthlyTheme: Codable, Sendable, Equatable, Identifiable {
    public var id: MonthlyThemeID
    /// `YYYY-MM`.
    public var month: String
    public var title: String
    public var details: String

    public init(id: MonthlyThemeID = MonthlyThemeID(), month: String, title: String, details: String = "") {
        self.id = id
        self.month = month
        self.title = title
        self.details = details
    }
}

public typealias MonthlyThemeID = EntityID<MonthlyTheme>
