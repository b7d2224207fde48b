/// The dates an inspection may carry: not after today, not before the household was registered.
///
/// Checked by the inspection form (the message shows under 排查日期) and again by the store, so a bad date
/// never reaches a record or the server.
public enum InspectionDateRule {
    /// Throws a Chinese message naming `field` when `date` is in the future or before `registeredOn`.
    public static func check(
        _ date: CalendarDate, today: CalendarDate, registeredOn: CalendarDate?, field: String = "排查日期"
    ) throws(ValidationError) {
        if date > today {
            throw ValidationError(field: field, problem: "\(date) 晚于今天（\(today)），不能登记将来的排查，请改为今天或更早的日期")
        }
        if let registeredOn, date < registeredOn {
            throw ValidationError(
                field: field, problem: "\(date) 早于该户的登记日期（\(registeredOn)），那时还没有这户，请核对日期")
        }
    }
}
