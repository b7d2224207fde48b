import CunzhanCore
import CunzhanStore
import TerminalUI

/// 覆盖情况: how far each grid of the village has got in this inspection cycle, and every village's summary.
///
/// One line per grid (the user's own grids first) with reached/total, a bar and what is left, then the
/// village's 未分配 households (listed, never skipped), then one line per village. The cycle and its days
/// left sit on top. Enter lists the selected grid's households not yet reached, where one key starts an
/// inspection; `r` 排查记录 shows the grid's inspection history. The board is read again whenever the
/// screen comes back to the top, so a saved inspection shows at once.
public struct CoverageBoardScreen: Screen {
    public enum Action: Sendable {
        case boardLoaded(CoverageBoard)
        case loadFailed(String)
    }

    /// A selectable line of the board: a grid, or the village's unassigned households.
    enum Line: Equatable {
        case grid(CoverageBoard.GridLine)
        case unassigned(CoverageTally)
    }

    public let title = "覆盖情况"
    let context: StationContext
    let villageID: VillageID?
    var board: CoverageBoard?
    var selection = 0
    var loadError: String?
    /// The first village shown in the summary; PgDn and PgUp page through a county's villages.
    var villageTop = 0
    /// Whether the user may log inspections from the lists (a 督导 only looks).
    public var mayInspect = true
    var area = Rect(x: 0, y: 1, width: Size.minimum.width, height: Size.minimum.height - 2)

    /// The board of `villageID` for `context.user`, on `context.today()`.
    public init(villageID: VillageID?, context: StationContext) {
        self.villageID = villageID
        self.context = context
    }

    public var keyHints: [KeyHint] {
        var hints = [
            KeyHint(keys: "Enter", action: "未排查的户"),
            KeyHint(keys: "r", action: "排查记录"),
            KeyHint(keys: "上下", action: "选择网格"),
        ]
        if (board?.villages.count ?? 0) > 1 { hints.append(KeyHint(keys: "PgUp/PgDn", action: "翻看各村")) }
        return hints + [KeyHint(keys: "Esc", action: "返回")]
    }

    /// Villages a PgDn moves the summary by.
    static let villagePage = 10

    /// The grids, then 未分配 when the village has such households.
    var lines: [Line] {
        guard let board else { return [] }
        let grids = board.grids.map(Line.grid)
        return board.unassigned.total > 0 ? grids + [.unassigned(board.unassigned)] : grids
    }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        area = rect
        return []
    }

    public mutating func appear() -> [ScreenCommand] {
        let store = context.store
        let villageID = villageID
        let userID = context.user.id
        let today = context.today()
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .boardLoaded(try store.coverageBoard(villageID: villageID, userID: userID, on: today))
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .up, .character("k"):
            selection = max(0, selection - 1)
        case .down, .character("j"):
            selection = min(max(0, lines.count - 1), selection + 1)
        case .home:
            selection = 0
        case .end:
            selection = max(0, lines.count - 1)
        case .pageDown:
            villageTop = min(max(0, (board?.villages.count ?? 0) - 1), villageTop + Self.villagePage)
        case .pageUp:
            villageTop = max(0, villageTop - Self.villagePage)
        case .enter:
            return openSelected()
        case .character("r"), .character("R"):
            return openHistory()
        case .escape:
            return [.pop]
        default:
            break
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .boardLoaded(let loaded):
            board = loaded
            loadError = nil
            selection = min(selection, max(0, lines.count - 1))
        case .loadFailed(let message):
            loadError = message
        }
        return []
    }

    private func openSelected() -> [ScreenCommand] {
        guard let board, let villageID = board.villageID, lines.indices.contains(selection) else { return [] }
        var grid: (id: GridID, name: String)?
        if case .grid(let line) = lines[selection] { grid = (line.id, line.name) }
        var list = CoverageHouseholdsScreen(villageID: villageID, grid: grid, cycle: board.cycle, context: context)
        list.mayInspect = mayInspect
        return [.push(list)]
    }

    private func openHistory() -> [ScreenCommand] {
        guard let board, lines.indices.contains(selection), case .grid(let grid) = lines[selection] else { return [] }
        guard let definition = context.catalog.list("inspections") else { return [] }
        var history = InspectionHistory(definition: definition, context: context, cycle: board.cycle)
        history.filter.gridID = grid.id
        history.scopeName = grid.name
        history.mayCorrect = mayInspect
        return [.push(history)]
    }
}
