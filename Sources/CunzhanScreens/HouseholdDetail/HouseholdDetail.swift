import CunzhanCore
import CunzhanStore
import TerminalUI

/// One household's file: head, group, address, status, risks and measures, members, visits and open
/// rectification items, with `v` to record a new visit.
///
/// The overview is read in an effect each time the screen appears, so coming back from a saved visit
/// shows it at once. The text scrolls when it is taller than the screen.
public struct HouseholdDetail: Screen {
    public enum Action: Sendable {
        /// The store answered; nil when the household no longer exists.
        case overviewLoaded(HouseholdOverview?)
        /// The store could not answer; the message says why in Chinese.
        case loadFailed(String)
    }

    let householdID: HouseholdID
    let context: StationContext
    var overview: HouseholdOverview?
    var loadError: String?
    /// The first text line shown.
    var scrollTop = 0
    /// Lines that fit the screen, from the last layout.
    var pageHeight = Size.minimum.height - 2
    /// The member line chosen with Tab for Enter to edit, by index in the overview's members.
    var selectedMember: Int?

    public init(householdID: HouseholdID, context: StationContext) {
        self.householdID = householdID
        self.context = context
    }

    public var title: String {
        guard let household = overview?.household else { return "农户详情" }
        return "农户详情：\(household.headName)（\(household.householdNumber)）"
    }

    /// At 80 columns the bar shows the visit key, scrolling, the editing keys that fit and always Esc last;
    /// the rest (PgUp PgDn, and Tab or Enter for members) is in F1. Short labels keep the scroll key in.
    public var keyHints: [KeyHint] {
        [KeyHint(keys: "v", action: "走访"), KeyHint(keys: "j k", action: "滚动")]
            + (context.mayEditHouseholds ? editingHints : [])
            + [KeyHint(keys: "PgUp PgDn", action: "翻页"), KeyHint(keys: "Esc", action: "返回")]
    }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        pageHeight = max(1, rect.height)
        return []
    }

    public mutating func appear() -> [ScreenCommand] {
        let store = context.store
        let id = householdID
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .overviewLoaded(try store.householdOverview(id))
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .escape:
            return [.pop]
        case .character("v"), .character("V"):
            guard let household = overview?.household else { return [] }
            guard let definition = context.catalog.form("visit") else {
                return [.message(title: "无法走访", text: "界面定义缺少走访表（visit），请检查 Screens 目录。")]
            }
            return [.push(VisitForm(household: household, definition: definition, context: context))]
        case .character("e"), .character("m"), .tab, .backTab, .enter:
            return editingKey(key)
        case .down, .character("j"): scroll(by: 1)
        case .up, .character("k"): scroll(by: -1)
        case .pageDown: scroll(by: pageHeight)
        case .pageUp: scroll(by: -pageHeight)
        case .home: scrollTop = 0
        case .end: scroll(by: Int.max / 2)
        default: break
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .overviewLoaded(let overview):
            self.overview = overview
            if let selected = selectedMember, selected >= overview?.members.count ?? 0 { selectedMember = nil }
            loadError = overview == nil ? "找不到该农户，可能已被删除。按 Esc 返回。" : nil
        case .loadFailed(let message):
            loadError = message
        }
        scroll(by: 0)
        return []
    }

    /// Moves the view by `lines`, kept within the text.
    mutating func scroll(by lines: Int) {
        let total = overview.map { Self.lines(of: $0, selectedMember: selectedMember).count } ?? 0
        scrollTop = max(0, min(scrollTop + lines, total - pageHeight))
    }
}
