import CunzhanCore
import CunzhanStore
import TerminalUI

/// The form that adds a user: name, role (picked with the arrow keys), and a 6-digit PIN typed twice.
///
/// Each field is checked on save and its problem shown under it, nothing typed lost; the store's `addUser`
/// writes the user (PIN hashed, one op) and may still refuse, such as a name already taken, which shows
/// under the name. On success the screen closes and the user list, reloading, shows the new user.
public struct UserAdd: Screen {
    public enum Action: Sendable {
        case userAdded
        /// The store refused; its code decides which field the message goes under.
        case saveFailed(StoreError)
        case discardConfirmed
    }

    /// The fields in screen order.
    enum Field: Int, CaseIterable, Sendable {
        case name, role, pin, pinAgain
    }

    public let title = "添加用户"
    let screens: StationScreens
    var name = EntryField(label: "姓名", maxLength: 12)
    /// The chosen role; 村干部/网格员 first, the most common.
    var role = Role.cadre
    var pin = EntryField(label: "密码", maxLength: 6, masked: true)
    var pinAgain = EntryField(label: "再次输入密码", maxLength: 6, masked: true)
    var focus = Field.name
    /// A store failure that belongs to no field, shown above the key bar.
    var message: String?

    init(screens: StationScreens) {
        self.screens = screens
    }

    /// Short labels so Ctrl-S and Esc fit at 80 columns next to Ctrl-C (the fields take letters, so the bar
    /// has less room); on the role field the arrows choose the role, so Tab or Enter moves on.
    public var keyHints: [KeyHint] {
        if focus == .role {
            return [
                KeyHint(keys: "Tab/Enter", action: "换项"), KeyHint(keys: "左右", action: "选角色"),
                KeyHint(keys: "Ctrl-S", action: "保存"), KeyHint(keys: "Esc", action: "取消"),
            ]
        }
        return [
            KeyHint(keys: "Tab/上下", action: "换项"),
            KeyHint(keys: "Enter", action: focus == .pinAgain ? "保存" : "下一项"),
            KeyHint(keys: "Ctrl-S", action: "保存"),
            KeyHint(keys: "Esc", action: "取消"),
        ]
    }

    public var capturesText: Bool { true }

    public var hasUnsavedChanges: Bool { !name.text.isEmpty || !pin.text.isEmpty || !pinAgain.text.isEmpty }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .tab, .down:
            move(by: 1)
        case .backTab, .up:
            move(by: -1)
        case .escape:
            guard hasUnsavedChanges else { return [.pop] }
            return [
                .confirm(
                    Confirmation(title: "取消添加", message: "放弃已输入的内容？", yes: Action.discardConfirmed))
            ]
        case .enter where focus != .pinAgain:
            move(by: 1)
        case .enter, .control("s"):
            return save()
        case .left where focus == .role, .right where focus == .role, .character(" ") where focus == .role:
            chooseRole(step: key == .left ? -1 : 1)
        default:
            switch focus {
            case .name: _ = name.handle(key)
            case .role: break
            case .pin: _ = pin.handle(key)
            case .pinAgain: _ = pinAgain.handle(key)
            }
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .userAdded, .discardConfirmed:
            return [.pop]
        case .saveFailed(let error):
            switch error.code {
            case .duplicateName:
                name.error = error.message
                focus = .name
            case .invalidValue where error.message.hasPrefix("密码"):
                pin.error = error.message
                focus = .pin
            case .invalidValue where error.message.hasPrefix("姓名"):
                name.error = error.message
                focus = .name
            default:
                message = error.message
            }
            return []
        }
    }

    mutating func chooseRole(step: Int) {
        let roles = Role.allCases
        let index = roles.firstIndex(of: role) ?? 0
        role = roles[(index + step + roles.count) % roles.count]
    }

    private mutating func move(by step: Int) {
        let count = Field.allCases.count
        focus = Field(rawValue: (focus.rawValue + step + count) % count) ?? .name
    }

    /// Checks every field; asks the store to add the user when all pass, else shows each problem.
    mutating func save() -> [ScreenCommand] {
        message = nil
        var firstProblem: Field?
        var typedName = ""
        do throws(ValidationError) {
            typedName = try PersonName(name.text, field: "姓名").value
        } catch {
            name.error = error.message
            firstProblem = .name
        }
        if let problem = PINReset.problem(pin: pin.text, again: pinAgain.text) {
            if problem.onFirst {
                pin.error = problem.message
            } else {
                pinAgain.error = problem.message
            }
            firstProblem = firstProblem ?? (problem.onFirst ? .pin : .pinAgain)
        }
        if let firstProblem {
            focus = firstProblem
            return []
        }
        let (store, role, typedPIN, checkedName) = (screens.store, role, pin.text, typedName)
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    try store.addUser(name: checkedName, role: role, pin: typedPIN)
                    return .userAdded
                } catch {
                    return .saveFailed(error)
                }
            }
        ]
    }
}
