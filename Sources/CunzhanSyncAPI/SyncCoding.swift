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

    /// `value` as wire bytes.
    public static func encode(_ value: some Encodable) throws -> Data {
        try encoder.encode(value)
    }

    /// A wire value from `data`.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try decoder.decode(T.self, from: data)
    }
}
