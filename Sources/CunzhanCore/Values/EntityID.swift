import Foundation

/// A station-generated identifier (a UUID) typed by the entity it names.
///
/// Ids are made on the station, never by an autoincrement, so ops from many stations never
/// collide (DESIGN.md §4). The phantom `Entity` keeps a visit id from being passed as a household id.
public struct EntityID<Entity>: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: UUID

    public init(rawValue: UUID) { self.rawValue = rawValue }

    /// A fresh random id.
    public init() { self.rawValue = UUID() }

    /// Parses the canonical text form; nil when `text` is not a UUID.
    public init?(_ text: String) {
        guard let uuid = UUID(uuidString: text) else { return nil }
        self.rawValue = uuid
    }

    /// The lowercase canonical text form, as stored and sent.
    public var description: String { rawValue.uuidString.lowercased() }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let uuid = UUID(uuidString: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "不是有效的编号：\(text)"))
        }
        rawValue = uuid
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
