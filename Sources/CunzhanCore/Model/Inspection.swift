/// A 网格排查记录 (grid inspection log entry): an append-only record of one household contacted.
public struct Inspection: Codable, Sendable, Equatable, Identifiable {
    public var id: InspectionID
    public var gridID: GridID
    public var householdID: HouseholdID
    public var inspectorID: UserID
    public var date: CalendarDate
    public var method: InspectionMethod
    public var result: InspectionResult
    public var notes: String
    /// Answers to form fields the record has no column for, by field id (DESIGN.md §3), kept and synced
    /// with the record so an edit form gets them back.
    public var answers: [String: String]
    /// The inspection this one corrects: records are never edited, a correction is a new record that
    /// supersedes the old one (DESIGN.md §4), and only the newest of a chain counts.
    public var supersedes: InspectionID?

    public init(
        id: InspectionID = InspectionID(), gridID: GridID, householdID: HouseholdID, inspectorID: UserID,
        date: CalendarDate, method: InspectionMethod, result: InspectionResult, notes: String = "",
        answers: [String: String] = [:], supersedes: InspectionID? = nil
    ) {
        self.id = id
        self.gridID = gridID
        self.householdID = householdID
        self.inspectorID = inspectorID
        self.date = date
        self.method = method
        self.result = result
        self.notes = notes
        self.answers = answers
        self.supersedes = supersedes
    }
}

public typealias InspectionID = EntityID<Inspection>
