import Crypto
import Foundation

/// A summary of the ops a scope holds up to a cursor: their count and an order-free checksum of their ids.
///
/// The checksum is the XOR of the SHA-256 of every op id (UTF-8), in hex, so a station can build the same
/// figure from the ops it has, in any order, and compare: a difference means drift, and the station pulls
/// again from 0 (full resync). The digest of `reference` covers ops with no village (reference data).
public struct ScopeDigest: Codable, Sendable, Equatable {
    /// The scope code, or `ScopeDigest.reference` for reference data.
    public var scope: String
    public var opCount: Int64
    /// 64 hex digits; all zeros for no ops.
    public var checksum: String

    /// The scope name of the reference data digest.
    public static let reference = "reference"

    public init(scope: String, opCount: Int64, checksum: String) {
        self.scope = scope
        self.opCount = opCount
        self.checksum = checksum
    }

    /// Builds a digest one op id at a time.
    public struct Accumulator: Sendable, Equatable {
        public let scope: String
        public private(set) var opCount: Int64 = 0
        private var bytes = [UInt8](repeating: 0, count: 32)

        public init(scope: String) {
            self.scope = scope
        }

        /// Continues from a digest kept earlier (e.g. stored per village); a malformed checksum counts as zeros.
        public init(_ digest: ScopeDigest) {
            scope = digest.scope
            opCount = digest.opCount
            let digits = Array(digest.checksum.utf8)
            guard digits.count == 64 else { return }
            for index in 0..<32 {
                let pair = String(decoding: digits[(index * 2)..<(index * 2 + 2)], as: UTF8.self)
                bytes[index] = UInt8(pair, radix: 16) ?? 0
            }
        }

        /// Adds one op id.
        public mutating func add(opID: String) {
            let hash = SHA256.hash(data: Data(opID.utf8))
            for (index, byte) in hash.enumerated() { bytes[index] ^= byte }
            opCount += 1
        }

        /// Adds another accumulator's ops (of the same scope), e.g. a digest kept per page.
        public mutating func add(_ other: Accumulator) {
            for index in bytes.indices { bytes[index] ^= other.bytes[index] }
            opCount += other.opCount
        }

        /// The digest of the ops added so far.
        public var digest: ScopeDigest {
            ScopeDigest(scope: scope, opCount: opCount, checksum: Checksum.hex(bytes))
        }
    }

    /// The digest of `opIDs` under `scope`.
    public static func of(scope: String, opIDs: some Sequence<String>) -> ScopeDigest {
        var accumulator = Accumulator(scope: scope)
        for opID in opIDs { accumulator.add(opID: opID) }
        return accumulator.digest
    }
}

/// SHA-256 in lowercase hex, for bundle checksums and digests.
public enum Checksum {
    /// The SHA-256 of `data` in lowercase hex.
    public static func sha256(_ data: some DataProtocol) -> String {
        hex(Array(SHA256.hash(data: data)))
    }

    /// The SHA-256 of `text` (UTF-8) in lowercase hex.
    public static func sha256(_ text: String) -> String {
        sha256(Data(text.utf8))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return text
    }
}
