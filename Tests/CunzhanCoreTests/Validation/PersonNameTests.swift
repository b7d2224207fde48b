import Testing

@testable import CunzhanCore

@Suite("姓名 validation")
struct PersonNameTests {
    @Test(
        "Chinese and minority names are accepted and normalised",
        arguments: [
            ("张三", "张三"),
            ("  欧阳娜娜 ", "欧阳娜娜"),
            ("张 三", "张三"),
            ("阿依古丽·买买提", "阿依古丽·买买提"),
            ("阿依古丽•买买提", "阿依古丽·买买提"),
            ("阿依古丽・买买提", "阿依古丽·买买提"),
            ("阿依古丽 · 买买提", "阿依古丽·买买提"),
            ("扎西", "扎西"),
            ("Anna Li", "Anna Li"),
            ("一二三四五六七八九十一二三四五六七八九十", "一二三四五六七八九十一二三四五六七八九十"),
        ])
    func acceptsNames(raw: String, expected: String) throws {
        #expect(try PersonName(raw).value == expected)
    }

    @Test(
        "bad names are refused with a precise message",
        arguments: [
            ("", "必填，请输入姓名"),
            ("张", "至少2个字，请填写全名"),
            ("张3", "不能含数字“3”，请只填姓名"),
            ("张三３", "不能含数字“3”，请只填姓名"),
            ("张\u{7}三", "含有控制字符，请删除后重新输入"),
            ("张\n三", "含有控制字符，请删除后重新输入"),
            ("张三!", "不能含符号“!”，少数民族姓名请用“·”分隔"),
            ("·买买提", "“·”只能用在两段名字之间，请核对"),
            ("买买提·", "“·”只能用在两段名字之间，请核对"),
            ("阿依··买买提", "“·”只能用在两段名字之间，请核对"),
            ("一二三四五六七八九十一二三四五六七八九十一", "最多20个字，现在是21个，请核对"),
        ])
    func refusesNames(raw: String, problem: String) {
        #expect(throws: ValidationError(field: "姓名", problem: problem)) { try PersonName(raw) }
    }

    @Test("the field name given is used in the message")
    func usesFieldName() {
        #expect(throws: ValidationError(field: "户主姓名", problem: "必填，请输入姓名")) {
            try PersonName("", field: "户主姓名")
        }
    }
}
