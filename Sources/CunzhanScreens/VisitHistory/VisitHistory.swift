import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// The village's visit history: every recorded visit, newest first, filtered by month, visitor and result.
///
/// State is the table widget plus the filter chosen with keys (`m` month on or off, `[` `]` the previous
/// or next month, `u` the next visitor, `r` the next result) and the table's own `/` text filter (head
/// name or pinyin initials). Rows come from keyset queries in effects; an answer for a filter the user has
/// already changed is dropped. Enter opens the visited household's detail; `i` raises a rectification item
/// from the selected 不达标 visit through the new-item form, filled in from the visit (see
/// `VisitHistory+Items.swift`).
public struct VisitHistory: Screen {
    public enum Action: Sendable {
        /// Rows answering `request`, queried for `filter`.
        case rowsLoaded(TableRowPage, request: TableRowRequest, filter: VisitFilter)
        /// The users the visitor filter cycles through, by name.
        case visitorsLoaded([VisitorChoice])
        /// The store could not answer; the message says why in Chinese.
        case loadFailed(String)
        /// The item `i` raises from the selected visit, ready for the new-item form.
        case itemPrefilled(ItemPrefill, village: VillageID)
        /// `i` found nothing to raise: the message says why.
        case nothingToRaise(String)
    }

    /// A user the visitor filter can choose.
    public struct VisitorChoice: Equatable, Sendable {
        public var id: UserID
        public var name: String
    }

    public let title: String
    var table: TableView
    let source: VisitRowSource
    let context: StationContext
    /// Month, visitor and result as chosen with keys; the text part follows the table's filter line.
    var filter: VisitFilter
    var visitors: [VisitorChoice] = []
    var tableRect = Rect(x: 0, y: 2, width: Size.minimum.width, height: Size.minimum.height - 3)
    var loadError: String?
    let emptyMessage: String
    /// The 四定闭环 context when the user may raise items (`i` on a 不达标 visit); nil hides the key.
    public var raising: LoopContext?

    /// The history of `context.store`'s visits with the columns of `definition` (`visits` in Screens/),
    /// opening on the current month.
    public init(definition: ListDefinition, context: StationContext) {
        self.context = context
        let columns = VisitHistoryColumns(definition: definition)
        title = definition.title
        source = VisitRowSource(store: context.store, columns: columns)
        emptyMessage = definition.emptyMessage
        table = TableView(columns: columns.tableColumns, emptyMessage: definition.emptyMessage)
        filter = VisitFilter(month: context.today().monthKey)
    }

    public var keyHints: [KeyHint] {
        if table.isFiltering {
            return [
                KeyHint(keys: "输入", action: "户主姓名/拼音首字母"),
                KeyHint(keys: "Enter", action: "保留筛选"),
                KeyHint(keys: "Esc", action: "清除筛选"),
            ]
        }
        // Enter first and Esc last, where the key bar always keeps it: at 80 columns those two are the keys a
        // user cannot guess; the filter keys left out are in F1 (and `/` is on the table's filter line).
        return [KeyHint(keys: "Enter", action: "农户详情")]
            + (raising == nil ? [] : [KeyHint(keys: "i", action: "登记整改事项")]) + [
                KeyHint(keys: "[ ]", action: "上月/下月"),
                KeyHint(keys: "m", action: filter.month == nil ? "按月" : "全部月份"),
                KeyHint(keys: "u", action: "走访人"),
                KeyHint(keys: "r", action: "结果"),
                KeyHint(keys: "/", action: "筛选户主"),
                KeyHint(keys: "Esc", action: table.filter.isEmpty ? "返回" : "清除筛选"),
            ]
    }

    /// While the filter line is open, `q`, `m` and `?` are letters of the query.
    public var capturesText: Bool { table.isFiltering }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        tableRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
        table.fit(to: tableRect)
        return loadPendingRows()
    }

    public mutating func appear() -> [ScreenCommand] {
        table.reload()
        let store = context.store
        return loadPendingRows() + [
            .run { () -> Action in
                do throws(StoreError) {
                    return .visitorsLoaded(try store.visitorChoices().map { VisitorChoice(id: $0.id, name: $0.name) })
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(let key):
            if !table.isFiltering, key == .character("i"), raising != nil { return raiseItem() }
            if !table.isFiltering, let changed = filterKey(key) {
                filter = changed
                table.reload()
                return loadPendingRows()
            }
            let event = table.handle(key)
            if key == .escape, event == .ignored { return [.pop] }
            return handleTableEvent(event)
        case .mouse(let click):
            return handleTableEvent(table.handle(click, in: tableRect))
        case .resize, .invalid:
            return []
        }
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .rowsLoaded(let page, let request, let answered):
            guard answered == currentFilter else { return [] }
            loadError = nil
            table.receive(page, for: request)
            return loadPendingRows()
        case .visitorsLoaded(let loaded):
            visitors = loaded
            return []
        case .loadFailed(let message):
            loadError = message
            return []
        case .itemPrefilled(let prefill, let village):
            return openItemForm(prefill, village: village)
        case .nothingToRaise(let message):
            return [.message(title: "登记整改事项", text: message)]
        }
    }

    /// The filter the rows are queried with: the keys' choices and the table's text.
    var currentFilter: VisitFilter {
        var current = filter
        current.text = table.filter
        return current
    }

    private mutating func handleTableEvent(_ event: TableEvent) -> [ScreenCommand] {
        switch event {
        case .activated(let row):
            guard let position = VisitRowSource.position(fromRowID: row.id) else { return [] }
            return [.push(HouseholdDetail(householdID: position.householdID, context: context))]
        case .filterChanged, .selectionChanged, .handled, .ignored:
            return loadPendingRows()
        }
    }

    /// Asks for the rows the table is missing, if any; the answer comes back as `rowsLoaded`.
    private func loadPendingRows() -> [ScreenCommand] {
        guard let request = table.pendingRequest else { return [] }
        let source = source
        let filter = currentFilter
        let knownTotal = table.totalCount
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    let page = try source.page(for: request, filter: filter, knownTotal: knownTotal)
                    return .rowsLoaded(page, request: request, filter: filter)
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }
}
