import Crypto
import Foundation

/// PBKDF2-HMAC-SHA256 for user PINs, with a per-user random salt.
///
/// A 6-digit PIN has only a million values, so the hash is made slow (≥100,000 iterations) and the
/// lockout in `StationStore.verifyPIN` does the rest.
public enum PINHasher {
    public static let iterations = 120_000

    /// A fresh random 16-byte salt, hex.
    public static func makeSalt() -> String {
        var generator = SystemRandomNumberGenerator()
        return hex((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// The hex PBKDF2-HMAC-SHA256 of `pin` with `salt` (hex) over `iterations`, 32 bytes.
    public static func hash(pin: String, salt: String, iterations: Int = PINHasher.iterations) -> String {
        let key = SymmetricKey(data: Data(pin.utf8))
        let keyed = HMAC<SHA256>(key: key)
        var first = keyed
        first.update(data: bytes(fromHex: salt) + [0, 0, 0, 1])
        var block = Array(first.finalize())
        var result = block
        for _ in 1..<max(iterations, 1) {
            var next = keyed
            next.update(data: block)
            block = Array(next.finalize())
            for index in result.indices { result[index] ^= block[index] }
        }
        return hex(result)
    }

    /// Whether `pin` matches the stored hash, compared in constant time.
    public static func matches(pin: String, hash stored: String, salt: String, iterations: Int) -> Bool {
        let computed = Array(hash(pin: pin, salt: salt, iterations: iterations).utf8)
        let expected = Array(stored.utf8)
        guard computed.count == expected.count else { return false }
        return zip(computed, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] })
    }

    static func bytes(fromHex text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var high: UInt8?
        for character in text {
            guard let value = character.hexDigitValue.map(UInt8.init) else { continue }
            if let first = high {
                bytes.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return bytes
    }
}
