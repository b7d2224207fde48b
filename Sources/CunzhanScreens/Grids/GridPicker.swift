import CunzhanCore
import CunzhanStore
import TerminalUI

/// Chooses the grid a household belongs to (or 未分配): Enter saves the move as one household patch and
/// goes back to the list it came from, which reads its households again.
public struct GridPicker: Screen {
    public enum Action: Sendable {
        case loaded([GridSummary])
        case moved
        case failed(String)
    }

    public let title = "分到网格"
    let householdID: HouseholdID
    let villageID: VillageID
    let context: StationContext
    var grids: [GridSummary] = []
    var selection = 0
    var error: String?

    public init(householdID: HouseholdID, villageID: VillageID, context: StationContext) {
        self.householdID = householdID
        self.villageID = villageID
        self.context = context
    }

    public var keyHints: [KeyHint] {
        [KeyHint(keys: "Enter", action: "分到选中的网格"), KeyHint(keys: "Esc", action: "返回")]
    }

    public mutating func appear() -> [ScreenCommand] {
        let store = context.store
        let villageID = villageID
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .loaded(try store.gridSummaries(in: villageID))
                } catch {
                    return .failed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .up, .character("k"): selection = max(0, selection - 1)
        case .down, .character("j"): selection = min(grids.count, selection + 1)
        case .escape: return [.pop]
        case .enter:
            let target = grids.indices.contains(selection) ? grids[selection].grid.id : nil
            let store = context.store
            let author = context.user.id
            let householdID = householdID
            return [
                .run { () -> Action in
                    do throws(StoreError) {
                        try store.write(author: author) { try $0.assignHouseholds([householdID], to: target) }
                        return .moved
                    } catch {
                        return .failed(error.message)
                    }
                }
            ]
        default: break
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .loaded(let loaded): grids = loaded
        case .moved: return [.pop]
        case .failed(let text): error = text
        }
        return []
    }

    /// The grids, then 未分配 as the last choice.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        canvas.draw("把该户分到：", at: rect.origin, style: theme.accent, maxWidth: rect.width)
        let names = grids.map { "\($0.grid.name)（\($0.workerName ?? "未指定网格员")）" } + ["未分配（移出网格）"]
        for (index, name) in names.enumerated().prefix(max(0, rect.height - 2)) {
            let y = rect.y + 1 + index
            let style = index == selection ? theme.selection : theme.normal
            if index == selection { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), with: style) }
            canvas.draw("  " + name, at: Point(x: rect.x, y: y), style: style, maxWidth: rect.width)
        }
        if let error {
            canvas.draw(
                "【错误】" + error, at: Point(x: rect.x, y: rect.maxY - 1), style: theme.error, maxWidth: rect.width)
        }
    }
}
