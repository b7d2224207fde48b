/// A mainland mobile number (手机号): 11 digits starting with 13–19, validated.
///
/// Spaces, hyphens, full-width digits and a +86 / 86 / 0086 country prefix are accepted and dropped, so
/// "+86 138-0013-8000" is stored as "13800138000". Lists and logs show the masked form only.
public struct PhoneNumber: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The 11 digits.
    public let value: String

    /// Validates `raw` or throws a message naming `field`.
    public init(_ raw: String, field: String = "手机号") throws(ValidationError) {
        var text = raw.compactedForCode()
        guard !text.isEmpty else { throw ValidationError(field: field, problem: "必填，请输入11位手机号") }
        if text.hasPrefix("+") { text.removeFirst() }
        guard text.isASCIIDigits else {
            throw ValidationError(field: field, problem: "只能填数字（可带 +86），“\(raw.trimmingWhitespace())”含有其他字符，请核对")
        }
        for prefix in ["0086", "86"] where text.count == 11 + prefix.count && text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
        }
        guard text.count == 11 else {
            throw ValidationError(field: field, problem: "应为11位，现在是\(text.count)位，请核对")
        }
        let characters = Array(text)
        guard characters[0] == "1", let second = characters[1].wholeNumberValue, (3...9).contains(second) else {
            throw ValidationError(field: field, problem: "手机号应以13到19开头，请核对；座机号码请填在备注里")
        }
        value = text
    }

    /// The form shown in lists: "138****8000".
    public var masked: String { String(value.prefix(3)) + "****" + String(value.suffix(4)) }

    /// The masked form, so an accidental log line leaks nothing.
    public var description: String { masked }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try PhoneNumber(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
