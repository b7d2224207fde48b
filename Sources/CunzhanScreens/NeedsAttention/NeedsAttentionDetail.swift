import CunzhanCore
import CunzhanStore
import Foundation
import TerminalUI

/// One change of 需处理: what it was, why the server refused or flagged it, and what people can do.
///
/// `r` fixes and resends: the change's fields become editable text fields and Ctrl-S sends a new change
/// with the corrected values (the old one is marked resolved). `d` discards it with a reason (kept in the
/// audit record); the record goes back to the server's values. `a` accepts a conflict's merge as it is.
public struct NeedsAttentionDetail: Screen {
    public enum Action: Sendable {
        case discardConfirmed
        case done(String)
        case failed(String)
    }

    enum Mode: Equatable {
        case viewing
        /// Editing the change's fields; `focus` is the edited field.
        case fixing(focus: Int)
        case discarding
    }

    public let title = "需处理：详情"
    let store: StationStore
    let session: Session?
    let item: AttentionItem
    /// The change's fields, in key order, with the value as text people can edit.
    var fields: [(name: String, input: TextInput)]
    var reason = TextInput(maxLength: 200, width: 40)
    var mode = Mode.viewing
    var message: String?
    var messageIsError = false

    public init(store: StationStore, session: Session?, item: AttentionItem) {
        self.store = store
        self.session = session
        self.item = item
        fields = AttentionFields.editable(payload: item.payload).map {
            (name: $0.name, input: TextInput(text: $0.text, maxLength: 500, width: 40))
        }
    }

    public var capturesText: Bool { mode != .viewing }

    public var hasUnsavedChanges: Bool {
        switch mode {
        case .viewing: false
        case .fixing: true
        case .discarding: !reason.text.isEmpty
        }
    }

    public var keyHints: [KeyHint] {
        switch mode {
        case .viewing:
            var hints = [KeyHint(keys: "r", action: "修改后重发"), KeyHint(keys: "d", action: "放弃")]
            if item.state == .conflict { hints.append(KeyHint(keys: "a", action: "接受合并结果")) }
            return hints + [KeyHint(keys: "Esc", action: "返回")]
        case .fixing:
            return [
                KeyHint(keys: "Tab", action: "下一项"), KeyHint(keys: "Ctrl-S", action: "重发"),
                KeyHint(keys: "Esc", action: "取消修改"),
            ]
        case .discarding:
            return [KeyHint(keys: "Enter", action: "确认放弃"), KeyHint(keys: "Esc", action: "取消")]
        }
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch mode {
        case .viewing: return updateViewing(key)
        case .fixing(let focus): return updateFixing(key, focus: focus)
        case .discarding: return updateDiscarding(key)
        }
    }

    private mutating func updateViewing(_ key: Key) -> [ScreenCommand] {
        switch key {
        case .escape:
            return [.pop]
        case .character("r"):
            guard !fields.isEmpty else {
                show(error: "这条变更没有可修改的内容，只能放弃。")
                return []
            }
            mode = .fixing(focus: 0)
            message = nil
        case .character("d"):
            mode = .discarding
            message = nil
        case .character("a") where item.state == .conflict:
            let (store, opID, author) = (store, item.opID, session?.userID)
            return [
                .run { () -> Action in
                    do throws(StoreError) {
                        try store.acceptConflict(opID, author: author)
                        return .done("已接受服务器的合并结果。")
                    } catch {
                        return .failed(error.message)
                    }
                }
            ]
        default:
            break
        }
        return []
    }

    private mutating func updateFixing(_ key: Key, focus: Int) -> [ScreenCommand] {
        switch key {
        case .escape:
            mode = .viewing
            fields = AttentionFields.editable(payload: item.payload).map {
                (name: $0.name, input: TextInput(text: $0.text, maxLength: 500, width: 40))
            }
        case .tab, .down:
            mode = .fixing(focus: (focus + 1) % fields.count)
        case .backTab, .up:
            mode = .fixing(focus: (focus + fields.count - 1) % fields.count)
        case .control("s"):
            return [resend()]
        default:
            _ = fields[focus].input.handle(key)
        }
        return []
    }

    private mutating func updateDiscarding(_ key: Key) -> [ScreenCommand] {
        switch key {
        case .escape:
            mode = .viewing
            reason = TextInput(maxLength: 200, width: 40)
        case .enter:
            guard !reason.text.trimmingCharacters(in: .whitespaces).isEmpty else {
                show(error: "放弃原因：必填。请写明为什么放弃这条变更。")
                return []
            }
            return [
                .confirm(
                    Confirmation(
                        title: "放弃变更", message: "放弃这条\(item.kindLabel)？\(item.recordLabel)将恢复为服务器上的内容。",
                        yes: Action.discardConfirmed))
            ]
        default:
            _ = reason.handle(key)
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .discardConfirmed:
            let (store, opID, author, text) = (store, item.opID, session?.userID, reason.text)
            return [
                .run { () -> Action in
                    do throws(StoreError) {
                        try store.discard(opID, reason: text, author: author)
                        return .done("已放弃这条变更。")
                    } catch {
                        return .failed(error.message)
                    }
                }
            ]
        case .done(let text):
            mode = .viewing
            return [.pop, .message(title: "需处理", text: text)]
        case .failed(let text):
            show(error: text)
            return []
        }
    }

    /// Sends the fields people changed as corrections; unchanged fields go again as they were.
    private func resend() -> ScreenCommand {
        let original = Dictionary(
            AttentionFields.editable(payload: item.payload).map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        var corrections: [String: String] = [:]
        for field in fields where original[field.name] != field.input.text {
            corrections[field.name] = field.input.text
        }
        let (store, opID, author, changed) = (store, item.opID, session?.userID, corrections)
        return .run { () -> Action in
            do throws(StoreError) {
                try store.resend(opID, corrections: changed, author: author)
                return .done("已重新记录这条变更，下次同步时上传。")
            } catch {
                return .failed(error.message)
            }
        }
    }

    private mutating func show(error text: String) {
        message = text
        messageIsError = true
    }
}
