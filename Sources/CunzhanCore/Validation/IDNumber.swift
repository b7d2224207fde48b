/// A mainland resident identity number (居民身份证号码, GB 11643-1999): 18 characters, validated.
///
/// Six digits of region, eight of birth date, three of sequence (odd for men, even for women) and a
/// check character computed with the ISO 7064 MOD 11-2 weights. A value of this type is always valid,
/// so code that holds one never re-checks it.
public struct IDNumber: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The 18 characters, with a lowercase `x` check character normalised to `X`.
    public let value: String

    /// Weights of the 17 leading digits (2^(18-i) mod 11).
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// Check character for each remainder 0…10.
    static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// Validates `raw` or throws a message naming `field`.
    ///
    /// Spaces and hyphens are ignored; full-width digits and a lowercase x are accepted.
    public init(_ raw: String, field: String = "证件号码") throws(ValidationError) {
        let text = String(raw.compactedForCode().map { $0 == "x" ? "X" : $0 })
        guard !text.isEmpty else { throw ValidationError(field: field, problem: "必填，请输入18位身份证号") }
        guard text.count == 18 else {
            throw ValidationError(field: field, problem: "应为18位，现在是\(text.count)位，请核对")
        }
        let characters = Array(text)
        guard characters[0..<17].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw ValidationError(field: field, problem: "前17位只能是数字，请核对")
        }
        guard characters[17].isASCII, characters[17].isNumber || characters[17] == "X" else {
            throw ValidationError(field: field, problem: "最后一位只能是数字或 X，请核对")
        }
        guard let birth = IDNumber.birthDate(in: characters) else {
            throw ValidationError(field: field, problem: "第7到14位的出生日期不存在，请核对")
        }
        guard birth.year >= 1900 else {
            throw ValidationError(field: field, problem: "出生年份早于1900年，请核对")
        }
        guard let expected = IDNumber.checkCharacter(forFirst17: String(characters[0..<17])) else {
            throw ValidationError(field: field, problem: "前17位只能是数字，请核对")
        }
        guard expected == characters[17] else {
            throw ValidationError(field: field, problem: "校验位不对（按前17位应为 \(expected)），请逐位核对")
        }
        value = text
    }

    /// The check character for 17 leading digits, or nil if they are not 17 ASCII digits.
    public static func checkCharacter(forFirst17 digits: String) -> Character? {
        let values = digits.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard values.count == 17, digits.count == 17 else { return nil }
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return checkCharacters[sum % 11]
    }

    private static func birthDate(in characters: [Character]) -> CalendarDate? {
        let digits = characters[6..<14].compactMap(\.wholeNumberValue)
        guard digits.count == 8 else { return nil }
        let number = digits.reduce(0) { $0 * 10 + $1 }
        return CalendarDate(year: number / 10000, month: number / 100 % 100, day: number % 100)
    }

    /// The birth date encoded in positions 7–14.
    public var birthDate: CalendarDate {
        // Validated in init, so the date exists.
        IDNumber.birthDate(in: Array(value)) ?? CalendarDate(dayNumber: 0)
    }

    /// The sex encoded by the parity of the 17th digit.
    public var sex: Sex {
        let seventeenth = Array(value)[16].wholeNumberValue ?? 0
        return seventeenth % 2 == 1 ? .male : .female
    }

    /// The six-digit region code of the place of registration.
    public var regionCode: String { String(value.prefix(6)) }

    /// The form shown in lists: first 3 and last 4 characters, the rest hidden (`110***********123X`).
    public var masked: String { IDNumber.mask(value) }

    /// Masks any identity-number-like text the same way, keeping only its first 3 and last 4 characters.
    public static func mask(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 7 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(3)) + String(repeating: "*", count: characters.count - 7)
            + String(characters.suffix(4))
    }

    /// Never prints the number itself, so an accidental log line leaks nothing.
    public var description: String { masked }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try IDNumber(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// 性别.
public enum Sex: String, ChineseLabeled {
    case male, female

    public var label: String {
        switch self {
        case .male: "男"
        case .female: "女"
        }
    }
}
