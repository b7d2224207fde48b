extension WorkCalendar {
    /// Reads a calendar from text, one day per line: a date, then 休 (day off) or 班 (make-up working day),
    /// then an optional name.
    ///
    /// ```
    /// # 2025年部分节假日安排
    /// 2025-01-28 休 春节
    /// 2025-01-26 班 春节调休
    /// ```
    /// Blank lines and lines starting with # are skipped; "holiday" / "workday" are accepted for 休 / 班.
    /// A bad line is reported with its line number. A day listed as both 休 and 班 is refused.
    public init(parsing text: String, field: String = "节假日安排") throws(ValidationError) {
        var holidays: Set<CalendarDate> = []
        var makeUp: Set<CalendarDate> = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine).foldingFullWidthASCII().trimmingWhitespace()
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let lineNumber = offset + 1
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard words.count >= 2 else {
                throw ValidationError(field: field, problem: "第\(lineNumber)行应为“日期 休”或“日期 班”，如 2025-01-28 休")
            }
            let date: CalendarDate
            do {
                date = try CalendarDate(parsing: words[0], field: "第\(lineNumber)行的日期")
            } catch {
                throw ValidationError(field: field, message: "\(field)：\(error.message)")
            }
            switch words[1].lowercased() {
            case "休", "holiday":
                guard !makeUp.contains(date) else { throw WorkCalendar.conflict(date, lineNumber, field) }
                holidays.insert(date)
            case "班", "workday":
                guard !holidays.contains(date) else { throw WorkCalendar.conflict(date, lineNumber, field) }
                makeUp.insert(date)
            default:
                throw ValidationError(
                    field: field, problem: "第\(lineNumber)行的“\(words[1])”不认识，只能写 休 或 班")
            }
        }
        self.init(holidays: holidays, makeUpWorkdays: makeUp)
    }

    static func conflict(_ date: CalendarDate, _ lineNumber: Int, _ field: String) -> ValidationError {
        ValidationError(field: field, problem: "第\(lineNumber)行：\(date)既写了休又写了班，请核对通知")
    }
}
