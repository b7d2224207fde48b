import Testing

@testable import CunzhanCore

@Suite("村代码 validation")
struct VillageCodeTests {
    @Test("a 12-digit code is split into its levels")
    func splitsLevels() throws {
        let code = try VillageCode("110101001001")
        #expect(code.province == "11")
        #expect(code.city == "01")
        #expect(code.county == "01")
        #expect(code.township == "001")
        #expect(code.village == "001")
        #expect(code.provinceName == "北京")
        #expect(code.cityCode == "1101")
        #expect(code.countyCode == "110101")
        #expect(code.townshipCode == "110101001")
    }

    @Test(
        "valid codes are accepted, spaced, hyphenated or full-width",
        arguments: [
            ("532923101201", "532923101201"),
            ("441900003001", "441900003001"),
            ("6501 02 001 002", "650102001002"),
            ("340-102-001-203", "340102001203"),
            ("４２９００４１００２０１", "429004100201"),
        ])
    func acceptsValidCodes(raw: String, expected: String) throws {
        #expect(try VillageCode(raw).value == expected)
    }

    @Test(
        "invalid codes are refused with a precise message",
        arguments: [
            ("", "必填，请输入12位统计用区划代码，如 110101001001"),
            ("11010100100", "应为12位，现在是11位，请按统计用区划代码核对"),
            ("1101010010011", "应为12位，现在是13位，请按统计用区划代码核对"),
            ("11010100100A", "只能填数字，请输入12位统计用区划代码"),
            ("990101001001", "前2位“99”不是省级代码，请核对"),
            ("710101001001", "前2位“71”不是省级代码，请核对"),
            ("110001001001", "第3到4位（市级）不能为00，请核对"),
            ("110101000001", "第7到9位（乡级）不能为000，这是县级代码，请填到村一级"),
            ("110101001000", "第10到12位（村级）不能为000，这是乡级代码，请填到村一级"),
        ])
    func refusesInvalidCodes(raw: String, problem: String) {
        #expect(throws: ValidationError(field: "村代码", problem: problem)) { try VillageCode(raw) }
    }

    @Test("all 31 mainland provinces are known")
    func knowsProvinces() {
        #expect(VillageCode.provinces.count == 31)
    }
}
