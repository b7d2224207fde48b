import CunzhanCore
import GRDB

/// The coverage board's numbers for one cycle: each grid of a village, its 未分配 households, and every
/// village of the station.
public struct CoverageBoard: Equatable, Sendable {
    /// One grid's line: who answers for it and how far it has got.
    public struct GridLine: Equatable, Sendable, Identifiable {
        public var id: GridID
        public var name: String
        public var workerName: String?
        public var deputyName: String?
        public var tally: CoverageTally
        /// The signed-in user is the grid's worker or deputy: the board lists it first.
        public var isOwn: Bool
    }

    /// One village's line of the summary.
    public struct VillageLine: Equatable, Sendable, Identifiable {
        public var id: VillageID
        public var name: String
        public var cycle: InspectionCycle
        public var tally: CoverageTally
    }

    /// The cycle of the board's village, on the day asked.
    public var cycle: InspectionCycle
    public var today: CalendarDate
    /// The village the grid lines belong to (nil when the station has none).
    public var villageID: VillageID?
    /// The user's own grids first, then by name.
    public var grids: [GridLine]
    /// Households of the village without a grid, with their own tally (never skipped).
    public var unassigned: CoverageTally
    /// Every village of the station, by name.
    public var villages: [VillageLine]

    /// Days left in the cycle, today included.
    public var daysLeft: Int { cycle.daysLeft(on: today) }

    /// The village's tally: its grids and its unassigned households.
    public var villageTally: CoverageTally { grids.map(\.tally).reduce(unassigned, +) }
}

/// One household on the coverage board's lists (not yet reached, a grid's households, 未分配).
public struct CoverageHousehold: Equatable, Sendable, Identifiable {
    public var id: HouseholdID
    public var householdNumber: String
    public var headName: String
    public var groupName: String
    public var gridID: GridID?
    public var longAbsent: Bool
    public var contacts: ContactSummary
    /// Reached in the cycle the list was asked for.
    public var reached: Bool

    static let selectSQL = """
        SELECT h.id, h.household_number, h.head_name, h.grid_id, h.long_absent, h.last_in_person_inspection,
            h.last_inspection, g.name AS group_name
        FROM households h JOIN villager_groups g ON g.id = h.group_id
        """

    init(row: Row, cycle: InspectionCycle) throws {
        id = try row.id("id")
        householdNumber = row["household_number"]
        headName = row["head_name"]
        groupName = row["group_name"]
        gridID = try row.optionalID("grid_id")
        longAbsent = row["long_absent"]
        contacts = ContactSummary(
            latestInPerson: try row.optionalDate("last_in_person_inspection"),
            latestAny: try row.optionalDate("last_inspection"))
        reached = CoverageRule.isReached(longAbsent: longAbsent, contacts: contacts, in: cycle)
    }
}

/// A grid as grid management lists it: the grid with its people's and groups' names and its households.
public struct GridSummary: Equatable, Sendable, Identifiable {
    public var grid: Grid
    public var workerName: String?
    public var deputyName: String?
    public var groupNames: [String]
    public var householdCount: Int

    public var id: GridID { grid.id }
}

/// Which households a coverage list shows: a grid's (or the village's 未分配 ones when `gridID` is nil),
/// all of them or only those not yet reached in `cycle`.
public struct CoverageQuery: Equatable, Sendable {
    public var villageID: VillageID
    public var gridID: GridID?
    public var cycle: InspectionCycle
    public var onlyUnreached: Bool
    /// Head name, pinyin initials or full pinyin, ID or phone tail, 户编号, as in the register; empty for all.
    public var text: String

    public init(
        villageID: VillageID, gridID: GridID?, cycle: InspectionCycle, onlyUnreached: Bool, text: String = ""
    ) {
        self.villageID = villageID
        self.gridID = gridID
        self.cycle = cycle
        self.onlyUnreached = onlyUnreached
        self.text = text
    }
}
