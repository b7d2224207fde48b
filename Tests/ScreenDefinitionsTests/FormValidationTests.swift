import Testing

@testable import ScreenDefinitions

@Suite struct FormValidationTests {
    private let visit = ScreenCatalog.defaults.form("visit")

    /// A complete, valid visit.
    private var goodVisit: [String: String] {
        [
            "visitor": "王建国", "visit_date": "2026-03-15", "food": "达标", "clothing": "达标", "education": "达标",
            "medical": "达标", "housing": "达标", "water": "达标", "recognised": "是",
        ]
    }

    @Test func completeVisitHasNoProblems() throws {
        let form = try #require(visit)
        #expect(form.validate(values: goodVisit).isEmpty)
    }

    @Test func requiredFieldsLeftEmptySayRequired() throws {
        let form = try #require(visit)
        var values = goodVisit
        values["visitor"] = "  "
        values["recognised"] = nil
        #expect(form.validate(values: values) == ["visitor": "走访人：必填", "recognised": "群众认可：必填"])
    }

    @Test func noteIsRequiredOnlyWhenItsCheckIsNotMet() throws {
        let form = try #require(visit)
        var values = goodVisit
        values["housing"] = "不达标"
        #expect(form.validate(values: values) == ["housing_note": "住房安全情况说明：住房安全为“不达标”时必填，请填写"])
        #expect(form.isRequired(try #require(form.field("housing_note")), values: values))
        values["housing_note"] = "屋顶漏雨，已报危房改造"
        #expect(form.validate(values: values).isEmpty)
    }

    @Test func requiredWhenOnAMultiChoiceFieldHoldsWhenTheValueIsSelected() throws {
        let form = try #require(
            parsedForm(
                formYAML(
                    """
                      - {id: risks, label: 风险, type: multi-choice, choices: {from: risk-type}}
                      - {id: illness, label: 病情, type: text, required_when: {field: risks, equals: 因病}}
                    """)))
        #expect(form.validate(values: ["risks": "因灾、因病"]) == ["illness": "病情：风险选了“因病”时必填，请填写"])
        #expect(form.validate(values: ["risks": "因灾"]).isEmpty)
    }

    @Test func typedValuesAreCheckedWithMessagesNamingTheField() throws {
        let form = try #require(
            parsedForm(
                formYAML(
                    """
                      - {id: age, label: 年龄, type: integer, min: 0, max: 120}
                      - {id: income, label: 收入, type: money, min: 0, max: 1000.50}
                      - {id: born, label: 出生日期, type: date}
                      - {id: id_number, label: 证件号码, type: id-number}
                      - {id: phone, label: 电话, type: phone}
                      - {id: kind, label: 户类型, type: choice, choices: {from: household-kind}}
                      - {id: ok, label: 认可, type: yes-no}
                      - {id: code, label: 编码, type: text, pattern: "[0-9]{3}", help: 三位数字}
                      - {id: name, label: 姓名, type: text, max_length: 4}
                    """)))
        let problems = form.validate(values: [
            "age": "130", "income": "1000.51", "born": "2023-02-29", "id_number": "11010519491231002X",
            "phone": "1381234567", "kind": "贫困户", "ok": "对", "code": "12a", "name": "欧阳娜娜娜",
        ])
        #expect(problems["age"] == "年龄：不能大于 120")
        #expect(problems["income"] == "收入：不能大于 1000.50 元")
        #expect(problems["born"] == "出生日期：2023年2月29日不存在，请检查年月日")
        #expect(problems["id_number"] == nil)
        #expect(problems["phone"]?.hasPrefix("电话：手机号应为 1 开头的 11 位数字") == true)
        #expect(problems["kind"] == "户类型：“贫困户”不是可选项，可选：脱贫户、一般农户")
        #expect(problems["ok"] == "认可：“对”不是可选项，可选：是、否")
        #expect(problems["code"] == "编码：“12a”格式不对，三位数字")
        #expect(problems["name"] == "姓名：最多 4 个字，现在有 5 个，请删减")
        #expect(problems.count == 8)
    }

    @Test func badIDNumberAndMoneyAreRefused() throws {
        let form = try #require(
            parsedForm(
                formYAML("  - {id: id_number, label: 证件号码, type: id-number}\n  - {id: pay, label: 工资, type: money}")))
        let problems = form.validate(values: ["id_number": "110105194912310021", "pay": "12.345"])
        #expect(problems["id_number"]?.hasPrefix("证件号码：校验位不对") == true)
        #expect(problems["pay"]?.hasPrefix("工资：“12.345”不是有效的金额") == true)
    }

    @Test func moneyTextIsExactIntegerFen() {
        #expect(MoneyText.fen(from: "12000.5") == 1_200_050)
        #expect(MoneyText.fen(from: "1,234.56元") == 123_456)
        #expect(MoneyText.fen(from: "-3") == -300)
        #expect(MoneyText.fen(from: "1e3") == nil)
        #expect(MoneyText.fen(from: ".5") == nil)
        #expect(MoneyText.yuan(fromFen: 1_200_050) == "12000.50")
        #expect(MoneyText.yuan(fromFen: 5) == "0.05")
    }

    @Test func landlineAndMobileNumbersAreAccepted() throws {
        let form = try #require(parsedForm(formYAML("  - {id: phone, label: 电话, type: phone}")))
        #expect(form.validate(values: ["phone": "13812345678"]).isEmpty)
        #expect(form.validate(values: ["phone": "0851-12345678"]).isEmpty)
        #expect(form.validate(values: ["phone": "12812345678"]).count == 1)
    }
}
