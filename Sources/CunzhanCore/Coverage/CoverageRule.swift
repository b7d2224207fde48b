/// When a household counts as reached (已排查) in an inspection cycle: the one rule the coverage board,
/// the store's queries and the tests share.
///
/// - An inspection counts only while it is valid: not voided, and not superseded by a correction that is
///   itself not voided (the correction's own date and method count instead).
/// - A household that is not 长期外出 is reached by an 入户 inspection dated in the cycle. 电话 and 网络
///   contacts are logged but do not reach it: 网格化排查 means 上门上户摸排, and a call cannot see the
///   house, the water or the people.
/// - A 长期外出 household is reached by a valid contact of any method (电话, 网络 or 入户) dated from the
///   start of the calendar quarter in which the cycle starts (or the cycle's own start, if earlier) to the
///   cycle's end: so with monthly cycles a call in January still counts in February and March, and a new
///   call is due each quarter ("at least quarterly").
/// - A household counts for the grid it belongs to now, whoever logged the inspection and for whichever grid:
///   a household moved mid-cycle keeps the contact it already had and is not counted twice.
/// - A household without a grid is counted as 未分配, never left out.
///
/// Inspections are never dated in the future (the store refuses them), so the latest valid contact date
/// decides: a household is reached when that date is on or after the window's start.
public enum CoverageRule {
    /// The days in which a contact reaches a household of the given kind in `cycle`.
    public static func window(for cycle: InspectionCycle, longAbsent: Bool) -> ClosedRange<CalendarDate> {
        guard longAbsent else { return cycle.start...cycle.end }
        return min(cycle.start, InspectionCycle.quarterStart(of: cycle.start))...cycle.end
    }

    /// Whether a contact by `method` can reach a household of the given kind at all.
    public static func counts(_ method: InspectionMethod, longAbsent: Bool) -> Bool {
        longAbsent || method == .inPerson
    }

    /// Whether a household with these latest valid contacts is reached in `cycle`.
    public static func isReached(
        longAbsent: Bool, contacts: ContactSummary, in cycle: InspectionCycle
    ) -> Bool {
        let latest = longAbsent ? contacts.latestAny : contacts.latestInPerson
        guard let latest else { return false }
        return window(for: cycle, longAbsent: longAbsent).contains(latest)
    }

    /// Whether a household is reached in `cycle` by any of `inspections` (all of one household, in any order).
    public static func isReached(
        longAbsent: Bool, inspections: [InspectionFact], in cycle: InspectionCycle
    ) -> Bool {
        let window = window(for: cycle, longAbsent: longAbsent)
        return valid(inspections).contains { fact in
            counts(fact.method, longAbsent: longAbsent) && window.contains(fact.date)
        }
    }

    /// The inspections that count: not voided and not superseded by a valid (non-voided) correction.
    public static func valid(_ inspections: [InspectionFact]) -> [InspectionFact] {
        let supersededIDs = Set(inspections.filter { !$0.voided }.compactMap(\.supersedes))
        return inspections.filter { !$0.voided && !supersededIDs.contains($0.id) }
    }

    /// The latest valid contact dates of one household's inspections, as the store keeps them per household.
    public static func summary(of inspections: [InspectionFact]) -> ContactSummary {
        let valid = valid(inspections)
        return ContactSummary(
            latestInPerson: valid.filter { $0.method == .inPerson }.map(\.date).max(),
            latestAny: valid.map(\.date).max())
    }
}

/// The latest valid contacts of one household: what coverage needs, kept on the household row by the store.
public struct ContactSummary: Hashable, Sendable {
    /// The latest valid 入户 inspection's date.
    public var latestInPerson: CalendarDate?
    /// The latest valid inspection's date, of any method.
    public var latestAny: CalendarDate?

    public init(latestInPerson: CalendarDate? = nil, latestAny: CalendarDate? = nil) {
        self.latestInPerson = latestInPerson
        self.latestAny = latestAny
    }
}

/// What coverage needs of one inspection: when, how, and whether it still counts.
public struct InspectionFact: Hashable, Sendable {
    public var id: InspectionID
    public var date: CalendarDate
    public var method: InspectionMethod
    public var voided: Bool
    public var supersedes: InspectionID?

    public init(
        id: InspectionID = InspectionID(), date: CalendarDate, method: InspectionMethod, voided: Bool = false,
        supersedes: InspectionID? = nil
    ) {
        self.id = id
        self.date = date
        self.method = method
        self.voided = voided
        self.supersedes = supersedes
    }

    /// The facts of a stored inspection.
    public init(_ inspection: Inspection, voided: Bool = false) {
        self.init(
            id: inspection.id, date: inspection.date, method: inspection.method, voided: voided,
            supersedes: inspection.supersedes)
    }
}
