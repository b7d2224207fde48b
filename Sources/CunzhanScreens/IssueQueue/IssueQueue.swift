import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// The issue queue (问题清单): every item in scope across villages, filtered and sorted with single keys,
/// with the count of each village as bars one `Tab` away.
///
/// Filters: `t` theme, `c` category, `s` state, `o` owner (each cycles through its values and back to all),
/// `d` overdue only, `x` deadline or age order, `0` clears them; `Tab` shows items per village with bars
/// and Enter there keeps one village. Rows come in keyset pages from the store; an answer for a filter
/// already changed is dropped. `/` filters by words of the problem or the head's name. Enter opens the item,
/// where its actions are keys; `n` raises a new item.
public struct IssueQueue: Screen {
    public enum Action: Sendable {
        /// Rows answering `request`; for the top of the list also the counts per village under `filter`.
        case rowsLoaded(TableRowPage, request: TableRowRequest, filter: ItemFilter, counts: [VillageItemCount]?)
        case choicesLoaded(themes: [MonthlyTheme], owners: [User])
        /// Every item's filterable fields, read on appearing; nil when they could not be read (rows then
        /// come from SQL alone).
        case summaryLoaded(ItemQueueSummary?, error: String?)
        case loadFailed(String)
    }

    enum Mode: Equatable { case items, villages }

    public let title: String
    let context: LoopContext
    let source: ItemRowSource
    var table: TableView
    var filter: ItemFilter
    var mode = Mode.items
    var counts: [VillageItemCount] = []
    var countSelection = 0
    var countTop = 0
    var themes: [MonthlyTheme] = []
    var owners: [User] = []
    var loadError: String?
    /// The items in memory for counting and paging (see `ItemQueueSummary`), read again on each appear.
    var summary: ItemQueueSummary?
    /// True from appearing until the summary is read: rows are asked for only then, and once.
    var awaitsSummary = true
    var tableRect = Rect(x: 0, y: 2, width: Size.minimum.width, height: Size.minimum.height - 3)

    init(context: LoopContext) {
        self.context = context
        let definition = context.catalog.list("items")
        title = definition?.title ?? "问题清单"
        source = ItemRowSource(store: context.store, columns: definition?.columns ?? [], context: context)
        table = TableView(
            columns: definition?.tableColumns ?? [], emptyMessage: definition?.emptyMessage ?? "没有符合条件的整改事项")
        // A 督导 looks across villages; the others start on their own village.
        let village = context.user.role == .supervisor ? nil : context.station.villageID
        filter = ItemFilter(villageID: village, today: context.today)
    }

    public var keyHints: [KeyHint] {
        if mode == .villages {
            return [
                KeyHint(keys: "Enter", action: "只看该村"), KeyHint(keys: "a", action: "全部村"),
                KeyHint(keys: "Tab", action: "事项列表"), KeyHint(keys: "Esc", action: "返回"),
            ]
        }
        var hints = [
            KeyHint(keys: "Enter", action: "打开办理"), KeyHint(keys: "Tab", action: "各村统计"),
            KeyHint(keys: "d", action: filter.overdueOnly ? "全部" : "只看逾期"), KeyHint(keys: "s", action: "状态"),
            KeyHint(keys: "c", action: "类别"), KeyHint(keys: "t", action: "主题"), KeyHint(keys: "o", action: "责任人"),
            KeyHint(keys: "x", action: filter.sort == .deadline ? "按发现时间" : "按整改时限"),
            KeyHint(keys: "0", action: "清除筛选"), KeyHint(keys: "/", action: "按问题或户主筛选"),
        ]
        if mayRaise { hints.append(KeyHint(keys: "n", action: "登记事项")) }
        return hints + [KeyHint(keys: "Esc", action: "返回")]
    }

    /// The village a new item goes to: the village filter, else the user's own.
    var raiseVillage: VillageID? { filter.villageID ?? context.station.villageID }
    var mayRaise: Bool { context.may(.raiseItem) && raiseVillage != nil }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        tableRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: max(0, rect.height - 2))
        table.fit(to: tableRect)
        return loadPendingRows()
    }

    public mutating func appear() -> [ScreenCommand] {
        filter.today = context.today
        awaitsSummary = true
        let store = context.store
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .summaryLoaded(try store.itemQueueSummary(), error: nil)
                } catch {
                    return .summaryLoaded(nil, error: error.message)
                }
            },
            .run { () -> Action in
                do throws(StoreError) {
                    return .choicesLoaded(themes: try store.themes(), owners: try store.ownerChoices())
                } catch {
                    return .loadFailed(error.message)
                }
            },
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(let key):
            if mode == .villages { return villagesKey(key) }
            if table.isFiltering {
                return handleTableEvent(table.handle(key))
            }
            if key == .tab {
                mode = .villages
                return []
            }
            if key == .character("n"), mayRaise, let village = raiseVillage {
                let forms = ItemForms(context: context)
                return forms.raise(in: village).map { [.push($0)] } ?? [forms.missingDefinition]
            }
            if let changed = filterKey(key) { return apply(changed) }
            let tableEvent = table.handle(key)
            if key == .escape, tableEvent == .ignored { return [.pop] }
            return handleTableEvent(tableEvent)
        case .mouse(let click):
            guard mode == .items else { return [] }
            return handleTableEvent(table.handle(click, in: tableRect))
        case .resize, .invalid:
            return []
        }
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .rowsLoaded(let page, let request, let answered, let loadedCounts):
            guard answered == currentFilter else { return [] }
            loadError = nil
            table.receive(page, for: request)
            if let loadedCounts {
                counts = loadedCounts
                countSelection = min(countSelection, max(0, counts.count - 1))
            }
            return loadPendingRows()
        case .summaryLoaded(let loaded, let error):
            summary = loaded
            awaitsSummary = false
            if let error { loadError = error }
            table.reload()
            return loadPendingRows()
        case .choicesLoaded(let loadedThemes, let loadedOwners):
            themes = loadedThemes
            owners = loadedOwners
            return []
        case .loadFailed(let message):
            loadError = message
            return []
        }
    }

    /// The filter the rows are queried with: the keys' choices and the table's `/` text.
    var currentFilter: ItemFilter {
        var current = filter
        current.text = table.filter
        return current
    }

    /// While the `/` line is open, letters are the query's, not filter keys.
    public var capturesText: Bool { table.isFiltering }

    /// Takes a new filter: rows and counts are read again from the top.
    mutating func apply(_ changed: ItemFilter) -> [ScreenCommand] {
        filter = changed
        table.reload()
        return loadPendingRows()
    }

    private mutating func handleTableEvent(_ event: TableEvent) -> [ScreenCommand] {
        switch event {
        case .activated(let row):
            guard let id = ItemRowSource.itemID(fromRowID: row.id) else { return [] }
            return [.push(ItemScreen(itemID: id, context: context))]
        case .filterChanged:
            return loadPendingRows()
        case .selectionChanged, .handled, .ignored:
            return loadPendingRows()
        }
    }

    /// Asks for the rows the table is missing, if any.
    func loadPendingRows() -> [ScreenCommand] {
        guard !awaitsSummary, let request = table.pendingRequest else { return [] }
        let source = source
        let summary = summary
        let filter = currentFilter
        let knownTotal = table.totalCount
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    let answer = try source.page(
                        for: request, filter: filter, knownTotal: knownTotal, summary: summary)
                    return .rowsLoaded(answer.page, request: request, filter: filter, counts: answer.counts)
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }
}
