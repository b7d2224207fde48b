/// The toneless Mandarin reading of each CJK Unified Ideograph (U+4E00–U+9FFF), for search keys.
///
/// The data lives in the generated `PinyinTable+Data.swift` (made from ICU's Han-Latin transform by a
/// test, so the runtime never calls ICU): a list of syllables and one compact string of per-code-point
/// indices into it, decoded once on first use.
enum PinyinTable {
    /// The first code point covered.
    static let firstScalar: UInt32 = 0x4E00
    /// The last code point covered.
    static let lastScalar: UInt32 = 0x9FFF
    /// The digits of the index encoding: two digits per code point, base 64, "00" for no reading.
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/".utf8)

    /// One entry per covered code point: 0 for no reading, otherwise 1 + the index into `syllables`.
    static let readingIndices: [UInt16] = decode(encodedIndices)

    /// The reading of `scalar`, e.g. "zhang" for 张; nil outside the table or for ideographs without one.
    static func reading(of scalar: Unicode.Scalar) -> String? {
        guard scalar.value >= firstScalar, scalar.value <= lastScalar else { return nil }
        let position = Int(scalar.value - firstScalar)
        guard position < readingIndices.count else { return nil }
        let index = Int(readingIndices[position])
        guard index > 0, index <= syllables.count else { return nil }
        return syllables[index - 1]
    }

    /// Turns the encoded string back into indices; characters outside the alphabet (line breaks) are skipped.
    static func decode(_ encoded: String) -> [UInt16] {
        var digitValue = [UInt8](repeating: 0xFF, count: 256)
        for (value, byte) in alphabet.enumerated() { digitValue[Int(byte)] = UInt8(value) }
        var result: [UInt16] = []
        result.reserveCapacity(Int(lastScalar - firstScalar) + 1)
        var pending: UInt16?
        for byte in encoded.utf8 {
            let digit = digitValue[Int(byte)]
            guard digit != 0xFF else { continue }
            if let high = pending {
                result.append(high * 64 + UInt16(digit))
                pending = nil
            } else {
                pending = UInt16(digit)
            }
        }
        return result
    }

    /// The two-digit encoding of `index` (0…4095), the inverse of `decode` for one entry.
    static func encode(_ index: Int) -> String {
        precondition((0..<4096).contains(index), "reading index out of range")
        let bytes = [alphabet[index / 64], alphabet[index % 64]]
        return String(decoding: bytes, as: UTF8.self)
    }
}
