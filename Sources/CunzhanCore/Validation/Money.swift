/// An amount of renminbi held as whole 分 (fen) in an `Int64`, never as floating point (DESIGN.md §2).
///
/// Parsing accepts what people type in a money field: "1234", "1234.5", "1,234.56", full-width digits,
/// a trailing 元 and a leading ¥. It refuses more than two decimals, letters, negative amounts and amounts
/// too large to hold. Arithmetic is exact; `formatted` gives "1,234.56".
public struct Money: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The amount in fen (1 元 = 100 分).
    public let fen: Int64

    /// Fen per yuan.
    public static let fenPerYuan: Int64 = 100

    /// Zero yuan.
    public static let zero = Money(fen: 0)

    /// An amount of `fen` fen (may be negative, as a difference may be).
    public init(fen: Int64) { self.fen = fen }

    /// An amount of whole yuan, or nil when it does not fit.
    public init?(yuan: Int64) {
        let (product, overflow) = yuan.multipliedReportingOverflow(by: Money.fenPerYuan)
        guard !overflow else { return nil }
        self.fen = product
    }

    /// The whole yuan, rounded toward zero (1,234.56 → 1234).
    public var yuan: Int64 { fen / Money.fenPerYuan }

    /// The fen beyond the whole yuan, 0…99 for a non-negative amount (1,234.56 → 56).
    public var fenRemainder: Int64 { fen % Money.fenPerYuan }

    /// "1,234.56", "-12.00", "0.05": thousands separators and always two decimals.
    public var formatted: String {
        let magnitude = fen.magnitude
        let whole = magnitude / 100
        let cents = magnitude % 100
        var digits = Array(String(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = String(digits) + grouped
        return (fen < 0 ? "-" : "") + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// The formatted amount.
    public var description: String { formatted }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.fen < rhs.fen }

    /// The sum, or nil on overflow.
    public func adding(_ other: Money) -> Money? {
        let (sum, overflow) = fen.addingReportingOverflow(other.fen)
        return overflow ? nil : Money(fen: sum)
    }

    /// The difference, or nil on overflow.
    public func subtracting(_ other: Money) -> Money? {
        let (difference, overflow) = fen.subtractingReportingOverflow(other.fen)
        return overflow ? nil : Money(fen: difference)
    }

    /// The amount divided by `divisor` (> 0), rounded half away from zero to the fen (四舍五入).
    public func divided(by divisor: Int64) -> Money {
        precondition(divisor > 0, "divisor must be positive")
        let quotient = fen / divisor
        let remainder = fen % divisor
        // |remainder| * 2 >= divisor, written so it cannot overflow.
        guard remainder.magnitude >= divisor.magnitude - remainder.magnitude else { return Money(fen: quotient) }
        return Money(fen: quotient + (fen < 0 ? -1 : 1))
    }

    public init(from decoder: any Decoder) throws {
        fen = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fen)
    }
}
