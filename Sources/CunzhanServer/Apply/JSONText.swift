import CunzhanCore
import CunzhanSyncAPI

/// The push path's JSON: op payloads and stored record fields.
///
/// Foundation's decoder reads a `JSON` value by trying each kind in turn and throwing for every miss, which
/// cost more than all the database work of an op. These read and write the bytes once with CunzhanCore's
/// `JSONTextReader` and `JSONTextWriter`, the same code the wire messages and the stations use, so a payload
/// reads the same everywhere (`3.0` is the integer 3, as `JSONDecoder` gives it to `Int64`). Keys are written
/// sorted, like `SyncCoding`, so a record's stored text does not depend on dictionary order.
enum JSONText {
    /// The fields of a JSON object text; nil when the text is not one JSON object.
    static func parseObject(_ text: String) -> [String: JSON]? {
        guard case .object(let fields)? = try? JSONTextReader.tree(JSON.self, from: Array(text.utf8)) else {
            return nil
        }
        return fields
    }

    /// `fields` as JSON object text with sorted keys.
    static func text(of fields: [String: JSON]) -> String {
        var writer = JSONTextWriter()
        JSON.object(fields).write(wire: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
