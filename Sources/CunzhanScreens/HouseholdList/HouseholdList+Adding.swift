import TerminalUI

/// `a` in the register: the household form for a new household of the user's village.
extension HouseholdList {
    /// The commands that open the new-household form, or nil when the user may not edit households.
    func addHousehold() -> [ScreenCommand]? {
        guard let context, context.mayEditHouseholds else { return nil }
        guard let definition = context.catalog.form("household") else {
            return [.message(title: "无法新增农户", text: "界面定义缺少农户表（household），请检查 Screens 目录。")]
        }
        return [.push(HouseholdEdit(householdID: nil, definition: definition, context: context))]
    }
}
