import CunzhanCore
import CunzhanStore
import TerminalUI

/// The administrator's list of the station's users: name, role and whether they may sign in, never a PIN.
///
/// `a` adds a user, `d` disables the selected one after a confirmation, `r` sets a new PIN for them. The
/// list is read from the store each time the screen comes back to the top, so a user added or changed on
/// the form screens shows at once. The signed-in administrator cannot disable themselves (nobody could
/// then manage the station).
public struct UserList: Screen {
    public enum Action: Sendable {
        case usersLoaded([UserSummary])
        case loadFailed(String)
        /// The administrator answered yes to disabling `name`.
        case disableConfirmed(name: String)
        case userDisabled(name: String)
        case disableFailed(String)
    }

    public let title = "用户管理"
    let screens: StationScreens
    let session: Session
    var users: [UserSummary] = []
    var selection = 0
    /// What the last action did, or why it failed, shown above the key bar.
    var message: String?
    var messageIsError = false

    init(screens: StationScreens, session: Session) {
        self.screens = screens
        self.session = session
    }

    public var keyHints: [KeyHint] {
        [
            KeyHint(keys: "上下键", action: "选择"),
            KeyHint(keys: "a", action: "添加用户"),
            KeyHint(keys: "d", action: "停用"),
            KeyHint(keys: "r", action: "重设密码"),
            KeyHint(keys: "Esc", action: "返回"),
        ]
    }

    var selected: UserSummary? { users.indices.contains(selection) ? users[selection] : nil }

    public mutating func appear() -> [ScreenCommand] { [load()] }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .up:
            selection = max(selection - 1, 0)
        case .down:
            selection = min(selection + 1, max(users.count - 1, 0))
        case .escape:
            return [.pop]
        case .character("a"):
            message = nil
            return [.push(UserAdd(screens: screens))]
        case .character("r"):
            guard let user = selected else { return [] }
            message = nil
            return [.push(PINReset(screens: screens, user: user))]
        case .character("d"):
            return askToDisable()
        default:
            break
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .usersLoaded(let loaded):
            users = loaded
            selection = min(selection, max(loaded.count - 1, 0))
        case .loadFailed(let text), .disableFailed(let text):
            show(error: text)
        case .disableConfirmed(let name):
            let store = screens.store
            return [
                .run { () -> Action in
                    do throws(StoreError) {
                        try store.disableUser(named: name)
                        return .userDisabled(name: name)
                    } catch {
                        return .disableFailed(error.message)
                    }
                }
            ]
        case .userDisabled(let name):
            message = "已停用用户“\(name)”，该用户不能再登录。"
            messageIsError = false
            return [load()]
        }
        return []
    }

    /// Asks before disabling the selected user; refuses the administrator themselves and users already disabled.
    mutating func askToDisable() -> [ScreenCommand] {
        guard let user = selected else { return [] }
        if user.id == session.userID {
            show(error: "不能停用自己：请用另一个管理员账号操作。")
            return []
        }
        if user.disabled {
            show(error: "用户“\(user.name)”已经停用。")
            return []
        }
        message = nil
        return [
            .confirm(
                Confirmation(
                    title: "停用用户", message: "停用“\(user.name)”（\(user.role.label)）？停用后不能再登录。",
                    yes: Action.disableConfirmed(name: user.name)))
        ]
    }

    private mutating func show(error text: String) {
        message = text
        messageIsError = true
    }

    private func load() -> ScreenCommand {
        let store = screens.store
        return .run { () -> Action in
            do throws(StoreError) {
                return .usersLoaded(try store.userSummaries())
            } catch {
                return .loadFailed(error.message)
            }
        }
    }
}
