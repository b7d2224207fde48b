import CunzhanCore
import GRDB

extension Household: StoredEntity {
    static let entityType = EntityType.household
    static let table = "households"
    static let columns = [
        "id", "village_id", "household_number", "head_name", "group_id", "address", "phone", "kind",
        "monitoring_category", "risks", "measures", "population",
        "given_name", "search_initials", "search_pinyin", "phone_reversed",
        "monitoring_review_date", "monitoring_review_reason", "answers", "grid_id", "long_absent", "registered_on",
    ]
    static var keepsAnswers: Bool { true }
    var idText: String { id.text }

    func columnValues() -> [(any DatabaseValueConvertible)?] {
        let keys = HouseholdSearchKeys(headName: headName, phone: phone)
        return [
            id.text, villageID.text, householdNumber, headName, groupID.text, address, phone, kind.rawValue,
            monitoringCategory?.rawValue, ColumnCoding.json(risks), ColumnCoding.json(measures), population,
            keys.givenName, keys.initials, keys.pinyin, keys.phoneReversed,
            monitoringReview?.date.description, monitoringReview?.reason, ColumnCoding.json(answers), gridID.text,
            longAbsent, registeredOn?.description,
        ]
    }

    init(row: Row) throws {
        self.init(
            id: try row.id("id"), villageID: try row.id("village_id"), householdNumber: row["household_number"],
            headName: row["head_name"], groupID: try row.id("group_id"), address: row["address"], phone: row["phone"],
            kind: try row.value("kind"), monitoringCategory: try row.optionalValue("monitoring_category"),
            risks: try row.json("risks"), measures: try row.json("measures"), population: row["population"],
            monitoringReview: try row.optionalDate("monitoring_review_date").map { date in
                MonitoringReview(date: date, reason: row["monitoring_review_reason"] ?? "")
            }, answers: try row.json("answers"), gridID: try row.optionalID("grid_id"), longAbsent: row["long_absent"],
            registeredOn: try row.optionalDate("registered_on"))
    }

    /// Households created before grids (schema 8 and earlier) are not 长期外出.
    static func withDefaults(_ fields: [String: JSONValue]) -> [String: JSONValue] {
        var fields = fields
        if fields["longAbsent"] == nil { fields["longAbsent"] = .bool(false) }
        return fields
    }
}

extension Member: StoredEntity {
    static let entityType = EntityType.member
    static let table = "members"
    static let columns = [
        "id", "household_id", "relation", "id_number", "name", "health", "skills", "schooling", "work", "insured",
        "answers",
    ]
    static var keepsAnswers: Bool { true }
    var idText: String { id.text }

    func columnValues() -> [(any DatabaseValueConvertible)?] {
        [
            id.text, householdID.text, relation.rawValue, idNumber.value, name, health.rawValue, skills.rawValue,
            schooling.rawValue, work.rawValue, insured, ColumnCoding.json(answers),
        ]
    }

    init(row: Row) throws {
        let idText: String = row["id_number"]
        guard let idNumber = try? IDNumber(idText) else {
            throw StoreError(.corruptRow, "数据库中的证件号码损坏，请运行 cunzhan check。")
        }
        self.init(
            id: try row.id("id"), householdID: try row.id("household_id"), relation: try row.value("relation"),
            idNumber: idNumber, name: row["name"], health: try row.value("health"), skills: try row.value("skills"),
            schooling: try row.value("schooling"), work: try row.value("work"), insured: row["insured"],
            answers: try row.json("answers"))
    }

    /// The head's ID number is copied onto the household, so lists show it and filter by its tail.
    func didWrite(_ db: Database) throws {
        guard relation == .head else { return }
        try db.cachedStatement(
            sql: "UPDATE households SET head_id_number = ?, head_id_reversed = ? WHERE id = ?"
        ).execute(arguments: [idNumber.value, String(idNumber.value.reversed()), householdID.text])
    }
}

extension IncomeSurvey: StoredEntity {
    static let entityType = EntityType.incomeSurvey
    static let table = "income_surveys"
    static let columns = [
        "id", "household_id", "year", "wages_fen", "business_fen", "property_fen", "transfers_fen",
        "business_expenses_fen", "population",
    ]
    static var isAppendOnly: Bool { true }
    var idText: String { id.text }

    func columnValues() -> [(any DatabaseValueConvertible)?] {
        [
            id.text, householdID.text, year, wages.fen, business.fen, property.fen, transfers.fen, businessExpenses.fen,
            population,
        ]
    }

    init(row: Row) throws {
        self.init(
            id: try row.id("id"), householdID: try row.id("household_id"), year: row["year"],
            wages: Money(fen: row["wages_fen"]), business: Money(fen: row["business_fen"]),
            property: Money(fen: row["property_fen"]), transfers: Money(fen: row["transfers_fen"]),
            businessExpenses: Money(fen: row["business_expenses_fen"]), population: row["population"])
    }
}
