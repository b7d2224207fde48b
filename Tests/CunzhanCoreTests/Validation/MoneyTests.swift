import Foundation
import Testing

@testable import CunzhanCore

@Suite("Money")
struct MoneyTests {
    @Test(
        "amounts are parsed to exact fen",
        arguments: [
            ("1234", Int64(123_400)),
            ("1234.5", 123_450),
            ("1234.56", 123_456),
            ("1,234.56", 123_456),
            ("1,234,567", 123_456_700),
            ("１２３４", 123_400),
            ("１，２３４．５", 123_450),
            ("1234元", 123_400),
            ("¥ 12.30", 1_230),
            ("0.07", 7),
            (".5", 50),
            ("0", 0),
            ("92233720368547758.07", Int64.max),
        ] as [(String, Int64)])
    func parses(raw: String, fen: Int64) throws {
        #expect(try Money(raw).fen == fen)
    }

    @Test(
        "bad amounts are refused with a precise message",
        arguments: [
            ("", "必填，请输入金额，如 1234.56"),
            ("1234.567", "最多两位小数（精确到分），“1234.567”有3位"),
            ("12a4", "“12a4”不是金额，只能填数字和小数点，如 1234.56"),
            ("1e3", "“1e3”不是金额，只能填数字和小数点，如 1234.56"),
            ("-5", "不能为负数，请填写0或正数"),
            ("1.2.3", "“1.2.3”有多个小数点，请核对"),
            ("12,34", "千位分隔逗号的位置不对，请写成 1,234.56 或 1234.56"),
            ("1234,", "千位分隔逗号的位置不对，请写成 1,234.56 或 1234.56"),
            ("元", "“元”不是金额，只能填数字和小数点，如 1234.56"),
            (".", "“.”不是金额，请输入数字，如 1234.56"),
            ("92233720368547758.08", "金额过大，请核对位数"),
            ("99999999999999999999", "金额过大，请核对位数"),
        ])
    func refuses(raw: String, problem: String) {
        #expect(throws: ValidationError(field: "金额", problem: problem)) { try Money(raw) }
    }

    @Test(
        "formatting groups thousands and always shows two decimals",
        arguments: [
            (Int64(123_456), "1,234.56"),
            (0, "0.00"),
            (5, "0.05"),
            (100, "1.00"),
            (99_999, "999.99"),
            (100_000, "1,000.00"),
            (-123_456_789, "-1,234,567.89"),
            (Int64.min, "-92,233,720,368,547,758.08"),
        ] as [(Int64, String)])
    func formats(fen: Int64, text: String) {
        #expect(Money(fen: fen).formatted == text)
        #expect(Money(fen: fen).description == text)
    }

    @Test("formatted amounts parse back to the same value")
    func formattedRoundTrips() throws {
        for fen: Int64 in [0, 1, 99, 100, 123_456, 987_654_321, 100_000_000_000] {
            #expect(try Money(Money(fen: fen).formatted).fen == fen)
        }
    }

    @Test("yuan and fen accessors split the amount")
    func accessors() throws {
        let amount = try Money("1,234.56")
        #expect(amount.yuan == 1234)
        #expect(amount.fenRemainder == 56)
        #expect(Money(yuan: 12)?.fen == 1200)
        #expect(Money(yuan: Int64.max) == nil)
    }

    @Test("arithmetic is exact and reports overflow")
    func arithmetic() {
        #expect(Money(fen: 10).adding(Money(fen: 20)) == Money(fen: 30))
        #expect(Money(fen: 10).subtracting(Money(fen: 25)) == Money(fen: -15))
        #expect(Money(fen: .max).adding(Money(fen: 1)) == nil)
        #expect(Money(fen: .min).subtracting(Money(fen: 1)) == nil)
    }

    @Test(
        "division rounds half away from zero to the fen",
        arguments: [
            (Int64(100), Int64(3), Int64(33)),
            (200, 3, 67),
            (5, 2, 3),
            (-5, 2, -3),
            (7, 2, 4),
            (-100, 3, -33),
            (Int64.max, 2, Int64.max / 2 + 1),
        ] as [(Int64, Int64, Int64)])
    func divides(fen: Int64, divisor: Int64, expected: Int64) {
        #expect(Money(fen: fen).divided(by: divisor).fen == expected)
    }

    @Test("money is encoded as integer fen")
    func codable() throws {
        let data = try JSONEncoder().encode(Money(fen: 123_456))
        #expect(String(decoding: data, as: UTF8.self) == "123456")
        #expect(try JSONDecoder().decode(Money.self, from: data) == Money(fen: 123_456))
    }
}
