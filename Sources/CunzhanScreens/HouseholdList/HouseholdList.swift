import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// The household register, read-only: the station's households in a paged list filtered as the user types.
///
/// State is the table widget (selection, scroll, filter, the window of rows it holds); every key goes to
/// the table, and whenever the table needs rows the screen asks for them as an effect that runs a keyset
/// query and comes back as `rowsLoaded`. Rows that arrive for a filter or sort the user has already
/// changed are dropped, so a slow answer can never overwrite a newer one. `s` cycles the list
/// definition's sort orders; the current one shows on the status line.
public struct HouseholdList: Screen {
    public enum Action: Sendable {
        /// Rows answering `request`, queried for `filter` in `sort` order.
        case rowsLoaded(TableRowPage, request: TableRowRequest, filter: String, sort: HouseholdSort)
        /// The store could not answer; the message says why in Chinese.
        case loadFailed(String)
    }

    public let title: String
    var table: TableView
    let source: HouseholdRowSource
    /// Where the table was last laid out, for mouse clicks.
    var tableRect = Rect(x: 0, y: 1, width: Size.minimum.width, height: Size.minimum.height - 2)
    /// The last store error, shown on the status line until the next successful load.
    var loadError: String?
    /// What the household detail needs; without it Enter shows the row's summary instead.
    let context: StationContext?
    /// The orders `s` cycles through, from the list definition.
    let sorts: HouseholdListSorts
    /// The index in `sorts.options` of the order shown.
    var sortIndex: Int

    /// What the empty table says when no filter is set: the store has no households yet.
    static let noHouseholdsMessage = "还没有农户记录"

    /// A register of `store`'s households with the columns of `definition` (`households` in Screens/);
    /// Enter opens the household's detail when `context` is given.
    public init(store: StationStore, definition: ListDefinition, context: StationContext? = nil) {
        self.context = context
        let columns = HouseholdListColumns(definition: definition)
        title = definition.title
        source = HouseholdRowSource(store: store, columns: columns)
        sorts = HouseholdListSorts(definition: definition)
        sortIndex = sorts.defaultIndex
        table = TableView(columns: columns.tableColumns, emptyMessage: Self.noHouseholdsMessage)
        filteredEmptyMessage = definition.emptyMessage
    }

    /// What the empty table says while a filter is set (the list definition's `empty_message`).
    let filteredEmptyMessage: String

    public var keyHints: [KeyHint] {
        if table.isFiltering {
            return [
                KeyHint(keys: "输入", action: "姓名/拼音首字母/证件号或电话后4位/组"),
                KeyHint(keys: "Enter", action: "保留筛选"),
                KeyHint(keys: "Esc", action: "清除筛选"),
            ]
        }
        var hints = [
            KeyHint(keys: "/", action: "筛选"),
            KeyHint(keys: "方向键 j k", action: "移动"),
            KeyHint(keys: "PgUp PgDn", action: "翻页"),
            KeyHint(keys: "Home End", action: "首尾"),
            KeyHint(keys: "Enter", action: "查看"),
            KeyHint(keys: "Esc", action: table.filter.isEmpty ? "返回" : "清除筛选"),
        ]
        if sorts.options.count > 1 { hints.insert(KeyHint(keys: "s", action: "排序"), at: 1) }
        if context?.mayEditHouseholds == true { hints.insert(KeyHint(keys: "a", action: "新增农户"), at: 1) }
        return hints
    }

    /// While the filter line is open, `q` and `?` are letters of the query.
    public var capturesText: Bool { table.isFiltering }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        tableRect = rect
        table.fit(to: rect)
        return loadPendingRows()
    }

    public mutating func appear() -> [ScreenCommand] {
        table.reload()
        return loadPendingRows()
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(let key):
            if key == .character("a"), !table.isFiltering, let add = addHousehold() { return add }
            if key == .character("s"), !table.isFiltering, sorts.options.count > 1 { return nextSort() }
            let event = table.handle(key)
            // Esc with no filter to clear goes back to the screen that opened the register (home).
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
        case .rowsLoaded(let page, let request, let filter, let sort):
            guard filter == table.filter, sort == self.sort else { return [] }
            loadError = nil
            table.receive(page, for: request)
            return loadPendingRows()
        case .loadFailed(let message):
            loadError = message
            return []
        }
    }

    private mutating func handleTableEvent(_ event: TableEvent) -> [ScreenCommand] {
        switch event {
        case .activated(let row):
            if let context, let cursor = HouseholdRowSource.cursor(fromRowID: row.id),
                let householdID = HouseholdID(cursor.id)
            {
                return [.push(HouseholdDetail(householdID: householdID, context: context))]
            }
            return [.message(title: "农户概况", text: Self.summary(of: row, columns: table.columns))]
        case .filterChanged(let filter):
            table.emptyMessage = filter.isEmpty ? Self.noHouseholdsMessage : filteredEmptyMessage
            return loadPendingRows()
        case .selectionChanged, .handled, .ignored:
            return loadPendingRows()
        }
    }

    /// Asks for the rows the table is missing, if any; the answer comes back as `rowsLoaded`.
    func loadPendingRows() -> [ScreenCommand] {
        guard let request = table.pendingRequest else { return [] }
        let source = source
        let filter = table.filter
        let knownTotal = table.totalCount
        let sort = sort
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    let page = try source.page(for: request, filter: filter, sort: sort, knownTotal: knownTotal)
                    return .rowsLoaded(page, request: request, filter: filter, sort: sort)
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    /// The selected household's columns as "label：value" lines, for the summary box.
    static func summary(of row: TableRow, columns: [TableColumn]) -> String {
        zip(columns, row.cells).map { column, cell in "\(column.title)：\(cell.isEmpty ? "无" : cell)" }
            .joined(separator: "\n")
    }
}
