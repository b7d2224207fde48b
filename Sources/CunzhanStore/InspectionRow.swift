import CunzhanCore
import GRDB

/// One line of the inspection history: when, which household and grid, who, how, and what was found.
public struct InspectionRow: Equatable, Sendable, Identifiable {
    public var id: InspectionID
    public var date: CalendarDate
    public var householdID: HouseholdID
    public var householdNumber: String
    public var headName: String
    public var gridID: GridID
    public var gridName: String
    /// The inspector's name, or empty when the user is unknown at this station.
    public var inspectorName: String
    public var method: InspectionMethod
    public var result: InspectionResult
    public var notes: String
    /// The inspector confirmed inspecting a household outside their own grid.
    public var outsideOwnGrid: Bool
    /// This record corrects an earlier one.
    public var isCorrection: Bool

    /// Where this row sits in the history order (newest date first, then id), for the next or previous page.
    public var cursor: VisitCursor { VisitCursor(date: date.description, id: id.text) }

    static let selectSQL = """
        SELECT i.id, i.date, i.household_id, i.grid_id, i.method, i.result, i.notes, i.answers, i.supersedes,
            h.household_number, h.head_name, g.name AS grid_name, u.name AS inspector_name
        FROM inspections i JOIN households h ON h.id = i.household_id JOIN grids g ON g.id = i.grid_id
        LEFT JOIN users u ON u.id = i.inspector_id
        """

    init(row: Row) throws {
        id = try row.id("id")
        date = try row.date("date")
        householdID = try row.id("household_id")
        householdNumber = row["household_number"]
        headName = row["head_name"]
        gridID = try row.id("grid_id")
        gridName = row["grid_name"]
        inspectorName = row["inspector_name"] ?? ""
        method = try row.value("method")
        result = try row.value("result")
        notes = row["notes"]
        let answers: [String: String] = try row.json("answers")
        outsideOwnGrid = answers[InspectionAnswers.outsideOwnGrid] == "是"
        isCorrection = (row["supersedes"] as String?) != nil
    }
}

/// Answer keys the inspection flow keeps on an inspection besides the form's own fields.
public enum InspectionAnswers {
    /// "是" when the inspector confirmed inspecting a household outside the grids they answer for; the
    /// inspector is the record's `inspectorID`, so the record says who did it.
    public static let outsideOwnGrid = "outside_own_grid"
    /// The id of the rectification item raised from this inspection (整改事项, source 网格排查).
    public static let raisedItem = "raised_item"
    /// "是" when the household was flagged for a monitoring review from this inspection.
    public static let flaggedForReview = "flagged_for_review"
}

/// What the inspection history shows: one household, grid or inspector, a cycle and a result, each optional.
public struct InspectionFilter: Equatable, Sendable {
    public var householdID: HouseholdID?
    public var gridID: GridID?
    public var inspectorID: UserID?
    /// Only inspections dated in the cycle.
    public var cycle: InspectionCycle?
    public var result: InspectionResult?
    /// Household head name, pinyin initials or full pinyin, 户编号 or group, as in the register.
    public var text: String

    public init(
        householdID: HouseholdID? = nil, gridID: GridID? = nil, inspectorID: UserID? = nil,
        cycle: InspectionCycle? = nil, result: InspectionResult? = nil, text: String = ""
    ) {
        self.householdID = householdID
        self.gridID = gridID
        self.inspectorID = inspectorID
        self.cycle = cycle
        self.result = result
        self.text = text
    }
}
