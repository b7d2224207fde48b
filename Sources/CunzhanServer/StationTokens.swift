import Crypto
import CunzhanSyncAPI
import Foundation

/// Station tokens: 32 random bytes shown once at enrolment; the server keeps only their SHA-256.
enum StationTokens {
    /// A new token: 32 random bytes as 64 lowercase hex digits.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// The SHA-256 of `token` (its UTF-8 bytes) in hex, as stored.
    static func hash(_ token: String) -> String {
        Checksum.sha256(token)
    }

    /// Compares two hashes in time that does not depend on where they differ.
    static func constantTimeEquals(_ left: String, _ right: String) -> Bool {
        let leftBytes = Array(left.utf8)
        let rightBytes = Array(right.utf8)
        guard leftBytes.count == rightBytes.count else { return false }
        var difference: UInt8 = 0
        for index in leftBytes.indices { difference |= leftBytes[index] ^ rightBytes[index] }
        return difference == 0
    }
}
