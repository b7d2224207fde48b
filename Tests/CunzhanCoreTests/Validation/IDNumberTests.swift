import Testing

@testable import CunzhanCore

@Suite("身份证号 validation")
struct IDNumberTests {
    /// The GB 11643 check character computed independently of the code under test.
    static func checkCharacter(_ first17: String) -> Character {
        let digits = first17.compactMap(\.wholeNumberValue)
        var sum = 0
        for (index, digit) in digits.enumerated() {
            var weight = 1
            for _ in 0..<(17 - index) { weight = weight * 2 % 11 }
            sum += digit * weight
        }
        return Array("10X98765432")[sum % 11]
    }

    /// Region, birth date and sequence of real-format numbers, with the sex the sequence implies.
    static let valid: [(first17: String, birth: String, sex: Sex)] = [
        ("11010119491001001", "1949-10-01", .male),
        ("44010619800101123", "1980-01-01", .male),
        ("51010720000229456", "2000-02-29", .female),
        ("63280119900615002", "1990-06-15", .female),
        ("65400220121231997", "2012-12-31", .male),
        ("32058319011111020", "1901-11-11", .female),
    ]

    @Test("real-format numbers with computed check digits are accepted with birth date, sex and region")
    func acceptsValidNumbers() throws {
        for entry in IDNumberTests.valid {
            let number = entry.first17 + String(IDNumberTests.checkCharacter(entry.first17))
            let id = try IDNumber(number)
            #expect(id.value == number)
            #expect(id.birthDate.description == entry.birth)
            #expect(id.sex == entry.sex)
            #expect(id.regionCode == String(number.prefix(6)))
        }
    }

    @Test("a number whose check character is X is accepted typed as x, spaced, hyphenated or full-width")
    func acceptsCheckCharacterXInAnyForm() throws {
        let first17 = try #require(
            (0..<1000).lazy.map { "11010519850704" + String(1000 + $0).suffix(3) }
                .first { IDNumberTests.checkCharacter($0) == "X" })
        let number = first17 + "X"
        #expect(try IDNumber(first17 + "x").value == number)
        #expect(try IDNumber(" " + first17.prefix(6) + " " + first17.dropFirst(6) + "X ").value == number)
        #expect(try IDNumber(first17.prefix(6) + "-" + first17.dropFirst(6) + "X").value == number)
        let fullWidth = String(first17.unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0) ?? $0) })
        #expect(try IDNumber(fullWidth + "Ｘ").value == number)
    }

    @Test("wrong check digit is refused with the expected one named")
    func refusesWrongCheckDigit() throws {
        let first17 = "44010619800101123"
        let right = IDNumberTests.checkCharacter(first17)
        let wrong: Character = right == "0" ? "1" : "0"
        #expect(throws: ValidationError(field: "证件号码", problem: "校验位不对（按前17位应为 \(right)），请逐位核对")) {
            try IDNumber(first17 + String(wrong))
        }
    }

    @Test("a birth date that does not exist is refused")
    func refusesInvalidBirthDate() {
        for first17 in ["11010119990230001", "11010119991301001", "11010120230229001", "11010118991231001"] {
            let number = first17 + String(IDNumberTests.checkCharacter(first17))
            #expect(throws: ValidationError.self) { try IDNumber(number) }
        }
        let feb30 = "11010119990230001"
        #expect(throws: ValidationError(field: "证件号码", problem: "第7到14位的出生日期不存在，请核对")) {
            try IDNumber(feb30 + String(IDNumberTests.checkCharacter(feb30)))
        }
    }

    @Test("wrong length, letters and empty input are refused with the field named")
    func refusesMalformedInput() {
        #expect(throws: ValidationError(field: "证件号码", problem: "应为18位，现在是17位，请核对")) {
            try IDNumber("11010119491001001")
        }
        #expect(throws: ValidationError(field: "证件号码", problem: "应为18位，现在是19位，请核对")) {
            try IDNumber("1101011949100100100")
        }
        #expect(throws: ValidationError(field: "证件号码", problem: "前17位只能是数字，请核对")) {
            try IDNumber("11010119491001A01X")
        }
        #expect(throws: ValidationError(field: "户主证件号码", problem: "必填，请输入18位身份证号")) {
            try IDNumber("  ", field: "户主证件号码")
        }
    }

    @Test("the number is masked in descriptions")
    func masksInDescription() throws {
        let first17 = "44010619800101123"
        let id = try IDNumber(first17 + String(IDNumberTests.checkCharacter(first17)))
        #expect(id.description.hasPrefix("440***********"))
        #expect(!id.description.contains("19800101"))
    }
}
