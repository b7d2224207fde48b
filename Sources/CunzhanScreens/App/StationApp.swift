import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// Puts the application together: the first screen, the top bar's status and the theme, from a store
/// and the screen definitions. The executable only opens the terminal and calls `run`.
public enum StationApp {
    /// The program as `cunzhan` starts it: the first-run set-up on a store without users, else the login
    /// (which leads to the home screen).
    public static func start(
        store: StationStore, catalog: ScreenCatalog, size: Size, theme: Theme
    ) throws(StoreError) -> Program {
        let screens = try StationScreens(store: store, catalog: catalog)
        let first: any Screen = try store.userSummaries().isEmpty ? screens.setup() : screens.login()
        return Program(root: first, status: try status(of: store), theme: theme, size: size)
    }

    /// A program that opens straight on the household register, signed in as `session` when given:
    /// what tests and `cunzhan bench` drive, skipping the login.
    public static func program(
        store: StationStore, catalog: ScreenCatalog, size: Size, theme: Theme, session: Session? = nil
    ) throws(StoreError) -> Program {
        let screens = try StationScreens(store: store, catalog: catalog)
        var status = try status(of: store)
        session?.apply(to: &status)
        return Program(root: screens.householdRegister(session: session), status: status, theme: theme, size: size)
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
