import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// 月度调度: for one month, each village's items by state, overdue, found and closed in the month, with a
/// bar of how much is closed; `[` `]` move between months, Enter opens the village's issue queue.
public struct DispatchView: Screen {
    public enum Action: Sendable {
        case loaded([VillageDispatch], month: String)
        case loadFailed(String)
    }

    public let title: String
    let context: LoopContext
    let definition: ListDefinition?
    var month: String
    var villages: [VillageDispatch] = []
    var table: TableView
    var loadError: String?
    var tableRect = Rect(x: 0, y: 2, width: Size.minimum.width, height: Size.minimum.height - 3)

    init(context: LoopContext) {
        self.context = context
        definition = context.catalog.list("dispatch")
        title = definition?.title ?? "月度调度"
        month = context.today.monthKey
        table = TableView(columns: definition?.tableColumns ?? [], emptyMessage: definition?.emptyMessage ?? "没有行政村")
    }

    public var keyHints: [KeyHint] {
        [
            KeyHint(keys: "[ ]", action: "上月/下月"), KeyHint(keys: "Enter", action: "该村问题清单"),
            KeyHint(keys: "方向键", action: "选择"), KeyHint(keys: "Esc", action: "返回"),
        ]
    }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        tableRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
        table.fit(to: tableRect)
        fillTable()
        return []
    }

    public mutating func appear() -> [ScreenCommand] { load() }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        if table.isFiltering {
            if case .filterChanged = table.handle(key) { fillTable() }
            return []
        }
        switch key {
        case .character("["):
            month = VisitHistory.month(month, movedBy: -1)
            return load()
        case .character("]"):
            month = VisitHistory.month(month, movedBy: 1)
            return load()
        default:
            let tableEvent = table.handle(key)
            if key == .escape, tableEvent == .ignored { return [.pop] }
            if case .filterChanged = tableEvent { fillTable() }
            if case .activated(let row) = tableEvent, let index = Int(row.id), villages.indices.contains(index) {
                var queue = IssueQueue(context: context)
                queue.filter.villageID = villages[index].villageID
                return [.push(queue)]
            }
            return []
        }
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .loaded(let loaded, let answered):
            guard answered == month else { return [] }
            villages = loaded
            loadError = nil
            table.reload()
            fillTable()
        case .loadFailed(let message):
            loadError = message
        }
        return []
    }

    func load() -> [ScreenCommand] {
        let store = context.store
        let month = month
        let today = context.today
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .loaded(try store.dispatch(month: month, today: today), month: month)
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    /// While the `/` line is open, letters are the village name's.
    public var capturesText: Bool { table.isFiltering }

    /// Loads the villages into the table: all, or those whose name contains the `/` text.
    mutating func fillTable() {
        let query = table.filter.trimmingWhitespace()
        let rows = villages.enumerated()
            .filter { query.isEmpty || $0.element.villageName.contains(query) }
            .map { TableRow(id: String($0.offset), cells: cells(of: $0.element)) }
        try? table.fill(from: ArrayTableDataSource(rows: rows))
    }

    func cells(of village: VillageDispatch) -> [String] {
        (definition?.columns ?? []).map { column in
            switch column.id {
            case "village": village.villageName
            case "pending": String(village.byState[.pendingAssignment] ?? 0)
            case "in_progress": String(village.byState[.inProgress] ?? 0)
            case "awaiting": String(village.byState[.awaitingVerification] ?? 0)
            case "closed": String(village.byState[.closed] ?? 0)
            case "overdue": String(village.overdue)
            case "raised": String(village.raisedThisMonth)
            case "closed_month": String(village.closedThisMonth)
            case "bar": Self.percentText(village)
            default: ""
            }
        }
    }

    /// "已销号 45%" for the bar column's text; the bar itself is drawn over the cell.
    static func percentText(_ village: VillageDispatch) -> String {
        guard village.total > 0 else { return "无事项" }
        return "\((village.byState[.closed] ?? 0) * 100 / village.total)%"
    }

    var summary: String {
        let open = villages.reduce(0) { $0 + $1.open }
        let overdue = villages.reduce(0) { $0 + $1.overdue }
        let raised = villages.reduce(0) { $0 + $1.raisedThisMonth }
        let closed = villages.reduce(0) { $0 + $1.closedThisMonth }
        return "\(month)　本月发现 \(raised) 项，本月销号 \(closed) 项，未销号 \(open) 项，逾期 \(overdue) 项　[ ] 换月"
    }

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        canvas.draw(summary, at: Point(x: rect.x, y: rect.y), style: theme.accent, maxWidth: rect.width)
        table.render(into: &canvas, in: tableRect, theme: theme, focused: true)
        drawBars(into: &canvas, theme: theme)
        if let loadError {
            canvas.draw(
                "【错误】" + loadError, at: Point(x: rect.x, y: rect.maxY - 1), style: theme.error, maxWidth: rect.width)
        }
    }
}
