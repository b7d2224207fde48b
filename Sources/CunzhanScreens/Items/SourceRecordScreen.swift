import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// The visit or inspection an item was raised from, read-only: every answer of its form, label by label.
///
/// Opened with `o` on the item screen. Records are never edited (DESIGN.md §4), so this screen only scrolls;
/// the labels come from the record's form in `Screens/` (`visit` or `inspection`), so it shows what the
/// visitor or inspector saw when they filled it in.
public struct SourceRecordScreen: Screen {
    public enum Action: Sendable {
        case loaded([String])
        case loadFailed(String)
    }

    let source: ItemSourceRecord
    let context: LoopContext
    var lines: [String] = []
    var loadError: String?
    var scrollTop = 0
    var pageHeight = Size.minimum.height - 2
    var pageWidth = Size.minimum.width

    public init(source: ItemSourceRecord, context: LoopContext) {
        self.source = source
        self.context = context
    }

    public var title: String { (source.kind == .visit ? "走访记录（只读）：" : "排查记录（只读）：") + source.label }

    public var keyHints: [KeyHint] { [KeyHint(keys: "方向键 j k", action: "滚动"), KeyHint(keys: "Esc", action: "返回")] }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        pageHeight = max(1, rect.height)
        pageWidth = max(1, rect.width)
        return []
    }

    public mutating func appear() -> [ScreenCommand] {
        let source = source
        let store = context.store
        let catalog = context.catalog
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    guard let lines = try Self.lines(of: source, store: store, catalog: catalog) else {
                        return .loadFailed("找不到这条\(source.kind == .visit ? "走访" : "排查")记录，可能尚未同步。")
                    }
                    return .loaded(lines)
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
        default: break
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .loaded(let loaded): lines = loaded
        case .loadFailed(let message): loadError = message
        }
        return []
    }

    mutating func scroll(by count: Int) {
        scrollTop = max(0, min(scrollTop + count, wrapped(width: pageWidth).count - pageHeight))
    }

    /// The record's lines: the household, then "label：answer" for each answered field of its form.
    static func lines(of source: ItemSourceRecord, store: StationStore, catalog: ScreenCatalog) throws(StoreError)
        -> [String]?
    {
        let householdID: HouseholdID
        var values: [String: String]
        let definition: FormDefinition?
        switch source.kind {
        case .visit:
            guard let id = VisitID(source.id), let visit = try store.visit(id) else { return nil }
            householdID = visit.householdID
            definition = catalog.form("visit")
            values =
                definition.map { VisitFormMapping(definition: $0).values(from: visit, answers: visit.answers) }
                ?? [:]
            values["theme"] = visit.answers["theme"]
        case .inspection:
            guard let id = InspectionID(source.id), let inspection = try store.inspection(id) else { return nil }
            householdID = inspection.householdID
            definition = catalog.form("inspection")
            values =
                definition.map {
                    InspectionFormMapping(definition: $0).values(from: inspection, answers: inspection.answers)
                } ?? [:]
            values["theme"] = inspection.answers["theme"]
        }
        var lines: [String] = []
        if let household = try store.household(householdID) {
            lines.append("农户：\(household.headName)（户编号 \(household.householdNumber)）")
        }
        if definition == nil { lines.append("记录人：\(source.authorName)，日期：\(source.date)") }
        if let theme = values["theme"], !theme.isEmpty { lines.append("当月主题：\(theme)") }
        for field in definition?.fields ?? [] {
            guard let value = values[field.id], !value.isEmpty else { continue }
            lines.append("\(field.label)：\(value)")
        }
        return lines
    }

    /// The lines wrapped to `width` on character boundaries.
    func wrapped(width: Int) -> [String] {
        lines.flatMap { DisplayWidth.of($0) <= width ? [$0] : PhraseWrap.lines($0, width: max(1, width)) }
    }

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        if let loadError {
            canvas.draw("【错误】" + loadError, at: rect.origin, style: theme.error, maxWidth: rect.width)
            return
        }
        for (offset, line) in wrapped(width: rect.width).dropFirst(scrollTop).prefix(rect.height).enumerated() {
            canvas.draw(line, at: Point(x: rect.x, y: rect.y + offset), style: theme.normal, maxWidth: rect.width)
        }
    }
}
