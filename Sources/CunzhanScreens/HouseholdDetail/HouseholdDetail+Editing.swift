import CunzhanCore
import TerminalUI

/// The detail's editing keys: `e` edits the household, `m` adds a member, Tab and Shift-Tab choose a
/// member line ("> " marks it) and Enter edits the chosen member. Only for users who may edit households.
extension HouseholdDetail {
    /// Once a member is chosen, Enter (edit them) comes before Tab, so it is the one the bar has room for.
    var editingHints: [KeyHint] {
        let choose = KeyHint(keys: "Tab", action: "选成员")
        let edit = KeyHint(keys: "Enter", action: "改成员")
        return [KeyHint(keys: "e", action: "改农户"), KeyHint(keys: "m", action: "加成员")]
            + (selectedMember == nil ? [choose, edit] : [edit, choose])
    }

    /// Reacts to `e`, `m`, Tab, Shift-Tab and Enter; nothing when the user may not edit households.
    mutating func editingKey(_ key: Key) -> [ScreenCommand] {
        guard context.mayEditHouseholds, let overview else { return [] }
        let members = overview.members
        switch key {
        case .character("e"):
            guard let definition = context.catalog.form("household") else { return missing("农户表（household）") }
            return [.push(HouseholdEdit(householdID: householdID, definition: definition, context: context))]
        case .character("m"):
            guard let definition = context.catalog.form("member") else { return missing("成员表（member）") }
            return [.push(MemberEdit(household: overview.household, definition: definition, context: context))]
        case .tab:
            guard !members.isEmpty else { return [] }
            selectedMember = selectedMember.map { ($0 + 1) % members.count } ?? 0
        case .backTab:
            guard !members.isEmpty else { return [] }
            selectedMember = selectedMember.map { ($0 + members.count - 1) % members.count } ?? members.count - 1
        case .enter:
            guard let selected = selectedMember, members.indices.contains(selected) else { return [] }
            guard let definition = context.catalog.form("member") else { return missing("成员表（member）") }
            return [
                .push(
                    MemberEdit(
                        household: overview.household, member: members[selected], definition: definition,
                        context: context))
            ]
        default:
            break
        }
        return []
    }

    private func missing(_ form: String) -> [ScreenCommand] {
        [.message(title: "无法编辑", text: "界面定义缺少\(form)，请检查 Screens 目录。")]
    }
}
