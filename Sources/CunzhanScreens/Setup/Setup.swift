import CunzhanCore
import CunzhanStore
import TerminalUI

/// The first-run set-up of an empty station: the village (name and 12-digit code) and its administrator.
///
/// Shown instead of the login when the store has no users. Each field is checked on save with the core
/// validators; the village and the administrator are written through the write API in one transaction
/// (so a failure leaves neither), and the login follows with the administrator's name filled in.
public struct Setup: Screen {
    public enum Action: Sendable {
        /// The village and administrator were written; log in as `administrator`.
        case stationCreated(administrator: String)
        /// The store refused or failed; its Chinese message.
        case saveFailed(String)
    }

    /// The fields in screen order.
    enum Field: Int, CaseIterable, Sendable {
        case villageName, villageCode, administratorName, pin, pinAgain
    }

    public let title = "首次设置"
    let screens: StationScreens
    var fields: [EntryField] = [
        EntryField(label: "村名", maxLength: 20),
        EntryField(label: "村代码", maxLength: 15),
        EntryField(label: "管理员姓名", maxLength: 12),
        EntryField(label: "密码", maxLength: 6, masked: true),
        EntryField(label: "再次输入密码", maxLength: 6, masked: true),
    ]
    var focus = Field.villageName
    /// A store refusal, shown above the key bar.
    var message: String?

    init(screens: StationScreens) {
        self.screens = screens
    }

    public var keyHints: [KeyHint] {
        [
            KeyHint(keys: "Tab 上下键", action: "切换输入框"),
            KeyHint(keys: "Enter", action: focus == .pinAgain ? "保存" : "下一项"),
            KeyHint(keys: "Ctrl-S", action: "保存"),
        ]
    }

    public var capturesText: Bool { true }

    /// True once anything is typed, so quitting asks first.
    public var hasUnsavedChanges: Bool { fields.contains { !$0.text.isEmpty } }

    subscript(field: Field) -> EntryField {
        get { fields[field.rawValue] }
        set { fields[field.rawValue] = newValue }
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .tab, .down:
            move(by: 1)
        case .backTab, .up:
            move(by: -1)
        case .enter where focus != .pinAgain:
            move(by: 1)
        case .enter, .control("s"):
            return save()
        default:
            _ = self[focus].handle(key)
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .stationCreated(let administrator):
            return [.replace(screens.login(name: administrator))]
        case .saveFailed(let text):
            message = text
            return []
        }
    }

    private mutating func move(by step: Int) {
        let count = Field.allCases.count
        focus = Field(rawValue: (focus.rawValue + step + count) % count) ?? .villageName
    }

    /// Checks every field; writes the station when all pass, else shows each problem and focuses the first.
    mutating func save() -> [ScreenCommand] {
        message = nil
        let checked = SetupValues.check(
            villageName: self[.villageName].text, villageCode: self[.villageCode].text,
            administratorName: self[.administratorName].text, pin: self[.pin].text, pinAgain: self[.pinAgain].text)
        for field in Field.allCases { self[field].error = checked.problems[field] }
        guard let values = checked.values else {
            if let first = Field.allCases.first(where: { checked.problems[$0] != nil }) { focus = first }
            return []
        }
        let store = screens.store
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    try values.write(to: store)
                    return .stationCreated(administrator: values.administratorName)
                } catch {
                    return .saveFailed(error.message)
                }
            }
        ]
    }
}
