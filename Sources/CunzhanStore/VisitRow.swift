import CunzhanCore
import GRDB

/// One line of the village-wide visit history: when, which household, who visited and what they found.
public struct VisitRow: Equatable, Sendable, Identifiable {
    public var id: VisitID
    public var date: CalendarDate
    public var householdID: HouseholdID
    public var householdNumber: String
    public var headName: String
    /// The visitor's name, or empty when the user is unknown at this station.
    public var visitorName: String
    /// The checks found 不达标, in declaration order; empty when all six were 达标.
    public var unmet: [Guarantee]
    /// 群众认可: the household acknowledged the record.
    public var acknowledged: Bool

    /// Where this row sits in the history order (newest date first, then id), for the next or previous page.
    public var cursor: VisitCursor { VisitCursor(date: date.description, id: id.text) }

    static let selectSQL = """
        SELECT v.id, v.date, v.household_id, v.guarantees, v.acknowledged, h.household_number, h.head_name,
            u.name AS visitor_name
        FROM visits v JOIN households h ON h.id = v.household_id LEFT JOIN users u ON u.id = v.visitor_id
        """

    init(row: Row) throws {
        id = try row.id("id")
        date = try row.date("date")
        householdID = try row.id("household_id")
        householdNumber = row["household_number"]
        headName = row["head_name"]
        visitorName = row["visitor_name"] ?? ""
        unmet = try row.json("guarantees", as: Guarantees.self).unmet
        acknowledged = row["acknowledged"]
    }
}

/// A position in the visit history order (date descending, then id descending), for keyset paging.
public struct VisitCursor: Hashable, Sendable {
    /// The visit date as stored (`YYYY-MM-DD`).
    public var date: String
    public var id: String

    public init(date: String, id: String) {
        self.date = date
        self.id = id
    }
}

/// What the visit history shows: a month, a visitor, a result and a household text filter, each optional.
public struct VisitFilter: Equatable, Sendable {
    /// Which results a filter keeps.
    public enum Result: String, CaseIterable, Sendable {
        /// Every visit.
        case any
        /// Visits whose six checks were all 达标.
        case allMet
        /// Visits with at least one 不达标 check.
        case someNotMet
    }

    /// The month as `YYYY-MM`, or nil for every month.
    public var month: String?
    public var visitorID: UserID?
    public var result: Result
    /// Household head name, pinyin initials or full pinyin, household number, as in the register.
    public var text: String

    public init(month: String? = nil, visitorID: UserID? = nil, result: Result = .any, text: String = "") {
        self.month = month
        self.visitorID = visitorID
        self.result = result
        self.text = text
    }
}
