import CunzhanCore
import CunzhanStore
import ScreenDefinitions

/// What the 四定闭环 screens need: the station context (store, definitions, today, work calendar) and the
/// signed-in user with their role, which decides the actions each screen offers.
public struct LoopContext: Sendable {
    public var station: StationContext
    public var user: User

    public init(station: StationContext, user: User) {
        self.station = station
        self.user = user
    }

    public var store: StationStore { station.store }
    public var catalog: ScreenCatalog { station.catalog }
    public var today: CalendarDate { station.today() }
    public var calendar: WorkCalendar { station.calendar }

    /// Whether the user's role may do `capability`.
    public func may(_ capability: Capability) -> Bool { Permissions.allows(user.role, capability) }

    /// The same in a list cell: "逾期 3", "今天到期", "剩 2".
    public func dueShort(deadline: CalendarDate?, state: RectificationState) -> String {
        guard let deadline, state != .closed else { return "" }
        let today = self.today
        if deadline < today { return "逾期 \(-calendar.workingDays(from: today, to: deadline))" }
        if deadline == today { return "今天到期" }
        return "剩 \(calendar.workingDays(from: today, to: deadline))"
    }

    /// "逾期 3 个工作日", "今天到期", "还有 2 个工作日" or "" for an item without a deadline or closed.
    public func dueText(deadline: CalendarDate?, state: RectificationState) -> String {
        guard let deadline, state != .closed else { return "" }
        let today = self.today
        if deadline < today { return "逾期 \(-calendar.workingDays(from: today, to: deadline)) 个工作日" }
        if deadline == today { return "今天到期" }
        return "还有 \(calendar.workingDays(from: today, to: deadline)) 个工作日"
    }
}

extension StationScreens {
    /// The 四定闭环 context of `session`: today from the store's clock and the store's work calendar.
    func loopContext(_ session: Session) -> LoopContext {
        let store = store
        var station = StationContext(
            store: store, catalog: catalog, user: ActingUser(id: session.userID, name: session.userName),
            today: { store.today })
        station.villageID = session.village?.id
        station.mayEditHouseholds = session.may(.editHousehold)
        station.calendar = (try? store.workCalendar()) ?? .shipped
        return LoopContext(station: station, user: session.user)
    }

    /// 我的任务 of the signed-in user.
    public func myTasks(session: Session) -> MyTasks { MyTasks(context: loopContext(session)) }

    /// The issue queue (问题清单) across villages.
    public func issueQueue(session: Session) -> IssueQueue { IssueQueue(context: loopContext(session)) }

    /// The monthly theme (月度主题) and its checklist.
    public func themeScreen(session: Session) -> ThemeScreen { ThemeScreen(context: loopContext(session)) }

    /// The monthly 调度 view per village.
    public func dispatchView(session: Session) -> DispatchView { DispatchView(context: loopContext(session)) }
}
