import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// 排查记录: inspections newest first, for the village or one grid, household or inspector, filtered by
/// cycle and result.
///
/// Keys: `c` this cycle on or off, `[` `]` the previous or next cycle, `u` the next inspector, `r` the next
/// result (全部, 正常, 发现问题). Rows come from keyset queries in effects (`inspectionPage`); an answer for a
/// filter the user has already changed is dropped. Voided and superseded records are not listed.
public struct InspectionHistory: Screen {
    public enum Action: Sendable {
        case rowsLoaded(TableRowPage, request: TableRowRequest, filter: InspectionFilter)
        case inspectorsLoaded([(id: UserID, name: String)])
        case correctionLoaded(Inspection)
        case loadFailed(String)
    }

    public let title: String
    let context: StationContext
    let columns: ListDefinition
    var table: TableView
    /// The filter chosen with keys, and the grid, household or inspector the screen was opened for.
    public var filter: InspectionFilter
    /// The cycle length the `[` `]` keys step by.
    let cycleMonths: Int
    /// "第一网格", "张三户": what the screen was opened for, shown on the filter line.
    public var scopeName: String?
    var inspectors: [(id: UserID, name: String)] = []
    var tableRect = Rect(x: 0, y: 2, width: Size.minimum.width, height: Size.minimum.height - 3)
    var loadError: String?
    /// Whether `e` corrects the selected inspection (those who record inspections; a 督导 only reads).
    public var mayCorrect = true

    /// The history with the columns of `definition` (`inspections` in Screens/), on `cycle` (nil: every date).
    public init(definition: ListDefinition, context: StationContext, cycle: InspectionCycle?, cycleMonths: Int = 1) {
        self.context = context
        columns = definition
        title = definition.title
        table = TableView(columns: definition.tableColumns, emptyMessage: definition.emptyMessage)
        filter = InspectionFilter(cycle: cycle)
        self.cycleMonths = cycle?.months ?? cycleMonths
    }

    public var keyHints: [KeyHint] {
        if table.isFiltering {
            return [
                KeyHint(keys: "输入", action: "户主姓名/拼音首字母/户编号"),
                KeyHint(keys: "Enter", action: "保留筛选"),
                KeyHint(keys: "Esc", action: "清除筛选"),
            ]
        }
        return [
            KeyHint(keys: "[ ]", action: "上/下个周期"),
            KeyHint(keys: "c", action: filter.cycle == nil ? "按周期" : "全部日期"),
            KeyHint(keys: "u", action: "排查人"),
            KeyHint(keys: "r", action: "结果"),
            KeyHint(keys: "/", action: "筛选农户"),
        ] + (mayCorrect ? [KeyHint(keys: "e", action: "更正")] : []) + [
            KeyHint(keys: "Esc", action: table.filter.isEmpty ? "返回" : "清除筛选")
        ]
    }

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
                    return .inspectorsLoaded(try store.visitorChoices())
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(.escape) where !table.isFiltering && table.filter.isEmpty:
            return [.pop]
        case .key(let key):
            if !table.isFiltering, mayCorrect, key == .character("e") { return loadCorrection() }
            if !table.isFiltering, let changed = filterKey(key) {
                filter = changed
                table.reload()
                return loadPendingRows()
            }
            _ = table.handle(key)
            return loadPendingRows()
        case .mouse(let click):
            _ = table.handle(click, in: tableRect)
            return loadPendingRows()
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
        case .inspectorsLoaded(let loaded):
            inspectors = loaded
            return []
        case .correctionLoaded(let inspection):
            guard let definition = context.catalog.form("inspection") else { return [] }
            return [.push(InspectionForm(correcting: inspection, definition: definition, context: context))]
        case .loadFailed(let message):
            loadError = message
            return []
        }
    }

    /// Reads the selected inspection to open the correction form on it.
    func loadCorrection() -> [ScreenCommand] {
        guard let row = table.selectedRow, let id = InspectionID(Self.cursor(fromRowID: row.id).id) else { return [] }
        let store = context.store
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    guard let inspection = try store.inspection(id) else {
                        return .loadFailed("找不到这条排查记录，可能已被作废或更正，请刷新后再试。")
                    }
                    return .correctionLoaded(inspection)
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    /// The filter after `key`, or nil when `key` is not a filter key.
    func filterKey(_ key: Key) -> InspectionFilter? {
        var changed = filter
        let current = filter.cycle ?? InspectionCycle(containing: context.today(), months: cycleMonths)
        switch key {
        case .character("c"), .character("C"):
            changed.cycle = filter.cycle == nil ? current : nil
        case .character("["):
            changed.cycle = current.previous
        case .character("]"):
            changed.cycle = current.next
        case .character("u"), .character("U"):
            changed.inspectorID = nextInspector()
        case .character("r"), .character("R"):
            changed.result =
                switch filter.result {
                case nil: .normal
                case .normal: .problemFound
                case .problemFound: nil
                }
        default:
            return nil
        }
        return changed
    }

    /// The inspector after the chosen one in name order; after the last, every inspector again (nil).
    func nextInspector() -> UserID? {
        guard let current = filter.inspectorID else { return inspectors.first?.id }
        guard let index = inspectors.firstIndex(where: { $0.id == current }), index + 1 < inspectors.count else {
            return nil
        }
        return inspectors[index + 1].id
    }

    /// The filters in words: "第一网格　周期：2026年3月　排查人：全部　结果：全部".
    var filterSummary: String {
        let cycle = filter.cycle?.label ?? "全部"
        let inspector =
            filter.inspectorID.map { id in inspectors.first { $0.id == id }?.name ?? "未知" } ?? "全部"
        let result = filter.result?.label ?? "全部"
        return (scopeName.map { $0 + "　" } ?? "") + "周期：\(cycle)　排查人：\(inspector)　结果：\(result)"
    }

    /// The filter the rows are asked with: the keys' choices and the table's `/` text.
    var currentFilter: InspectionFilter {
        var current = filter
        current.text = table.filter
        return current
    }

    /// While the filter line is open, letters are part of the query, not keys.
    public var capturesText: Bool { table.isFiltering }

    private func loadPendingRows() -> [ScreenCommand] {
        guard let request = table.pendingRequest else { return [] }
        let store = context.store
        let filter = currentFilter
        let knownTotal = table.totalCount
        let columns = columns
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    let rows: [InspectionRow]
                    switch request {
                    case .first(let count): rows = try store.inspectionPage(filter, after: nil, limit: count)
                    case .last(let count):
                        rows = try store.inspectionPage(filter, before: VisitCursor(date: "", id: ""), limit: count)
                    case .after(let id, let count):
                        rows = try store.inspectionPage(filter, after: Self.cursor(fromRowID: id), limit: count)
                    case .before(let id, let count):
                        rows = try store.inspectionPage(filter, before: Self.cursor(fromRowID: id), limit: count)
                    }
                    let total: Int
                    if case .first = request { total = try store.inspectionCount(filter) } else { total = knownTotal }
                    let page = TableRowPage(
                        rows: rows.map { Self.tableRow($0, columns: columns) }, totalCount: total)
                    return .rowsLoaded(page, request: request, filter: filter)
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    static let separator: Character = "\u{1F}"

    static func tableRow(_ row: InspectionRow, columns: ListDefinition) -> TableRow {
        let cells = columns.columns.map { column -> String in
            switch column.id {
            case "inspection_date": row.date.description
            case "household_number": row.householdNumber
            case "head_name": row.headName
            case "grid": row.gridName
            case "inspector":
                (row.inspectorName.isEmpty ? "未知" : row.inspectorName) + (row.outsideOwnGrid ? "（跨网格）" : "")
            case "method": row.method.label
            case "result": row.result.label + (row.isCorrection ? "（更正）" : "")
            default: ""
            }
        }
        return TableRow(id: row.cursor.date + String(separator) + row.cursor.id, cells: cells)
    }

    static func cursor(fromRowID id: String) -> VisitCursor {
        let parts = id.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        return VisitCursor(date: parts.first ?? "", id: parts.count > 1 ? parts[1] : "")
    }
}

extension InspectionHistory {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        canvas.draw(filterSummary, at: rect.origin, style: theme.accent, maxWidth: rect.width)
        table.render(into: &canvas, in: tableRect, theme: theme, focused: true)
        if let loadError {
            canvas.draw(
                "【错误】" + loadError, at: Point(x: rect.x, y: rect.maxY - 1), style: theme.error, maxWidth: rect.width)
        }
    }
}
