import CunzhanCore
import CunzhanStore
import TerminalUI

/// One rectification item: every field, its history (transitions, progress, supervision) and, as keys, the
/// actions this user may take on it now.
///
/// The keys come from `RectificationWorkflow.actions(on:for:)`, so a 督导 sees 销号 and 退回 on an item
/// waiting for verification and a grid worker sees 提交验收 on their own item in work; an action opens its
/// form (`Screens/item-*.yaml`). `o` opens the visit or inspection the item was raised from, read-only. The item is read again each time the screen comes back to the top.
public struct ItemScreen: Screen {
    public enum Action: Sendable {
        case detailLoaded(ItemDetail?)
        case loadFailed(String)
    }

    let itemID: RectificationItemID
    let context: LoopContext
    var detail: ItemDetail?
    var loadError: String?
    var scrollTop = 0
    var pageHeight = Size.minimum.height - 2
    var pageWidth = Size.minimum.width

    public init(itemID: RectificationItemID, context: LoopContext) {
        self.itemID = itemID
        self.context = context
    }

    public var title: String {
        guard let detail else { return "整改事项" }
        return "整改事项：\(detail.item.title)"
    }

    /// The key of each action.
    static let actionKeys: [RectificationAction.Kind: Character] = [
        .assign: "a", .requestExtension: "x", .approveExtension: "y", .submitForVerification: "s", .close: "c",
        .sendBack: "b", .reopen: "h",
    ]

    /// The actions open to the user now, in life-cycle order.
    var actions: [RectificationAction.Kind] {
        guard let item = detail?.item else { return [] }
        return RectificationWorkflow.actions(on: item, for: context.user)
    }

    var mayReportProgress: Bool {
        guard let item = detail?.item else { return false }
        return RectificationWorkflow.mayReportProgress(on: item, by: context.user)
    }

    var mayEdit: Bool { detail?.item.state != .closed && (context.may(.assignItem) || context.may(.recordSupervision)) }

    public var keyHints: [KeyHint] {
        var hints = actions.compactMap { kind in
            Self.actionKeys[kind].map { KeyHint(keys: String($0), action: kind.label) }
        }
        if mayReportProgress { hints.append(KeyHint(keys: "p", action: "报进展")) }
        if context.may(.recordSupervision), detail != nil { hints.append(KeyHint(keys: "d", action: "督导记录")) }
        if mayEdit { hints.append(KeyHint(keys: "e", action: "修改")) }
        if detail?.sourceRecord != nil { hints.append(KeyHint(keys: "o", action: "查看来源记录")) }
        return hints + [
            KeyHint(keys: "方向键 j k", action: "滚动"),
            KeyHint(keys: "Esc", action: "返回"),
        ]
    }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        pageHeight = max(1, rect.height)
        pageWidth = max(1, rect.width)
        return []
    }

    public mutating func appear() -> [ScreenCommand] {
        let store = context.store
        let id = itemID
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .detailLoaded(try store.itemDetail(id))
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .escape: return [.pop]
        case .down, .character("j"): scroll(by: 1)
        case .up, .character("k"): scroll(by: -1)
        case .pageDown: scroll(by: pageHeight)
        case .pageUp: scroll(by: -pageHeight)
        case .character(let character):
            return open(character)
        default: break
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .detailLoaded(let loaded):
            detail = loaded
            loadError = loaded == nil ? "找不到这个整改事项，可能尚未同步。" : nil
            scroll(by: 0)
        case .loadFailed(let message):
            loadError = message
        }
        return []
    }

    /// The form behind `key`, when that key is open to the user now.
    func open(_ key: Character) -> [ScreenCommand] {
        guard let detail else { return [] }
        let forms = ItemForms(context: context)
        if let kind = actions.first(where: { Self.actionKeys[$0] == key }) {
            return forms.action(kind, on: detail).map { [.push($0)] } ?? [forms.missingDefinition]
        }
        let form: RecordForm?
        switch key {
        case "p" where mayReportProgress: form = forms.progress(on: detail.item)
        case "d" where context.may(.recordSupervision):
            form = forms.supervision(villageID: detail.item.villageID, item: detail.item)
        case "o":
            return detail.sourceRecord.map { [.push(SourceRecordScreen(source: $0, context: context))] } ?? []
        case "e" where mayEdit: form = forms.edit(detail)
        default: return []
        }
        return form.map { [.push($0)] } ?? [forms.missingDefinition]
    }

    mutating func scroll(by lines: Int) {
        let count = detail.map { Self.lines(of: $0, context: context, width: pageWidth).count } ?? 0
        scrollTop = max(0, min(scrollTop + lines, count - pageHeight))
    }
}
