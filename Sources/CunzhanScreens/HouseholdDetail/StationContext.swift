import CunzhanCore
import CunzhanStore
import Foundation
import ScreenDefinitions

/// The person recording visits at this station: a user id for the records and a name for the forms.
///
/// It comes from the signed-in `Session` (see `StationScreens.householdRegister(session:)`).
public struct ActingUser: Equatable, Sendable {
    public var id: UserID
    public var name: String

    public init(id: UserID, name: String) {
        self.id = id
        self.name = name
    }
}

/// What the screens that read and write households need: the store, the screen definitions, who acts and
/// what day it is.
///
/// Passed from screen to screen (register, detail, visit form) so tests can fix the day and the user.
public struct StationContext: Sendable {
    public var store: StationStore
    public var catalog: ScreenCatalog
    public var user: ActingUser
    /// Today's date at the station; a clock in tests.
    public var today: @Sendable () -> CalendarDate
    /// The signed-in user's village, where new households go; nil lets the form use the station's only one.
    public var villageID: VillageID?
    /// Whether the user may add and edit households and members (`Capability.editHousehold`): the register
    /// and the detail show `a`, `e`, `m` only then.
    public var mayEditHouseholds = false
    /// Working days, holidays and 调休 for "due in N working days" and overdue (the store's calendar in force).
    public var calendar: WorkCalendar = .shipped

    public init(
        store: StationStore, catalog: ScreenCatalog, user: ActingUser,
        today: @escaping @Sendable () -> CalendarDate = StationContext.stationToday
    ) {
        self.store = store
        self.catalog = catalog
        self.user = user
        self.today = today
    }

    /// Today in the station's time zone (Asia/Shanghai), whatever zone the machine is set to.
    public static let stationToday: @Sendable () -> CalendarDate = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: 0)
    }
}
