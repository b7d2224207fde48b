/// A person's name as registered: 2–20 characters of Chinese (or other letters), validated.
///
/// Minority names joined by a middle dot are accepted (阿依古丽·买买提); the dot may be typed as ·, •, ・ or
/// ‧ and is stored as "·". Spaces between Chinese characters are dropped ("张 三" is 张三). Digits, control
/// characters and other symbols are refused, since they are always typing mistakes in a name.
public struct PersonName: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The normalised name.
    public let value: String

    /// The dots people type between the parts of a minority name.
    static let separatorDots: Set<Character> = ["·", "•", "・", "‧", "･", "."]

    /// Validates `raw` or throws a message naming `field`.
    public init(_ raw: String, field: String = "姓名") throws(ValidationError) {
        let trimmed = raw.foldingFullWidthASCII().trimmingWhitespace()
        guard !trimmed.isEmpty else { throw ValidationError(field: field, problem: "必填，请输入姓名") }
        var characters: [Character] = []
        for character in trimmed {
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw ValidationError(field: field, problem: "含有控制字符，请删除后重新输入")
            }
            // Not `isNumber`: 三 and 万 have numeric values but are ordinary characters of names.
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .decimalNumber }) {
                throw ValidationError(field: field, problem: "不能含数字“\(character)”，请只填姓名")
            }
            if PersonName.separatorDots.contains(character) {
                characters.append("·")
            } else if character == " " {
                characters.append(" ")
            } else if character.isLetter {
                characters.append(character)
            } else {
                throw ValidationError(field: field, problem: "不能含符号“\(character)”，少数民族姓名请用“·”分隔")
            }
        }
        let name = PersonName.collapsingSpaces(characters)
        guard name.first != "·", name.last != "·", !String(name).contains("··") else {
            throw ValidationError(field: field, problem: "“·”只能用在两段名字之间，请核对")
        }
        guard name.count >= 2 else { throw ValidationError(field: field, problem: "至少2个字，请填写全名") }
        guard name.count <= 20 else {
            throw ValidationError(field: field, problem: "最多20个字，现在是\(name.count)个，请核对")
        }
        value = String(name)
    }

    /// Drops spaces next to non-Latin letters and dots; keeps one space between two Latin words.
    static func collapsingSpaces(_ characters: [Character]) -> [Character] {
        var result: [Character] = []
        for (index, character) in characters.enumerated() {
            guard character == " " else {
                result.append(character)
                continue
            }
            let before = result.last
            let after = characters[(index + 1)...].first { $0 != " " }
            if let before, let after, before.isASCII, after.isASCII, before != " " {
                result.append(" ")
            }
        }
        return result
    }

    public var description: String { value }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try PersonName(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
