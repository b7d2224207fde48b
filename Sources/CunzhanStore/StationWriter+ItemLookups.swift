import CunzhanCore
import GRDB

extension StationWriter {
    /// The household of `village` whose number is `number` or ends with it (the item form takes "0012").
    ///
    /// Refuses with a message on 户编号 when none or several match, so the form shows it under that field.
    public func householdID(numbered number: String, in village: VillageID) throws -> HouseholdID {
        let number = number.trimmingWhitespace()
        guard !number.isEmpty, number.allSatisfy(\.isNumber) else {
            throw StoreError(.invalidValue, "户编号：请输入户编号或其末几位数字，如 0012。")
        }
        let ids = try String.fetchAll(
            db,
            sql: """
                SELECT id FROM households WHERE village_id = ? AND (household_number = ? OR household_number LIKE ?)
                ORDER BY household_number LIMIT 2
                """, arguments: [village.text, number, "%" + number])
        guard let first = ids.first, let id = HouseholdID(first) else {
            throw StoreError(.invalidValue, "户编号：本村没有编号为 \(number) 或以它结尾的农户，请核对。")
        }
        guard ids.count == 1 else {
            throw StoreError(.invalidValue, "户编号：以 \(number) 结尾的农户不止一户，请多输几位。")
        }
        return id
    }

    /// The villager group of `village` called `name`; refuses on 村民小组 when there is none.
    public func groupID(named name: String, in village: VillageID) throws -> VillagerGroupID {
        let name = name.trimmingWhitespace()
        guard
            let text = try String.fetchOne(
                db, sql: "SELECT id FROM villager_groups WHERE village_id = ? AND name = ?",
                arguments: [village.text, name]),
            let id = VillagerGroupID(text)
        else {
            throw StoreError(.invalidValue, "村民小组：本村没有“\(name)”，请写全称，如 第一村民小组。")
        }
        return id
    }

    /// The enabled user called `name` who may own items (村干部/网格员, 第一书记); refuses on 责任人.
    public func ownerID(named name: String) throws -> UserID {
        let name = name.trimmingWhitespace()
        guard
            let user = try Row.fetchOne(
                db, sql: User.selectSQL + " WHERE name = ? AND disabled = 0 AND role IN ('cadre', 'firstSecretary')",
                arguments: [name]
            ).map(User.init(row:))
        else {
            throw StoreError(.invalidValue, "责任人：找不到在用的村干部、网格员或第一书记“\(name)”，请核对姓名。")
        }
        return user.id
    }

    /// The theme of `month` (`YYYY-MM`), if one is set.
    public func themeID(month: String) throws -> MonthlyThemeID? {
        try String.fetchOne(db, sql: "SELECT id FROM monthly_themes WHERE month = ?", arguments: [month])
            .flatMap(MonthlyThemeID.init)
    }
}
