import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// 网格管理: the village's grids with their groups, grid worker, deputy and households.
///
/// `a` adds a grid and `e` (or Enter) edits the selected one (form `Screens/grid.yaml`); `g` puts every
/// household of the grid's villager groups into it (bulk assignment by 村民小组, after a confirmation);
/// `h` lists the grid's households and `u` the village's 未分配 ones, where households are moved one by
/// one and marked 长期外出; `c` changes the village's inspection cycle (1, 2, 3, 4, 6 or 12 months).
public struct GridList: Screen {
    public enum Action: Sendable {
        case loaded([GridSummary], Village?)
        case loadFailed(String)
        case bulkAssignChosen(GridID)
        case cycleChosen(Int)
        case written(String)
    }

    public let title = "网格管理"
    let context: StationContext
    let villageID: VillageID
    var grids: [GridSummary] = []
    var village: Village?
    var selection = 0
    var message: String?
    var messageIsError = false

    public init(villageID: VillageID, context: StationContext) {
        self.villageID = villageID
        self.context = context
    }

    public var keyHints: [KeyHint] {
        [
            KeyHint(keys: "a", action: "新建"),
            KeyHint(keys: "e", action: "编辑"),
            KeyHint(keys: "g", action: "按小组分配"),
            KeyHint(keys: "h", action: "本网格农户"),
            KeyHint(keys: "u", action: "未分配农户"),
            KeyHint(keys: "c", action: "排查周期"),
            KeyHint(keys: "Esc", action: "返回"),
        ]
    }

    var selected: GridSummary? { grids.indices.contains(selection) ? grids[selection] : nil }

    public mutating func appear() -> [ScreenCommand] {
        let store = context.store
        let villageID = villageID
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .loaded(try store.gridSummaries(in: villageID), try store.village(villageID))
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .up, .character("k"): selection = max(0, selection - 1)
        case .down, .character("j"): selection = min(max(0, grids.count - 1), selection + 1)
        case .escape: return [.pop]
        case .character("a"): return [.push(GridEdit(grid: nil, villageID: villageID, context: context))]
        case .character("e"), .enter:
            guard let selected else { return [] }
            return [.push(GridEdit(grid: selected.grid, villageID: villageID, context: context))]
        case .character("g"):
            guard let selected else { return [] }
            let groups = selected.groupNames.joined(separator: "、")
            return [
                .confirm(
                    Confirmation(
                        title: "按村民小组分配", message: "把\(groups)的全部农户分到\(selected.grid.name)？已在其他网格的农户也会移过来。",
                        yes: Action.bulkAssignChosen(selected.grid.id)))
            ]
        case .character("h"):
            guard let selected else { return [] }
            return [.push(householdsScreen(grid: (selected.grid.id, selected.grid.name)))]
        case .character("u"):
            return [.push(householdsScreen(grid: nil))]
        case .character("c"):
            let current = village?.inspectionCycleMonths ?? 1
            let allowed = InspectionCycle.allowedMonths
            let next = allowed[((allowed.firstIndex(of: current) ?? 0) + 1) % allowed.count]
            return [
                .confirm(
                    Confirmation(
                        title: "排查周期", message: "本村现在每 \(current) 个月排查一轮。改为每 \(next) 个月一轮吗？（再按 c 可继续换）",
                        yes: Action.cycleChosen(next)))
            ]
        default: break
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .loaded(let loaded, let village):
            grids = loaded
            self.village = village
            selection = min(selection, max(0, grids.count - 1))
            return []
        case .loadFailed(let text):
            show(text, isError: true)
            return []
        case .bulkAssignChosen(let gridID):
            return write { writer in
                let moved = try writer.assignGroupHouseholds(to: gridID)
                return "已把 \(moved) 户分到该网格"
            }
        case .cycleChosen(let months):
            let villageID = villageID
            return write { writer in
                try writer.setInspectionCycle(of: villageID, months: months)
                return "排查周期已改为每 \(months) 个月一轮"
            }
        case .written(let text):
            show(text, isError: false)
            return appear()
        }
    }

    func householdsScreen(grid: (id: GridID, name: String)?) -> CoverageHouseholdsScreen {
        let cycle = InspectionCycle(containing: context.today(), months: village?.inspectionCycleMonths ?? 1)
        var screen = CoverageHouseholdsScreen(villageID: villageID, grid: grid, cycle: cycle, context: context)
        screen.enableManagement()
        return screen
    }

    /// Runs one user action in a transaction; its message, or the refusal, comes back.
    func write(_ body: @escaping @Sendable (StationWriter) throws -> String) -> [ScreenCommand] {
        let store = context.store
        let author = context.user.id
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .written(try store.write(author: author, body))
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    mutating func show(_ text: String, isError: Bool) {
        message = text
        messageIsError = isError
    }
}

extension GridList {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        var y = rect.y
        let months = village?.inspectionCycleMonths ?? 1
        let head = "\(village?.name ?? "本村")：\(grids.count) 个网格，每 \(months) 个月排查一轮"
        if let message {
            canvas.draw(
                messageIsError ? "【错误】" + message : message, at: Point(x: rect.x, y: y),
                style: messageIsError ? theme.error : theme.accent, maxWidth: rect.width)
        } else {
            canvas.draw(head, at: Point(x: rect.x, y: y), style: theme.accent, maxWidth: rect.width)
        }
        y += 2
        let widths = TableColumn.widths(of: Self.columns, totalWidth: rect.width)
        canvas.draw(Self.row(Self.columns.map(\.title), widths), at: Point(x: rect.x, y: y), style: theme.dim)
        y += 1
        if grids.isEmpty {
            canvas.draw("还没有网格，按 a 新建", at: Point(x: rect.x, y: y), style: theme.dim, maxWidth: rect.width)
        }
        let height = rect.maxY - y
        let top = max(0, min(selection - height + 1, grids.count - height))
        for (index, summary) in grids.enumerated().dropFirst(top).prefix(max(0, height)) {
            let style = index == selection ? theme.selection : theme.normal
            if index == selection { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), with: style) }
            let cells = [
                summary.grid.name, summary.groupNames.joined(separator: "、"), summary.workerName ?? "未指定",
                summary.deputyName ?? "", "\(summary.householdCount) 户",
            ]
            canvas.draw(Self.row(cells, widths), at: Point(x: rect.x, y: y), style: style, maxWidth: rect.width)
            y += 1
        }
    }

    static let columns = [
        TableColumn(title: "网格", width: .flexible(weight: 2)),
        TableColumn(title: "覆盖小组", width: .flexible(weight: 4)),
        TableColumn(title: "网格员", width: .flexible(weight: 2)),
        TableColumn(title: "副网格员", width: .flexible(weight: 2)),
        TableColumn(title: "户数", width: .fixed(8), alignment: .trailing),
    ]

    static func row(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, zip(widths, columns)).map { cell, column in
            TextLayout.fit(cell, width: column.0, alignment: column.1.alignment)
        }.joined(separator: " ")
    }
}
