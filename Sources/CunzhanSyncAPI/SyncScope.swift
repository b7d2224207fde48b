import Foundation

/// The part of the country a station may push to and pull from: a 统计用区划代码 prefix.
///
/// A village station's scope is its 12-digit village code; a township supervisor's is the 9-digit
/// township code, which holds every village whose code starts with it (county 6, city 4, province 2
/// digits work the same way). Reference data (monthly themes, township users) has no village and is
/// in every scope.
public struct SyncScope: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The code prefix: 2, 4, 6, 9 or 12 digits.
    public let code: String

    /// The lengths a code prefix may have: province, city, county, township, village.
    public static let codeLengths: Set<Int> = [2, 4, 6, 9, 12]

    /// Validates `code`; throws a `SyncError` with a Chinese message when it is not a region code prefix.
    public init(_ code: String) throws(SyncError) {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }),
            SyncScope.codeLengths.contains(trimmed.count)
        else {
            throw SyncError(
                .badRequest, "范围“\(code)”无效：应为统计用区划代码，村12位、乡镇9位（县6位），只含数字")
        }
        self.code = trimmed
    }

    /// Whether a record of the village `villageCode` lies in this scope; nil (reference data) always does.
    public func contains(villageCode: String?) -> Bool {
        guard let villageCode else { return true }
        return villageCode.hasPrefix(code)
    }

    public var description: String { code }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.code < rhs.code }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

extension Array where Element == SyncScope {
    /// Whether any of these scopes holds `villageCode`.
    public func contain(villageCode: String?) -> Bool {
        contains { $0.contains(villageCode: villageCode) }
    }
}
