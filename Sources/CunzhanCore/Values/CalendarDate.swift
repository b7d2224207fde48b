/// A calendar day (no time, no zone), stored and sent as `YYYY-MM-DD`.
///
/// Deadlines, visit dates and birth dates are days, not instants (DESIGN.md §2). Arithmetic is on the
/// proleptic Gregorian calendar through a day number, so no Foundation calendar or time zone is involved.
public struct CalendarDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A real date, or nil (2023-02-29 is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (also accepts `YYYY/MM/DD`, `YYYYMMDD` and `YYYY年M月D日`).
    public init(parsing text: String, field: String = "日期") throws(ValidationError) {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw ValidationError(field: field, problem: "必填，请按 2026-01-31 的格式输入") }
        var parts: [Int] = []
        var digits = ""
        for character in trimmed {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if "-/.年月日".contains(character) {
                guard let number = Int(digits) else { break }
                parts.append(number)
                digits = ""
            } else {
                throw ValidationError(field: field, problem: "“\(trimmed)”不是日期，请按 2026-01-31 的格式输入")
            }
        }
        if !digits.isEmpty, let number = Int(digits) { parts.append(number) }
        if parts.count == 1, digits.count == 8, let whole = Int(digits) {
            parts = [whole / 10000, whole / 100 % 100, whole % 100]
        }
        guard parts.count == 3 else {
            throw ValidationError(field: field, problem: "“\(trimmed)”不是日期，请按 2026-01-31 的格式输入")
        }
        guard let date = CalendarDate(year: parts[0], month: parts[1], day: parts[2]) else {
            throw ValidationError(field: field, problem: "\(parts[0])年\(parts[1])月\(parts[2])日不存在，请检查年月日")
        }
        self = date
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int { ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1 }

    /// First day of this date's month.
    public var firstOfMonth: CalendarDate { CalendarDate(year: year, month: month, day: 1) ?? self }

    /// `YYYY-MM`.
    public var monthKey: String { CalendarDate.fourDigits(year) + "-" + CalendarDate.twoDigits(month) }

    public var description: String { monthKey + "-" + CalendarDate.twoDigits(day) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try CalendarDate(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension CalendarDate {
    /// `7` → `"07"`.
    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `987` → `"0987"`.
    static func fourDigits(_ value: Int) -> String {
        let digits = "\(value)"
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
