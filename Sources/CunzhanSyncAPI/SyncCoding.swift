import CunzhanCore
import Foundation

/// The one JSON encoder and decoder of the wire: sorted keys, no escaped slashes, dates as ISO 8601 strings.
///
/// Station and server both use these, so the same value always becomes the same bytes (checksums of
/// bundles and digests depend on it).
public enum SyncCoding {
    /// Encodes with sorted keys and ISO 8601 dates.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Decodes ISO 8601 dates.
    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// `value` as wire bytes; the messages that carry ops by the thousand are written by `WireCodable`
    /// (the same JSON, many times faster than JSONEncoder on Linux).
    public static func encode(_ value: some Encodable) throws -> Data {
        if let message = value as? any WireCodable {
            var writer = JSONTextWriter(capacity: 4096)
            message.write(wire: &writer)
            return Data(writer.bytes)
        }
        return try encoder.encode(value)
    }

    /// A wire value from `data`; `WireCodable` messages are read by `JSONTextReader`. Errors are
    /// `DecodingError`s either way, as callers expect from a decoder.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        if let messageType = T.self as? any WireCodable.Type {
            do {
                var reader = JSONTextReader([UInt8](data))
                let message = try messageType.init(wire: &reader)
                try reader.expectEnd()
                if let value = message as? T { return value }
            } catch {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [], debugDescription: "\(error)", underlyingError: error))
            }
        }
        return try decoder.decode(T.self, from: data)
    }
}
