import Testing

@testable import CunzhanCore

@Suite("手机号 validation")
struct PhoneNumberTests {
    @Test(
        "mainland mobile numbers are accepted in the forms people type",
        arguments: [
            ("13800138000", "13800138000"),
            ("138 0013 8000", "13800138000"),
            ("138-0013-8000", "13800138000"),
            ("+86 13912345678", "13912345678"),
            ("8615012345678", "15012345678"),
            ("0086 19912345678", "19912345678"),
            ("１３８００１３８０００", "13800138000"),
            ("  16612345678\u{3000}", "16612345678"),
        ])
    func acceptsValidNumbers(raw: String, expected: String) throws {
        #expect(try PhoneNumber(raw).value == expected)
    }

    @Test(
        "invalid numbers are refused with a precise message",
        arguments: [
            ("", "手机号：必填，请输入11位手机号"),
            ("1380013800", "手机号：应为11位，现在是10位，请核对"),
            ("138001380001", "手机号：应为11位，现在是12位，请核对"),
            ("12800138000", "手机号：手机号应以13到19开头，请核对；座机号码请填在备注里"),
            ("23800138000", "手机号：手机号应以13到19开头，请核对；座机号码请填在备注里"),
            ("138001380o0", "手机号：只能填数字（可带 +86），“138001380o0”含有其他字符，请核对"),
            ("+8612800138000", "手机号：手机号应以13到19开头，请核对；座机号码请填在备注里"),
        ])
    func refusesInvalidNumbers(raw: String, message: String) {
        #expect(throws: ValidationError(field: "手机号", message: message)) { try PhoneNumber(raw) }
    }

    @Test("the field name given is used in the message")
    func usesFieldName() {
        #expect(throws: ValidationError(field: "联系电话", problem: "必填，请输入11位手机号")) {
            try PhoneNumber(" ", field: "联系电话")
        }
    }

    @Test("the number is masked for display and in its description")
    func masks() throws {
        let phone = try PhoneNumber("13812341234")
        #expect(phone.masked == "138****1234")
        #expect(phone.description == "138****1234")
        #expect("\(phone)" == "138****1234")
    }
}
