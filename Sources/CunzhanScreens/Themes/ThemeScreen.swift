import CunzhanCore
import CunzhanStore
import TerminalUI

/// 月度主题: the month's theme, who set it, and its checklist; `[` `]` move between months and `e` sets it.
///
/// A 督导 sends the theme down; a 第一书记 sets the village's own only when none came (the store refuses
/// to replace a supervisor's theme and says so). Everyone can read it.
public struct ThemeScreen: Screen {
    public enum Action: Sendable {
        case themeLoaded(MonthlyTheme?, month: String)
        case loadFailed(String)
    }

    public let title = "月度主题"
    let context: LoopContext
    var month: String
    var theme: MonthlyTheme?
    var loaded = false
    var loadError: String?

    init(context: LoopContext) {
        self.context = context
        month = context.today.monthKey
    }

    /// Whether `e` is open: the role may set themes, and a village may not replace a supervisor's.
    var mayEdit: Bool {
        guard context.may(.manageMonthlyThemes) else { return false }
        return context.user.role == .supervisor || theme?.origin != .supervisor
    }

    public var keyHints: [KeyHint] {
        var hints = [KeyHint(keys: "[ ]", action: "上月/下月")]
        if mayEdit { hints.append(KeyHint(keys: "e", action: theme == nil ? "设置主题" : "修改主题")) }
        return hints + [KeyHint(keys: "Esc", action: "返回")]
    }

    public mutating func appear() -> [ScreenCommand] { load() }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .escape: return [.pop]
        case .character("["):
            month = VisitHistory.month(month, movedBy: -1)
            return load()
        case .character("]"):
            month = VisitHistory.month(month, movedBy: 1)
            return load()
        case .character("e") where mayEdit && loaded:
            let forms = ItemForms(context: context)
            return forms.theme(month: month, current: theme).map { [.push($0)] } ?? [forms.missingDefinition]
        default: return []
        }
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .themeLoaded(let loadedTheme, let answered):
            guard answered == month else { return [] }
            theme = loadedTheme
            loaded = true
            loadError = nil
        case .loadFailed(let message):
            loadError = message
        }
        return []
    }

    func load() -> [ScreenCommand] {
        let store = context.store
        let month = month
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .themeLoaded(try store.theme(month: month), month: month)
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    /// The screen's text: the month, the theme and its checklist, numbered.
    var lines: [String] {
        guard let theme else {
            return ["\(month) 月度主题", "", "本月还没有主题。" + (mayEdit ? "按 e 设置。" : "请等待督导下发。")]
        }
        var lines = [
            "\(month) 月度主题：\(theme.title)（\(theme.origin.label)）", "",
            "说明：\(theme.details.isEmpty ? "无" : theme.details)", "", "检查清单（走访和排查时逐项查看）：",
        ]
        if theme.checklist.isEmpty { lines.append("  无") }
        for (index, line) in theme.checklist.enumerated() { lines.append("  \(index + 1). \(line)") }
        return lines
    }

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            canvas.draw(
                line, at: Point(x: rect.x + 1, y: rect.y + offset), style: offset == 0 ? theme.title : theme.normal,
                maxWidth: rect.width - 1)
        }
        if let loadError {
            canvas.draw(
                "【错误】" + loadError, at: Point(x: rect.x, y: rect.maxY - 1), style: theme.error, maxWidth: rect.width)
        }
    }
}
