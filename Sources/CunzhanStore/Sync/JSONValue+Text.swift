import CunzhanCore

/// Reading and writing `JSONValue` text without Foundation: applying pulled ops parses every payload and
/// server row, and Foundation's JSON coders cost more per op than the database work on Linux.
extension JSONValue: JSONTree {
    static var jsonNull: JSONValue { .null }
    static func json(_ value: Bool) -> JSONValue { .bool(value) }
    static func json(integer: Int64) -> JSONValue { .integer(integer) }
    static func json(number: Double) -> JSONValue { .number(number) }
    static func json(_ value: String) -> JSONValue { .string(value) }
    static func json(_ values: [JSONValue]) -> JSONValue { .array(values) }
    static func json(_ fields: [String: JSONValue]) -> JSONValue { .object(fields) }

    /// The value of a JSON text; throws `JSONReadError` when the text is not JSON.
    static func parse(_ text: String) throws(JSONReadError) -> JSONValue {
        try JSONTextReader.tree(JSONValue.self, from: Array(text.utf8))
    }

    /// Compact JSON text with sorted keys (the station reads it back with `parse`).
    var text: String {
        var writer = JSONTextWriter()
        write(into: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private func write(into writer: inout JSONTextWriter) {
        switch self {
        case .null: writer.null()
        case .bool(let value): writer.bool(value)
        case .integer(let value): writer.integer(value)
        case .number(let value): writer.number(value)
        case .string(let value): writer.string(value)
        case .array(let values):
            writer.beginArray()
            for value in values { value.write(into: &writer) }
            writer.endArray()
        case .object(let fields):
            writer.beginObject()
            for key in fields.keys.sorted() {
                writer.key(key)
                fields[key]?.write(into: &writer)
            }
            writer.endObject()
        }
    }
}
