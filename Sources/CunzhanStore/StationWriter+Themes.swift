import CunzhanCore
import GRDB

extension StationWriter {
    /// Sets the month's theme (每月一主题) with its checklist, creating it or patching the month's theme.
    ///
    /// A 督导 sends the theme down (`origin` 督导下发); a 第一书记 sets the village's own when none came
    /// (本村自定), and may not replace one a supervisor sent. Title and month are required; checklist lines
    /// are trimmed and blank ones dropped.
    @discardableResult
    public func setTheme(month: String, title: String, details: String, checklist: [String]) throws -> MonthlyTheme {
        let user = try actingUser(for: "设置月度主题")
        guard Permissions.allows(user.role, .manageMonthlyThemes) else {
            throw StoreError(.workflowRefused, "“\(user.role.label)”不能设置月度主题，请由督导或第一书记设置。")
        }
        guard month.count == 7, (try? CalendarDate(parsing: month + "-01")) != nil else {
            throw StoreError(.invalidValue, "月份：请按 2026-03 的格式填写。")
        }
        let title = title.trimmingWhitespace()
        guard !title.isEmpty else { throw StoreError(.invalidValue, "主题：必填，请写明本月排查的主题。") }
        let lines = checklist.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let origin: ThemeOrigin = user.role == .supervisor ? .supervisor : .local
        let existing = try Row.fetchOne(
            db, sql: MonthlyTheme.selectSQL + " WHERE month = ?", arguments: [month]
        ).map(MonthlyTheme.init(row:))
        guard let existing else {
            let theme = MonthlyTheme(
                month: month, title: title, details: details.trimmingWhitespace(), checklist: lines, origin: origin)
            try action { try insertRecording(theme) }
            return theme
        }
        if existing.origin == .supervisor, origin == .local {
            throw StoreError(.workflowRefused, "\(month)的主题“\(existing.title)”由督导下发，本村不能更改。")
        }
        let theme = MonthlyTheme(
            id: existing.id, month: month, title: title, details: details.trimmingWhitespace(), checklist: lines,
            origin: origin)
        try action { try updateRecording(theme) }
        return theme
    }
}
