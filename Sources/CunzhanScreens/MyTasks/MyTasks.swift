import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// 我的任务: what the signed-in user has to do now, one row each, and one key to act on a row.
///
/// Rows come from `StationStore.tasks(for:calendar:today:)`: overdue and due within 3 working days (by the
/// work calendar, holidays and 调休 counted), the user's other 整改中 items (我负责的整改中), items to assign, to verify or whose extension waits, and the
/// households not visited or inspected this month. Enter does the row's job: 定责, 销号, 批准延期, 报进展
/// for the owner, else opens the item; a household row opens the household. `o` opens the item itself.
public struct MyTasks: Screen {
    public enum Action: Sendable {
        case tasksLoaded(TaskList)
        /// The item of a row, read again to open `kind`'s job on it.
        case itemLoaded(ItemDetail?, job: Job)
        case loadFailed(String)
    }

    /// What Enter (or `o`) on an item row opens.
    public enum Job: Sendable, Equatable {
        case action(RectificationAction.Kind)
        case progress
        case item
    }

    public let title: String
    let context: LoopContext
    let definition: ListDefinition?
    var table: TableView
    var tasks = TaskList(rows: [], totals: [:])
    var loadError: String?
    var tableRect = Rect(x: 0, y: 2, width: Size.minimum.width, height: Size.minimum.height - 3)

    init(context: LoopContext) {
        self.context = context
        definition = context.catalog.list("tasks")
        title = definition?.title ?? "我的任务"
        table = TableView(
            columns: definition?.tableColumns ?? [TableColumn(title: "任务", width: .flexible(weight: 1))],
            emptyMessage: definition?.emptyMessage ?? "暂时没有需要办理的任务")
    }

    /// `o` is listed only when Enter does something else with an item (定责, 报进展), so the bar never says
    /// 打开事项 twice; Esc comes last, where the key bar always keeps it (the arrows give way, into F1).
    public var keyHints: [KeyHint] {
        let enter = selectedJobName
        var hints = [KeyHint(keys: "Enter", action: enter ?? "办理")]
        if selectedTask?.item != nil, enter != "打开事项" { hints.append(KeyHint(keys: "o", action: "打开事项")) }
        return hints + [
            KeyHint(keys: "Tab", action: "下一类任务"),
            KeyHint(keys: "方向键", action: "选择"),
            KeyHint(keys: "Esc", action: "返回"),
        ]
    }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        tableRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
        table.fit(to: tableRect)
        fillTable()
        return []
    }

    public mutating func appear() -> [ScreenCommand] {
        let store = context.store
        let user = context.user
        let calendar = context.calendar
        let today = context.today
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .tasksLoaded(try store.tasks(for: user, calendar: calendar, today: today))
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(let key) where table.isFiltering:
            if case .filterChanged = table.handle(key) { fillTable() }
            return []
        case .key(.character("o")):
            guard let row = selectedTask, let item = row.item else { return [] }
            return [.push(ItemScreen(itemID: item.id, context: context))]
        case .key(.tab):
            selectNextKind()
            return []
        case .key(let key):
            let tableEvent = table.handle(key)
            if key == .escape, tableEvent == .ignored { return [.pop] }
            if case .activated = tableEvent { return act() }
            if case .filterChanged = tableEvent { fillTable() }
            return []
        case .mouse(let click):
            if case .activated = table.handle(click, in: tableRect) { return act() }
            return []
        case .resize, .invalid:
            return []
        }
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .tasksLoaded(let loaded):
            tasks = loaded
            loadError = nil
            table.reload()
            fillTable()
            return []
        case .itemLoaded(let detail, let job):
            guard let detail else { return [.message(title: "无法打开", text: "找不到这个整改事项，可能尚未同步。")] }
            return open(job, on: detail)
        case .loadFailed(let message):
            loadError = message
            return []
        }
    }

    var selectedTask: TaskRow? {
        guard let row = table.selectedRow, let index = Int(row.id), tasks.rows.indices.contains(index) else {
            return nil
        }
        return tasks.rows[index]
    }

    /// The job Enter does on `row`.
    func job(for row: TaskRow) -> Job? {
        guard let item = row.item else { return nil }
        switch row.kind {
        case .toAssign: return .action(.assign)
        case .awaitingVerification: return .action(.close)
        case .extensionRequested: return .action(.approveExtension)
        case .overdue, .dueSoon, .ownedInProgress:
            let mayReport =
                item.ownerID == context.user.id && item.state == .inProgress && context.may(.reportProgress)
            return mayReport ? .progress : .item
        case .notVisited, .notInspected: return nil
        }
    }

    var selectedJobName: String? {
        guard let row = selectedTask else { return nil }
        switch job(for: row) {
        case .action(let kind): return kind.label
        case .progress: return "报进展"
        case .item: return "打开事项"
        case nil: return row.householdID == nil ? nil : "农户详情"
        }
    }

    /// Enter on the selected row: reads the item again (it may have moved) and opens the row's job.
    func act() -> [ScreenCommand] {
        guard let row = selectedTask else { return [] }
        guard let item = row.item, let job = job(for: row) else {
            guard let householdID = row.householdID else { return [] }
            return [.push(HouseholdDetail(householdID: householdID, context: context.station))]
        }
        let store = context.store
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .itemLoaded(try store.itemDetail(item.id), job: job)
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    func open(_ job: Job, on detail: ItemDetail) -> [ScreenCommand] {
        let forms = ItemForms(context: context)
        switch job {
        case .action(let kind):
            // The item may have moved since the list was read: the item screen then shows what is open.
            guard RectificationWorkflow.actions(on: detail.item, for: context.user).contains(kind) else {
                return [.push(ItemScreen(itemID: detail.item.id, context: context))]
            }
            return forms.action(kind, on: detail).map { [.push($0)] } ?? [forms.missingDefinition]
        case .progress:
            return forms.progress(on: detail.item).map { [.push($0)] } ?? [forms.missingDefinition]
        case .item:
            return [.push(ItemScreen(itemID: detail.item.id, context: context))]
        }
    }

    /// Moves to the first row of the next kind of task (after the last kind, back to the first row).
    mutating func selectNextKind() {
        guard let current = selectedTask?.kind else { return }
        let next = tasks.rows.firstIndex { $0.kind > current } ?? 0
        table.select(next)
        fillTable()
    }

    /// While the `/` line is open, letters are the query's.
    public var capturesText: Bool { table.isFiltering }

    /// Loads the rows into the table: all of them, or those with a cell containing the `/` text.
    mutating func fillTable() {
        let query = table.filter.trimmingWhitespace()
        let rows = tasks.rows.enumerated().map { index, task in
            TableRow(id: String(index), cells: cells(of: task))
        }.filter { row in query.isEmpty || row.cells.contains { $0.contains(query) } }
        try? table.fill(from: ArrayTableDataSource(rows: rows))
    }

    /// The cells of a task row under the list definition's columns.
    func cells(of task: TaskRow) -> [String] {
        (definition?.columns ?? []).map { column in
            switch column.id {
            case "kind": task.kind.shortLabel
            case "what": task.item.map { "\($0.concerns) \($0.title)" } ?? task.householdLabel
            case "village": task.item?.villageName ?? ""
            case "deadline": task.item?.deadline?.description ?? ""
            case "due": task.item.map { context.dueShort(deadline: $0.deadline, state: $0.state) } ?? ""
            default: ""
            }
        }
    }

    /// "逾期 3　即将到期 2　待定责 5" over the table, each kind with its total.
    var summary: String {
        let parts = TaskKind.allCases.compactMap { kind in tasks.totals[kind].map { "\(kind.label) \($0)" } }
        return parts.isEmpty ? "暂时没有任务" : parts.joined(separator: "　")
    }

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        canvas.draw(summary, at: Point(x: rect.x, y: rect.y), style: theme.accent, maxWidth: rect.width)
        let tableArea = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
        table.render(into: &canvas, in: tableArea, theme: theme, focused: true)
        if let loadError {
            canvas.draw(
                "【错误】" + loadError, at: Point(x: rect.x, y: rect.maxY - 1), style: theme.error, maxWidth: rect.width)
        }
    }
}
