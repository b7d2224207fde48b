import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// Puts the application together: the first screen, the top bar's status and the theme, from a store
/// and the screen definitions. The executable only opens the terminal and calls `run`.
public enum StationApp {
    /// The program as it starts: the household register of `store`, laid out for `size`.
    public static func program(
        store: StationStore, catalog: ScreenCatalog, size: Size, theme: Theme
    ) throws(StoreError) -> Program {
        guard let definition = catalog.list("households") else {
            throw StoreError(.invalidValue, "界面定义缺少农户列表（households），请检查 Screens 目录")
        }
        let context = try ActingUser.firstVisitor(in: store).map {
            StationContext(store: store, catalog: catalog, user: $0)
        }
        let register = HouseholdList(store: store, definition: definition, context: context)
        return Program(root: register, status: try status(of: store), theme: theme, size: size)
    }

    /// The top bar's status: the village (or how many villages), and how many changes wait to be uploaded.
    public static func status(of store: StationStore) throws(StoreError) -> StatusLine {
        let villages = try store.villages()
        let village =
            switch villages.count {
            case 0: "未设置"
            case 1: villages[0].name
            default: "\(villages.count) 个行政村"
            }
        let pending = try store.pendingOpCount()
        return StatusLine(station: "本机", village: village, syncState: "待上传 \(pending)")
    }
}
