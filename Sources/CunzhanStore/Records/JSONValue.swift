import CunzhanCore
import Foundation

/// A parsed JSON value, used to diff records into patches and merge patches back into records.
///
/// Numbers are kept as integers when they are integral, so money in 元 and counts round-trip exactly.
enum JSONValue: Codable, Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
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
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
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

    /// The fields of a JSON object encoding of `value`.
    static func fields(of value: some Encodable) throws -> [String: JSONValue] {
        let data = try ColumnCoding.encoder.encode(value)
        guard case .object(let fields) = try JSONTextReader.tree(JSONValue.self, from: [UInt8](data)) else {
            return [:]
        }
        return fields
    }

    /// The fields of a JSON object text (read without Foundation, see `JSONValue+Text`).
    static func parseObject(_ text: String) throws -> [String: JSONValue] {
        let value: JSONValue
        do {
            value = try parse(text)
        } catch {
            throw StoreError(.invalidValue, "操作内容不是有效的 JSON（\(error.description)），无法应用。")
        }
        guard case .object(let fields) = value else {
            throw StoreError(.invalidValue, "操作内容不是 JSON 对象，无法应用。")
        }
        return fields
    }

    /// `new`'s fields that differ from `old`'s (a cleared field is `null`), with `old`'s values as base.
    static func diff(old: [String: JSONValue], new: [String: JSONValue]) -> (
        changed: [String: JSONValue], base: [String: JSONValue]
    ) {
        var changed: [String: JSONValue] = [:]
        var base: [String: JSONValue] = [:]
        for key in Set(old.keys).union(new.keys) where old[key] ?? .null != new[key] ?? .null {
            changed[key] = new[key] ?? .null
            base[key] = old[key] ?? .null
        }
        return (changed, base)
    }

    /// `record` with `patch` laid over it; `null` clears a field.
    static func merge(_ record: [String: JSONValue], _ patch: [String: JSONValue]) -> [String: JSONValue] {
        var merged = record
        for (key, value) in patch {
            if value == .null { merged[key] = nil } else { merged[key] = value }
        }
        return merged
    }

    /// A record from its fields, decoded directly (`JSONValueDecoder`, same rules as `JSONDecoder`).
    static func decode<T: Decodable>(_ type: T.Type, from fields: [String: JSONValue]) throws -> T {
        try T(from: JSONValueDecoder(.object(fields)))
    }
}
