import CunzhanCore
import CunzhanStore
import TerminalUI

/// 需处理: this station's changes the server rejected or flagged as conflicts, oldest first.
///
/// Each row says what happened (被拒绝 / 有冲突), what kind of change it was, the record it touches in
/// Chinese and the server's reason. Enter opens the change to fix and resend it, discard it with a reason,
/// or accept a conflict's merge. The list is read again each time it comes back to the top, and the top
/// bar's counts follow.
public struct NeedsAttentionList: Screen {
    public enum Action: Sendable {
        case loaded([AttentionItem], SyncStatus?)
        case loadFailed(String)
    }

    public let title = "需处理"
    let store: StationStore
    let session: Session?
    var items: [AttentionItem] = []
    var selection = 0
    var loaded = false
    var message: String?

    public init(store: StationStore, session: Session?) {
        self.store = store
        self.session = session
    }

    public var keyHints: [KeyHint] {
        [
            KeyHint(keys: "上下键", action: "选择"),
            KeyHint(keys: "Enter", action: "查看并处理"),
            KeyHint(keys: "Esc", action: "返回"),
        ]
    }

    var selected: AttentionItem? { items.indices.contains(selection) ? items[selection] : nil }

    public mutating func appear() -> [ScreenCommand] {
        let store = store
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .loaded(try store.attentionItems(), try? store.syncStatus())
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .up, .character("k"):
            selection = max(selection - 1, 0)
        case .down, .character("j"):
            selection = min(selection + 1, max(items.count - 1, 0))
        case .home:
            selection = 0
        case .end:
            selection = max(items.count - 1, 0)
        case .enter:
            guard let item = selected else { return [] }
            return [.push(NeedsAttentionDetail(store: store, session: session, item: item))]
        case .escape:
            return [.pop]
        default:
            break
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .loaded(let loadedItems, let status):
            items = loadedItems
            loaded = true
            message = nil
            selection = min(selection, max(items.count - 1, 0))
            guard let text = status?.text else { return [] }
            return [.updateStatus { $0.syncState = text }]
        case .loadFailed(let text):
            message = text
            return []
        }
    }
}
