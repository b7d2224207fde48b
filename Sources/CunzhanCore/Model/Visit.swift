/// An 入户走访 (household visit): an append-only record of what the visitor found.
///
/// A correction is a new visit that `supersedes` the old one; a visit is never edited in place.
public struct Visit: Codable, Sendable, Equatable, Identifiable {
    public var id: VisitID
    public var householdID: HouseholdID
    public var date: CalendarDate
    public var visitorID: UserID
    public var guarantees: Guarantees
    /// The visitor's estimate of this year's per-capita net income, in whole 元.
    public var incomeEstimate: Money?
    public var risksFound: [RiskType]
    public var measures: [AssistanceMeasure]
    /// The household acknowledged the record (户主签字确认).
    public var acknowledged: Bool
    public var notes: String
    /// The visit this one corrects.
    public var supersedes: VisitID?
    /// Answers to form fields the record has no column for, by field id (DESIGN.md §3), kept and synced
    /// with the record so an edit form gets them back.
    public var answers: [String: String]

    public init(
        id: VisitID = VisitID(), householdID: HouseholdID, date: CalendarDate, visitorID: UserID,
        guarantees: Guarantees = .allMet, incomeEstimate: Money? = nil, risksFound: [RiskType] = [],
        measures: [AssistanceMeasure] = [], acknowledged: Bool = true, notes: String = "", supersedes: VisitID? = nil,
        answers: [String: String] = [:]
    ) {
        self.id = id
        self.householdID = householdID
        self.date = date
        self.visitorID = visitorID
        self.guarantees = guarantees
        self.incomeEstimate = incomeEstimate
        self.risksFound = risksFound
        self.measures = measures
        self.acknowledged = acknowledged
        self.notes = notes
        self.supersedes = supersedes
        self.answers = answers
    }
}

public typealias VisitID = EntityID<Visit>
