import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// Makes the app's screens from one store and one set of screen definitions.
///
/// Screens that lead to other screens (set-up to login, login to home, home to the register) hold this
/// instead of each carrying the store and the definitions along, so adding a screen changes one place.
public struct StationScreens: Sendable {
    public let store: StationStore
    public let catalog: ScreenCatalog
    /// The household list's definition (`households` in Screens/).
    let households: ListDefinition
    /// The visit history's definition (`visits` in Screens/); without it home offers no visit history.
    let visits: ListDefinition?

    /// Screens over `store`; fails when `catalog` lacks the household list the home screen opens.
    public init(store: StationStore, catalog: ScreenCatalog) throws(StoreError) {
        guard let households = catalog.list("households") else {
            throw StoreError(.invalidValue, "界面定义缺少农户列表（households），请检查 Screens 目录")
        }
        self.store = store
        self.catalog = catalog
        self.households = households
        visits = catalog.list("visits")
    }

    /// The first-run set-up of an empty station.
    public func setup() -> Setup { Setup(screens: self) }

    /// The login screen, with `name` already typed (after set-up, the new administrator).
    public func login(name: String = "") -> Login { Login(screens: self, name: name) }

    /// The home screen of a signed-in user.
    public func home(_ session: Session) -> Home { Home(screens: self, session: session) }

    /// The administrator's user list (add, disable, reset a PIN).
    public func userList(session: Session) -> UserList { UserList(screens: self, session: session) }

    /// The household register. For a user who may record visits, Enter opens a household's detail (and its
    /// visit form); otherwise, and without a session, Enter shows the household's summary.
    public func householdRegister(session: Session?) -> HouseholdList {
        let context = session.flatMap { session -> StationContext? in
            guard session.may(.recordVisit) else { return nil }
            var context = StationContext(
                store: store, catalog: catalog, user: ActingUser(id: session.userID, name: session.userName))
            context.villageID = session.village?.id
            context.mayEditHouseholds = session.may(.editHousehold)
            return context
        }
        return HouseholdList(store: store, definition: households, context: context)
    }

    /// The village's visit history, opening on this month; Enter opens a household's detail for `session`'s user.
    /// Nil when the screen definitions lack the visit list.
    public func visitHistory(session: Session) -> VisitHistory? {
        guard let visits else { return nil }
        let store = store
        // The store's clock decides the month it opens on, as it does for the home counts.
        let context = StationContext(
            store: store, catalog: catalog, user: ActingUser(id: session.userID, name: session.userName),
            today: { store.today })
        var history = VisitHistory(definition: visits, context: context)
        if session.may(.raiseItem) { history.raising = loopContext(session) }
        return history
    }

    /// What the grid screens (coverage, inspections, grid management) act with: the user and the store's today.
    func gridContext(_ session: Session) -> StationContext {
        let store = store
        var context = StationContext(
            store: store, catalog: catalog, user: ActingUser(id: session.userID, name: session.userName),
            today: { store.today })
        context.villageID = session.village?.id
        return context
    }

    /// 覆盖情况: the inspection cycle's coverage of the user's village, their own grids first.
    public func coverageBoard(session: Session) -> CoverageBoardScreen {
        var board = CoverageBoardScreen(villageID: session.village?.id, context: gridContext(session))
        board.mayInspect = session.may(.recordInspection)
        return board
    }

    /// 网格管理 of the user's village; nil when the session has no village.
    public func gridList(session: Session) -> GridList? {
        guard let villageID = session.village?.id else { return nil }
        return GridList(villageID: villageID, context: gridContext(session))
    }

    /// 排查记录: the station's inspections of this cycle, newest first; nil without the list definition.
    public func inspectionHistory(session: Session) -> InspectionHistory? {
        guard let definition = catalog.list("inspections") else { return nil }
        let context = gridContext(session)
        let months = session.village?.inspectionCycleMonths ?? 1
        var history = InspectionHistory(
            definition: definition, context: context,
            cycle: InspectionCycle(containing: context.today(), months: months))
        history.mayCorrect = session.may(.recordInspection)
        return history
    }

    /// The roster import of `session`'s village; nil without a village or for a role that may not edit households.
    public func rosterImport(session: Session) -> RosterImport? {
        guard let village = session.village, session.may(.editHousehold) else { return nil }
        return RosterImport(store: store, session: session, villageID: village.id)
    }

    /// The register export of `session`'s village; nil without a village or for a role that may not export.
    public func registerExport(session: Session) -> RegisterExport? {
        guard let village = session.village, session.may(.exportLedger) else { return nil }
        return RegisterExport(store: store, session: session, villageID: village.id)
    }

    /// 需处理: this station's changes the server rejected or flagged, to fix and resend or discard.
    public func needsAttention(session: Session?) -> NeedsAttentionList {
        NeedsAttentionList(store: store, session: session)
    }
}
