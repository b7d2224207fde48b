import CunzhanCore
import CunzhanStore
import TerminalUI

/// The login screen: a user name (typed, or picked from the station's users) and a PIN shown as `*`.
///
/// The PIN is checked by the store in an effect (`verifyPIN`, which counts wrong tries and locks out); a
/// refusal shows the store's Chinese message, clears the PIN and keeps the name. On success the top bar
/// shows the user and role and the login is replaced by the user's home screen.
public struct Login: Screen {
    public enum Action: Sendable {
        /// The station's users arrived (disabled ones left out), for picking with the arrow keys.
        case usersLoaded([UserSummary])
        /// The store accepted the PIN; the session is ready.
        case loggedIn(Session)
        /// The store refused (wrong PIN with tries left, locked, disabled) or failed; its Chinese message.
        case refused(String)
    }

    /// Which field has the keys.
    enum Focus: Sendable, Equatable {
        case name, pin
    }

    public let title = "登录"
    let screens: StationScreens
    var users: [UserSummary] = []
    var name: EntryField
    var pin = EntryField(label: "密码", maxLength: 8, masked: true)
    var focus: Focus
    /// The last refusal, shown above the key bar until the next try.
    var message: String?

    init(screens: StationScreens, name: String) {
        self.screens = screens
        self.name = EntryField(label: "用户名", text: name, maxLength: 12)
        focus = name.isEmpty ? .name : .pin
    }

    public var keyHints: [KeyHint] {
        [
            KeyHint(keys: "上下键", action: "选择用户"),
            KeyHint(keys: "Tab", action: "切换输入框"),
            KeyHint(keys: "Enter", action: focus == .pin ? "登录" : "下一项"),
        ]
    }

    /// Both fields take letters, so `q` and `?` are typed, not commands.
    public var capturesText: Bool { true }

    public mutating func appear() -> [ScreenCommand] {
        let store = screens.store
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .usersLoaded(try store.userSummaries().filter { !$0.disabled })
                } catch {
                    return .refused(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .tab, .backTab:
            focus = focus == .name ? .pin : .name
            return []
        case .up, .down:
            pickUser(step: key == .up ? -1 : 1)
            return []
        case .enter:
            if focus == .name {
                takeHighlightedUserIfNameIsEmpty()
                focus = .pin
                return []
            }
            return submit()
        default:
            switch focus {
            case .name: _ = name.handle(key)
            case .pin: _ = pin.handle(key)
            }
            return []
        }
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .usersLoaded(let loaded):
            users = loaded
            return []
        case .loggedIn(let session):
            return [
                .updateStatus { session.apply(to: &$0) },
                .replace(screens.home(session)),
            ]
        case .refused(let text):
            message = text
            pin.clear()
            focus = .pin
            return []
        }
    }

    /// Puts the next or previous user's name in the name field (from the highlighted one), keeping the keys
    /// in the name field.
    mutating func pickUser(step: Int) {
        guard !users.isEmpty else { return }
        let next =
            highlightedIndex.map { ($0 + step + users.count) % users.count } ?? (step > 0 ? 0 : users.count - 1)
        name.input.setText(users[next].name)
        name.error = nil
        focus = .name
    }

    /// The row of the list drawn highlighted: the user named in the field, or the first user while the field
    /// is empty (Enter takes them), or none when the typed name matches nobody.
    var highlightedIndex: Int? {
        let typed = name.text.trimmingWhitespace()
        if typed.isEmpty { return users.isEmpty ? nil : 0 }
        return users.firstIndex { $0.name == typed }
    }

    /// Enter in an empty name field takes the highlighted user, as the list shows it, rather than leaving the
    /// name to be asked for after the PIN.
    mutating func takeHighlightedUserIfNameIsEmpty() {
        guard name.text.trimmingWhitespace().isEmpty, let index = highlightedIndex else { return }
        name.input.setText(users[index].name)
        name.error = nil
    }

    /// The user picked or typed, if the station has one by that name.
    var chosenUser: UserSummary? {
        let typed = name.text.trimmingWhitespace()
        return users.first { $0.name == typed }
    }

    /// Checks the fields and asks the store to verify the PIN.
    mutating func submit() -> [ScreenCommand] {
        message = nil
        let typed = name.text.trimmingWhitespace()
        guard !typed.isEmpty else {
            name.error = "用户名：请输入姓名，或用上下键从名单中选择"
            focus = .name
            return []
        }
        guard let user = chosenUser else {
            name.error = "用户名：没有叫“\(typed)”的用户，请用上下键从名单中选择"
            focus = .name
            return []
        }
        guard !pin.text.isEmpty else {
            pin.error = "密码：请输入密码"
            return []
        }
        let (store, typedPIN) = (screens.store, pin.text)
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    let verified = try store.verifyPIN(userID: user.id, pin: typedPIN)
                    return .loggedIn(Session.of(verified, villages: try store.villages()))
                } catch {
                    return .refused(error.message)
                }
            }
        ]
    }
}
