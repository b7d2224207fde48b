/// A flag that a household needs a 监测评估 (monitoring review): when it was raised and why.
///
/// Raised from a visit that found a 不达标 check or a new risk, so the village reviews whether the
/// household should come under 防返贫监测; the review workflow itself comes later. Stored on the household
/// and changed by a household patch, so it syncs like any other household field.
public struct MonitoringReview: Codable, Sendable, Equatable {
    /// The day it was flagged.
    public var date: CalendarDate
    /// Why, in the visitor's words or the visit's findings ("住房安全不达标").
    public var reason: String

    public init(date: CalendarDate, reason: String) {
        self.date = date
        self.reason = reason
    }
}
