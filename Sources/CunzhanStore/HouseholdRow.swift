import CunzhanCore
import GRDB

/// One line of the household list: what the register shows, with ID number and phone masked.
public struct HouseholdRow: Equatable, Sendable, Identifiable {
    public var id: HouseholdID
    public var householdNumber: String
    public var headName: String
    public var groupName: String
    public var population: Int
    /// 监测对象类别 when monitored, else 户类型, in Chinese; "，待评估" added when flagged for a monitoring review.
    public var statusLabel: String
    public var lastVisitDate: CalendarDate?
    public var visitCount: Int
    /// The head's ID number masked (`530***********123X`), or empty when the head is not registered.
    public var maskedHeadID: String
    /// The phone masked (`138****5678`), or empty.
    public var maskedPhone: String

    /// The row's sort keys besides the household number (group id, risk rank and negated risk count).
    var groupID: String
    var riskRank: Int
    var riskCountRank: Int

    /// Where this row sits in every list order, for fetching the next or previous page in any of them.
    public var cursor: HouseholdCursor {
        HouseholdCursor(
            householdNumber: householdNumber, id: id.text, groupName: groupName, groupID: groupID,
            lastVisitDate: lastVisitDate?.description ?? "", riskRank: riskRank, riskCountRank: riskCountRank)
    }

    /// The columns a row is read from, over `households h` joined to `villager_groups g`.
    static let columnsSQL = """
        SELECT h.id, h.household_number, h.head_name, g.name AS group_name, h.population, h.kind,
            h.monitoring_category, h.last_visit_date, h.visit_count, h.head_id_number, h.phone,
            h.monitoring_review_date, h.group_id, h.risk_rank, h.risk_count_rank
        """

    static let selectSQL = columnsSQL + " FROM households h LEFT JOIN villager_groups g ON g.id = h.group_id"

    init(row: Row) throws {
        id = try row.id("id")
        householdNumber = row["household_number"]
        headName = row["head_name"]
        groupName = row["group_name"] ?? ""
        population = row["population"]
        let kind: HouseholdKind = try row.value("kind")
        let category: MonitoringCategory? = try row.optionalValue("monitoring_category")
        // A household flagged for a monitoring review says so in the same column: "一般户，待评估".
        let flagged = (row["monitoring_review_date"] as String?) != nil
        statusLabel = (category?.label ?? kind.label) + (flagged ? "，待评估" : "")
        lastVisitDate = try row.optionalDate("last_visit_date")
        visitCount = row["visit_count"]
        maskedHeadID = (row["head_id_number"] as String?).map(IDNumber.mask) ?? ""
        maskedPhone = (row["phone"] as String?).map(HouseholdRow.maskPhone) ?? ""
        groupID = row["group_id"]
        riskRank = row["risk_rank"]
        riskCountRank = row["risk_count_rank"]
    }

    /// Keeps the first 3 and last 4 digits of a phone number: `13812345678` → `138****5678`.
    public static func maskPhone(_ phone: String) -> String {
        let characters = Array(phone)
        guard characters.count > 7 else { return phone }
        return String(characters.prefix(3)) + String(repeating: "*", count: characters.count - 7)
            + String(characters.suffix(4))
    }
}
