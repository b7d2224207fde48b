import CunzhanCore
import Spreadsheets

/// One member row of a roster, read and checked by the core validators; household fields are kept too
/// and used from the head's row.
///
/// Optional values are nil when the cell is empty; whether an empty cell clears a stored value depends on
/// whether the file has that column at all (see `RosterImporter`).
struct RosterRow {
    let number: Int
    let householdNumber: String
    let memberName: String
    let idNumber: IDNumber
    let relation: Relation
    let health: HealthStatus?
    let skills: LabourSkill?
    let schooling: SchoolingStatus?
    let work: WorkStatus?
    let insured: Bool?
    let groupName: String?
    let headName: String?
    let kind: HouseholdKind?
    let monitoringCategory: MonitoringCategory?
    let risks: [RiskType]
    let measures: [AssistanceMeasure]
    let population: Int?
    let phone: String?
    let address: String?

    /// Reads `row`, or throws the first problem as a Chinese message naming the column.
    init(_ row: Sheet.Row, columns: RosterColumns) throws(ImportRowError) {
        number = row.number
        let text = { (field: RosterField) in columns.value(field, in: row) }
        householdNumber = text(.householdNumber)
        guard !householdNumber.isEmpty else { throw ImportRowError("户编号：必填，本行没有户编号。") }
        guard householdNumber.count <= 30 else { throw ImportRowError("户编号：超过30个字符，请核对。") }
        guard
            let parsedRelation = try RosterRow.choice(
                Relation.self, text(.relation), field: .relation, synonyms: RosterRow.relations)
        else { throw ImportRowError("与户主关系：必填，请写“户主”“配偶”“之子”等。") }
        relation = parsedRelation
        let rawName = text(.memberName).isEmpty && relation == .head ? text(.headName) : text(.memberName)
        memberName = try RosterRow.checked { () throws(ValidationError) in try PersonName(rawName, field: "姓名").value }
        idNumber = try RosterRow.idNumber(text(.idNumber))
        health = try RosterRow.choice(HealthStatus.self, text(.health), field: .health, synonyms: RosterRow.healths)
        skills = try RosterRow.choice(LabourSkill.self, text(.skills), field: .skills, synonyms: [:])
        schooling = try RosterRow.choice(SchoolingStatus.self, text(.schooling), field: .schooling, synonyms: [:])
        work = try RosterRow.choice(WorkStatus.self, text(.work), field: .work, synonyms: [:])
        insured = try RosterRow.yesNo(text(.insured), field: .insured)
        let group = text(.group)
        groupName = group.isEmpty ? nil : group
        let head = text(.headName)
        headName =
            head.isEmpty
            ? nil : try RosterRow.checked { () throws(ValidationError) in try PersonName(head, field: "户主姓名").value }
        kind = try RosterRow.choice(HouseholdKind.self, text(.kind), field: .kind, synonyms: [:])
        let category = text(.monitoringCategory)
        monitoringCategory =
            ["无", "否", "非监测户", "-"].contains(category)
            ? nil
            : try RosterRow.choice(MonitoringCategory.self, category, field: .monitoringCategory, synonyms: [:])
        risks = try RosterRow.choices(RiskType.self, columns.values(.risk, in: row), field: .risk, synonyms: [:])
        measures = try RosterRow.choices(
            AssistanceMeasure.self, columns.values(.measures, in: row), field: .measures,
            synonyms: RosterRow.measureSynonyms)
        let populationText = text(.population)
        if populationText.isEmpty {
            population = nil
        } else {
            guard let value = Int(populationText), (1...99).contains(value) else {
                throw ImportRowError("人口数：“\(populationText)”不是1到99之间的整数，请核对。")
            }
            population = value
        }
        let phoneText = text(.phone)
        phone =
            phoneText.isEmpty
            ? nil
            : try RosterRow.checked { () throws(ValidationError) in try PhoneNumber(phoneText, field: "联系电话").value }
        let addressText = text(.address)
        address = addressText.isEmpty ? nil : addressText
    }

    private static func checked<T>(_ body: () throws(ValidationError) -> T) throws(ImportRowError) -> T {
        do { return try body() } catch { throw ImportRowError(error.message) }
    }

    /// The ID number, with a hint when a spreadsheet turned it into a number and lost its last digits.
    private static func idNumber(_ text: String) throws(ImportRowError) -> IDNumber {
        do {
            return try IDNumber(text, field: "证件号码")
        } catch {
            let lostDigits = text.count == 18 && text.allSatisfy(\.isNumber) && text.hasSuffix("00")
            let hint = lostDigits ? "（表格可能把证件号码存成了数字，后几位已丢失；请把该列设为“文本”后重新录入）" : ""
            throw ImportRowError(error.message + hint)
        }
    }

    private static func choice<T: ChineseLabeled>(
        _ type: T.Type, _ text: String, field: RosterField, synonyms: [String: T]
    ) throws(ImportRowError) -> T? {
        guard !text.isEmpty else { return nil }
        if let value = T(label: text) ?? synonyms[text] { return value }
        throw ImportRowError("\(field.header)：“\(text)”不是可选的值（\(T.labels.joined(separator: "、"))），请核对。")
    }

    /// Every value of a multi-valued column, in order, without repeats; 无 means none.
    private static func choices<T: ChineseLabeled>(
        _ type: T.Type, _ texts: [String], field: RosterField, synonyms: [String: T]
    ) throws(ImportRowError) -> [T] {
        var values: [T] = []
        for text in texts where text != "无" {
            guard let value = try choice(type, text, field: field, synonyms: synonyms) else { continue }
            if !values.contains(value) { values.append(value) }
        }
        return values
    }

    private static func yesNo(_ text: String, field: RosterField) throws(ImportRowError) -> Bool? {
        guard !text.isEmpty else { return nil }
        if ["是", "已参保", "参保", "TRUE", "true", "1", "Y", "y"].contains(text) { return true }
        if ["否", "未参保", "不参保", "FALSE", "false", "0", "N", "n"].contains(text) { return false }
        throw ImportRowError("\(field.header)：“\(text)”应为“是”或“否”，请核对。")
    }

    static let relations: [String: Relation] = [
        "本人": .head, "户主本人": .head, "妻": .spouse, "妻子": .spouse, "夫": .spouse, "丈夫": .spouse,
        "子": .son, "儿子": .son, "长子": .son, "次子": .son, "三子": .son, "女": .daughter, "女儿": .daughter,
        "长女": .daughter, "次女": .daughter, "三女": .daughter, "儿媳": .daughterInLaw, "女婿": .sonInLaw,
        "孙子": .grandchild, "孙女": .grandchild, "之孙子": .grandchild, "之孙女": .grandchild, "外孙子": .grandchild,
        "外孙女": .grandchild, "父亲": .parent, "母亲": .parent, "之父": .parent, "之母": .parent, "父": .parent,
        "母": .parent, "兄": .sibling, "弟": .sibling, "姐": .sibling, "妹": .sibling, "兄弟": .sibling, "姐妹": .sibling,
    ]

    static let healths: [String: HealthStatus] = ["良好": .healthy, "慢性病": .chronicIllness, "大病": .seriousIllness]

    static let measureSynonyms: [String: AssistanceMeasure] = [
        "产业帮扶": .industry, "就业帮扶": .employment, "金融帮扶": .finance, "小额信贷": .finance, "健康帮扶": .health,
        "教育帮扶": .education, "低保": .socialSecurity, "特困": .socialSecurity, "综合保障(低保/特困)": .socialSecurity,
        "易地搬迁": .relocation,
    ]
}

/// Why one roster row was refused, in Chinese, naming the column and the fix.
public struct ImportRowError: Error, Equatable, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }
}
