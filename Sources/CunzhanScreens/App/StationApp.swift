import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// Puts the application together: the first screen, the top bar's status and the theme, from a store
/// and the screen definitions. The executable only opens the terminal and calls `run`.
public enum StationApp {
    /// The program as `cunzhan` starts it: the first-run set-up on a store without users, else the login
    /// (which leads to the home screen).
    /// F5 opens the sync screen with `syncRunner` (the live one talks to the enrolled server).
    public static func start(
        store: StationStore, catalog: ScreenCatalog, size: Size, theme: Theme, syncRunner: SyncRunner? = nil
    ) throws(StoreError) -> Program {
        let screens = try StationScreens(store: store, catalog: catalog)
        let first: any Screen = try store.userSummaries().isEmpty ? screens.setup() : screens.login()
        var program = Program(root: first, status: try status(of: store), theme: theme, size: size)
        keepSyncStatusCurrent(in: &program, store: store)
        if let syncRunner { program.globalScreens.append(syncKey(store: store, runner: syncRunner)) }
        return program
    }

    /// A program that opens straight on the household register, signed in as `session` when given:
    /// what tests and `cunzhan bench` drive, skipping the login.
    public static func program(
        store: StationStore, catalog: ScreenCatalog, size: Size, theme: Theme, session: Session? = nil
    ) throws(StoreError) -> Program {
        let screens = try StationScreens(store: store, catalog: catalog)
        var status = try status(of: store)
        session?.apply(to: &status)
        var program = Program(
            root: screens.householdRegister(session: session), status: status, theme: theme, size: size)
        keepSyncStatusCurrent(in: &program, store: store)
        return program
    }

    /// Has `program` refresh the top bar's sync state after each effect, so 待上传 follows every save.
    public static func keepSyncStatusCurrent(in program: inout Program, store: StationStore) {
        program.refreshStatus = SyncStatusRefresher(store: store).refresh
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
        return StatusLine(station: "本机", village: village, syncState: try store.syncStatus().text)
    }

    /// F5 from any screen: the sync screen, running one sync in the background.
    public static func syncKey(store: StationStore, runner: SyncRunner) -> GlobalScreenKey {
        GlobalScreenKey(key: .function(5), hint: KeyHint(keys: "F5", action: "与服务器同步")) {
            SyncScreen(store: store, runner: runner)
        }
    }
}
