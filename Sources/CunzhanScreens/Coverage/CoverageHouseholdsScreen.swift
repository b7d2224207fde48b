import CunzhanCore
import CunzhanStore
import TerminalUI

/// The households of one grid not yet reached in the cycle (or the village's 未分配 households), by 户编号.
///
/// Enter or `i` starts an inspection of the selected household; when the form is saved the household
/// leaves the list, since the list is read again each time the screen comes back to the top. `a` shows
/// every household of the grid, reached or not, and back. A 未分配 household cannot be inspected until it
/// is put into a grid (网格管理), and the screen says so.
public struct CoverageHouseholdsScreen: Screen {
    public enum Action: Sendable {
        case rowsLoaded(TableRowPage, request: TableRowRequest, query: CoverageQuery)
        case loadFailed(String)
        case longAbsentSaved(String)
    }

    public let title: String
    let context: StationContext
    var query: CoverageQuery
    var table: TableView
    var tableRect = Rect(x: 0, y: 2, width: Size.minimum.width, height: Size.minimum.height - 3)
    var loadError: String?
    /// 网格管理's use of the list: every household, `m` moves the selected one, `l` marks it 长期外出.
    var isManaging = false
    /// Whether the user may log inspections (a 督导 only looks).
    var mayInspect = true
    var notice: String?

    /// The list of `grid` (id and name) or, when nil, of the village's unassigned households, in `cycle`.
    public init(
        villageID: VillageID, grid: (id: GridID, name: String)?, cycle: InspectionCycle, context: StationContext
    ) {
        self.context = context
        title = grid.map { "未排查：\($0.name)" } ?? "未分配网格的农户"
        query = CoverageQuery(villageID: villageID, gridID: grid?.id, cycle: cycle, onlyUnreached: grid != nil)
        table = TableView(columns: Self.columns, emptyMessage: grid == nil ? "没有未分配网格的农户" : "本周期已全部排查")
    }

    static let columns = [
        TableColumn(title: "户编号", width: .fixed(16)),
        TableColumn(title: "户主", width: .flexible(weight: 2)),
        TableColumn(title: "村民小组", width: .flexible(weight: 2)),
        TableColumn(title: "长期外出", width: .fixed(8)),
        TableColumn(title: "最近入户", width: .fixed(10)),
        TableColumn(title: "最近联系", width: .fixed(10)),
    ]

    /// Turns the list into grid management's: every household, with the keys that move and mark them.
    public mutating func enableManagement() {
        isManaging = true
        query.onlyUnreached = false
    }

    public var keyHints: [KeyHint] {
        if isManaging {
            return [
                KeyHint(keys: "m", action: "分到网格"),
                KeyHint(keys: "l", action: "长期外出"),
                KeyHint(keys: "Esc", action: "返回"),
            ]
        }
        var hints: [KeyHint] = []
        if query.gridID != nil {
            if mayInspect { hints.append(KeyHint(keys: "Enter/i", action: "登记排查")) }
            hints.append(KeyHint(keys: "a", action: query.onlyUnreached ? "全部农户" : "只看未排查"))
        }
        return hints + [KeyHint(keys: "Esc", action: "返回")]
    }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        tableRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
        table.fit(to: tableRect)
        return loadPendingRows()
    }

    public mutating func appear() -> [ScreenCommand] {
        table.reload()
        return loadPendingRows()
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(.escape) where !table.isFiltering && table.filter.isEmpty:
            return [.pop]
        case .key(let key) where table.isFiltering:
            return handle(table.handle(key))
        case .key(.character("i")),
            .key(.character("I")) where !isManaging:
            return startInspection()
        case .key(.character("m")) where isManaging:
            guard let id = table.selectedRow.flatMap({ Self.householdID(fromRowID: $0.id) }) else { return [] }
            return [.push(GridPicker(householdID: id, villageID: query.villageID, context: context))]
        case .key(.character("l")) where isManaging:
            return toggleLongAbsent()
        case .key(.character("a")), .key(.character("A")):
            guard query.gridID != nil, !isManaging else { return [] }
            query.onlyUnreached.toggle()
            table.reload()
            return loadPendingRows()
        case .key(let key):
            return handle(table.handle(key))
        case .mouse(let click):
            return handle(table.handle(click, in: tableRect))
        case .resize, .invalid:
            return []
        }
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .rowsLoaded(let page, let request, let answered):
            guard answered == currentQuery else { return [] }
            loadError = nil
            table.receive(page, for: request)
            return loadPendingRows()
        case .loadFailed(let message):
            loadError = message
            return []
        case .longAbsentSaved(let text):
            notice = text
            table.reload()
            return loadPendingRows()
        }
    }

    /// Marks the selected household 长期外出, or takes the mark off, as one household patch.
    private func toggleLongAbsent() -> [ScreenCommand] {
        guard let row = table.selectedRow, let id = Self.householdID(fromRowID: row.id) else { return [] }
        let absent = row.cells.count > 3 && row.cells[3] != "是"
        let name = row.cells.count > 1 ? row.cells[1] : ""
        let store = context.store
        let author = context.user.id
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    try store.write(author: author) { try $0.setLongAbsent(id, absent) }
                    return .longAbsentSaved(absent ? "已把\(name)户标记为长期外出" : "已取消\(name)户的长期外出")
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    private mutating func handle(_ event: TableEvent) -> [ScreenCommand] {
        if case .activated = event, !isManaging { return startInspection() }
        return loadPendingRows()
    }

    private func startInspection() -> [ScreenCommand] {
        guard let row = table.selectedRow, let householdID = Self.householdID(fromRowID: row.id) else { return [] }
        guard mayInspect else {
            let roles = Permissions.roles(allowedTo: .recordInspection).map(\.label).joined(separator: "、")
            return [.message(title: "只能查看", text: "网格排查由\(roles)登记，您在这里只能查看覆盖情况。")]
        }
        guard query.gridID != nil else {
            return [.message(title: "未分配网格", text: "该户还没有分配网格，请先在网格管理中把它分到一个网格，再登记排查。")]
        }
        guard let definition = context.catalog.form("inspection") else {
            return [.message(title: "缺少表单", text: "界面定义缺少网格排查表单（inspection），请检查 Screens 目录。")]
        }
        return [.push(InspectionForm(householdID: householdID, definition: definition, context: context))]
    }

    /// The query the rows are asked with: the list's own and the table's `/` text.
    var currentQuery: CoverageQuery {
        var current = query
        current.text = table.filter
        return current
    }

    /// While the filter line is open, letters are part of the query, not keys.
    public var capturesText: Bool { table.isFiltering }

    private func loadPendingRows() -> [ScreenCommand] {
        guard let request = table.pendingRequest else { return [] }
        let store = context.store
        let query = currentQuery
        let knownTotal = table.totalCount
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    let rows: [CoverageHousehold]
                    switch request {
                    case .first(let count): rows = try store.coverageHouseholds(query, limit: count)
                    case .last(let count):
                        rows = try store.coverageHouseholds(query, beforeNumber: "\u{10FFFF}", limit: count)
                    case .after(let id, let count):
                        rows = try store.coverageHouseholds(
                            query, afterNumber: Self.number(fromRowID: id), limit: count)
                    case .before(let id, let count):
                        rows = try store.coverageHouseholds(
                            query, beforeNumber: Self.number(fromRowID: id), limit: count)
                    }
                    let total: Int
                    if case .first = request {
                        total = try store.coverageHouseholdCount(query)
                    } else {
                        total = knownTotal
                    }
                    return .rowsLoaded(
                        TableRowPage(rows: rows.map(Self.tableRow), totalCount: total), request: request, query: query)
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    static let separator: Character = "\u{1F}"

    static func tableRow(_ household: CoverageHousehold) -> TableRow {
        TableRow(
            id: household.householdNumber + String(separator) + household.id.description,
            cells: [
                household.householdNumber, household.headName, household.groupName, household.longAbsent ? "是" : "",
                household.contacts.latestInPerson?.description ?? "", household.contacts.latestAny?.description ?? "",
            ])
    }

    static func number(fromRowID id: String) -> String {
        String(id.split(separator: separator, omittingEmptySubsequences: false).first ?? "")
    }

    static func householdID(fromRowID id: String) -> HouseholdID? {
        id.split(separator: separator, omittingEmptySubsequences: false).last.flatMap { HouseholdID(String($0)) }
    }
}

extension CoverageHouseholdsScreen {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        let scope =
            notice ?? (isManaging ? "按 m 把选中的户分到网格，按 l 标记或取消长期外出" : nil)
            ?? (query.gridID == nil
                ? "未分配网格的农户不计入任何网格，请在网格管理中分配"
                : (query.onlyUnreached ? "本周期（\(query.cycle.label)）尚未排查的农户" : "本网格全部农户（\(query.cycle.label)）"))
        canvas.draw(scope, at: rect.origin, style: theme.accent, maxWidth: rect.width)
        table.render(into: &canvas, in: tableRect, theme: theme, focused: true)
        if let loadError {
            canvas.draw(
                "【错误】" + loadError, at: Point(x: rect.x, y: rect.maxY - 1), style: theme.error, maxWidth: rect.width)
        }
    }
}
