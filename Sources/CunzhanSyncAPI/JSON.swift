import CunzhanCore
import Foundation

/// Any JSON value: the field values of `conflict` outcomes and of op payloads.
///
/// A closed enum, so a station can compare the server's current value with its own without knowing
/// the record type. Numbers are kept as `Double` only when they are not whole; integers stay exact.
public enum JSON: Codable, Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSON].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The fields of a JSON object text (an op's `payload` or `base`); nil when the text is not an object.
    public static func objectFields(_ text: String) -> [String: JSON]? {
        guard case .object(let fields) = try? JSONTextReader.tree(JSON.self, from: Array(text.utf8)) else {
            return nil
        }
        return fields
    }

    /// The canonical text of `fields` (sorted keys), as payloads are stored and sent.
    public static func text(of fields: [String: JSON]) -> String {
        guard let data = try? SyncCoding.encoder.encode(JSON.object(fields)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
