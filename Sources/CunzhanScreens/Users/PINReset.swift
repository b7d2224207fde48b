import CunzhanCore
import CunzhanStore
import TerminalUI

/// The form that sets a new PIN for one user: the new 6-digit PIN typed twice.
///
/// For a user who forgot their PIN or is locked out: the store's `resetPIN` writes the new hash (one op)
/// and lifts the lockout. Problems show under the field; on success the screen closes back to the list.
public struct PINReset: Screen {
    public enum Action: Sendable {
        case pinReset
        case saveFailed(String)
        case discardConfirmed
    }

    /// What is wrong with a typed PIN pair, and whether it belongs under the first field or the second.
    struct Problem: Equatable {
        let message: String
        let onFirst: Bool
    }

    public let title = "重设密码"
    let screens: StationScreens
    let user: UserSummary
    var pin = EntryField(label: "新密码", maxLength: 6, masked: true)
    var pinAgain = EntryField(label: "再次输入密码", maxLength: 6, masked: true)
    var focusOnAgain = false
    var message: String?

    init(screens: StationScreens, user: UserSummary) {
        self.screens = screens
        self.user = user
    }

    public var keyHints: [KeyHint] {
        [
            KeyHint(keys: "Tab/上下", action: "换项"),
            KeyHint(keys: "Enter", action: focusOnAgain ? "保存" : "下一项"),
            KeyHint(keys: "Ctrl-S", action: "保存"),
            KeyHint(keys: "Esc", action: "取消"),
        ]
    }

    public var capturesText: Bool { true }

    public var hasUnsavedChanges: Bool { !pin.text.isEmpty || !pinAgain.text.isEmpty }

    /// The problem with `pin` typed twice, or nil when it is 6 digits both times. The label of the first
    /// field is `label` (新密码 here, 密码 on the add form).
    static func problem(pin: String, again: String, label: String = "密码") -> Problem? {
        if pin.count != 6 || !pin.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Problem(message: "\(label)：应为6位数字，请重新输入", onFirst: true)
        }
        if again != pin { return Problem(message: "再次输入密码：两次输入的密码不一致，请再输一遍", onFirst: false) }
        return nil
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .tab, .down, .backTab, .up:
            focusOnAgain.toggle()
        case .escape:
            guard hasUnsavedChanges else { return [.pop] }
            return [
                .confirm(
                    Confirmation(title: "取消重设", message: "放弃已输入的新密码？", yes: Action.discardConfirmed))
            ]
        case .enter where !focusOnAgain:
            focusOnAgain = true
        case .enter, .control("s"):
            return save()
        default:
            if focusOnAgain {
                _ = pinAgain.handle(key)
            } else {
                _ = pin.handle(key)
            }
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .pinReset, .discardConfirmed:
            return [.pop]
        case .saveFailed(let text):
            message = text
            return []
        }
    }

    mutating func save() -> [ScreenCommand] {
        message = nil
        if let problem = Self.problem(pin: pin.text, again: pinAgain.text, label: "新密码") {
            if problem.onFirst {
                pin.error = problem.message
            } else {
                pinAgain.error = problem.message
            }
            focusOnAgain = !problem.onFirst
            return []
        }
        let (store, id, typed) = (screens.store, user.id, pin.text)
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    try store.resetPIN(userID: id, pin: typed)
                    return .pinReset
                } catch {
                    return .saveFailed(error.message)
                }
            }
        ]
    }
}
