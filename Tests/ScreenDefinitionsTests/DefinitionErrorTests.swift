import Testing

@testable import ScreenDefinitions

@Suite struct DefinitionErrorTests {
    @Test func unknownFieldTypeIsReportedAtTheTypeValueWithTheAvailableTypes() throws {
        let yaml = formYAML(
            """
              - id: notes
                label: 备注
                type: txt
            """)
        let errors = problems(in: yaml)
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.file == "Screens/test.yaml")
        #expect(error.line == 6)
        #expect(error.column == 11)
        #expect(error.message.hasPrefix("字段 notes 的类型“txt”无效，可用类型：text, integer, money, date, choice"))
        #expect(error.description.hasPrefix("Screens/test.yaml 第 6 行第 11 列：字段 notes 的类型"))
    }

    @Test func unknownKeyIsReportedAtTheKeyWithTheAllowedKeys() throws {
        let errors = problems(in: formYAML("  - {id: notes, lable: 备注, label: 备注, type: text}"))
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect((error.line, error.column) == (4, 17))
        #expect(error.message.hasPrefix("字段中的键“lable”无效，可用的键：id, label, type"))
    }

    @Test func duplicateFieldIDIsReportedAtTheSecondOccurrence() throws {
        let errors = problems(
            in: formYAML(
                """
                  - {id: notes, label: 备注, type: text}
                  - {id: notes, label: 说明, type: text}
                """))
        #expect(errors.map(\.line) == [5])
        #expect(errors.first?.message == "字段编号“notes”重复（第 4 行已有），请改用另一个编号")
    }

    @Test func missingLabelIsReportedAtTheField() {
        let errors = problems(in: formYAML("  - {id: notes, type: text}"))
        #expect(errors.map(\.message) == ["字段 notes 缺少“label”"])
        #expect(errors.map(\.line) == [4])
    }

    @Test func choicesOnANonChoiceFieldAreRefused() {
        let errors = problems(in: formYAML("  - {id: age, label: 年龄, type: integer, choices: [一, 二]}"))
        #expect(errors.map(\.message) == ["字段 age 的类型是 integer，不能有 choices（只有 choice、multi-choice 字段可以）"])
    }

    @Test func unknownVocabularyIsReportedAtItsName() throws {
        let errors = problems(in: formYAML("  - {id: risk, label: 风险, type: choice, choices: {from: risks}}"))
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.message.hasPrefix("字段 risk 的选项来源“risks”无效，可用词表：risk-type, assistance-measure"))
        #expect(error.column == 57)
    }

    @Test func requiredWhenNamingAMissingFieldIsRefused() {
        let errors = problems(
            in: formYAML(
                """
                  - {id: food, label: 吃, type: choice, choices: {from: check-result}}
                  - id: note
                    label: 说明
                    type: text
                    required_when: {field: fod, equals: 不达标}
                """))
        #expect(errors.map(\.message) == ["字段 note 的 required_when 指向不存在的字段“fod”，本表单的字段：food, note"])
        #expect(errors.map(\.line) == [8])
    }

    @Test func requiredWhenWithAnImpossibleValueIsRefused() {
        let errors = problems(
            in: formYAML(
                """
                  - {id: food, label: 吃, type: choice, choices: {from: check-result}}
                  - id: note
                    label: 说明
                    type: text
                    required_when: {field: food, equals: 不合格}
                """))
        #expect(errors.map(\.message) == ["字段 note 的 required_when 的值“不合格”不可能出现：字段 food 的选项只有 达标, 不达标"])
    }

    @Test func badColumnWidthsAreRefused() {
        let yaml = """
            list: things
            title: 列表
            columns:
              - {id: a, label: 甲, width: 0}
              - {id: b, label: 乙, width: 4, weight: 2}
              - {id: c, label: 丙, width: wide}
            """
        let errors = problems(in: yaml)
        #expect(errors.map(\.line) == [4, 5, 6])
        #expect(errors.first?.message == "列 a 的“width”为 0，应在 1 到 80 之间")
        #expect(errors.dropFirst().first?.message.hasPrefix("列 b 只能有 width（固定列宽）或 weight") == true)
    }

    @Test func fixedColumnsWiderThanTheScreenAreRefused() {
        let yaml = """
            list: things
            title: 列表
            columns:
              - {id: a, label: 甲, width: 60}
              - {id: b, label: 乙, width: 30}
            """
        #expect(problems(in: yaml).map(\.message) == ["列表 things 的固定列宽合计 91 列（含列间空格）超过 80 列的屏幕，请减小 width 或改用 weight"])
    }

    @Test func emptyListsAreRefused() {
        #expect(problems(in: "form: test\ntitle: 测试\nfields: []\n").map(\.message) == ["表单 test 的“fields”是空列表，至少需要一项"])
        let choices = problems(in: formYAML("  - {id: a, label: 甲, type: choice, choices: []}"))
        #expect(choices.map(\.message) == ["字段 a 的 choices 是空列表，至少需要一个选项"])
    }

    @Test func sortByAnUnknownColumnIsRefused() {
        let yaml = """
            list: things
            title: 列表
            columns: [{id: a, label: 甲}]
            sort: [{id: s, label: 排序, by: b}]
            """
        #expect(problems(in: yaml).map(\.message) == ["排序 s 的 by 指向不存在的列“b”，可用的列：a"])
    }

    @Test func yamlSyntaxErrorsArePositionedAndExplainedInChinese() throws {
        let error = try #require(problems(in: "form: test\ntitle: 测试\n  fields: x\n").first)
        #expect(error.line == 3)
        #expect(error.message.hasPrefix("YAML 格式错误："))
    }

    @Test func everyProblemOfAFileIsCollectedNotJustTheFirst() {
        let yaml = """
            form: Visit
            title: 走访
            colour: red
            fields:
              - {id: a, label: 甲, type: txt}
              - {id: b, type: text}
              - {id: c, label: 丙, type: yes-no, choices: [是, 否]}
              - {id: d, label: 丁, type: text, min: 3}
            """
        let errors = problems(in: yaml)
        #expect(errors.map(\.line) == [1, 3, 5, 6, 7, 8])
    }

    @Test func aFileWithNeitherFormNorListSaysHowToStart() {
        #expect(problems(in: "title: 走访\n").map(\.message) == ["文件应以 form: <编号>（表单）或 list: <编号>（列表）开头"])
        #expect(problems(in: "").map(\.message) == ["文件是空的，应以 form: <编号> 或 list: <编号> 开头"])
    }

    @Test func literalDefaultsMustBeValidValuesOfTheField() {
        let errors = problems(
            in: formYAML("  - {id: kind, label: 户类型, type: choice, choices: {from: household-kind}, default: 贫困户}"))
        #expect(errors.map(\.message) == ["字段 kind 的默认值“贫困户”不合格：户类型：“贫困户”不是可选项，可选：脱贫户、一般农户"])
    }
}
