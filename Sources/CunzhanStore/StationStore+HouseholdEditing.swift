import CunzhanCore
import GRDB

/// What the household and member forms read before writing: the village's groups and the next free 户编号.
extension StationStore {
    /// The villager groups of `villageID`, by name, for the household form's 村民小组 lookup.
    public func villagerGroups(in villageID: VillageID) throws(StoreError) -> [VillagerGroup] {
        try read { db in
            try Row.fetchAll(
                db, sql: VillagerGroup.selectSQL + " WHERE village_id = ? ORDER BY name, id",
                arguments: [villageID.text]
            ).map(VillagerGroup.init(row:))
        }
    }

    /// The 户编号 to suggest for a new household of `villageID`: the largest all-digit number plus one,
    /// as wide as it (0009 gives 0010, 999 gives 1000), or 0001 in a village without households.
    public func nextHouseholdNumber(in villageID: VillageID) throws(StoreError) -> String {
        let largest = try read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT household_number FROM households
                    WHERE village_id = ? AND household_number NOT GLOB '*[^0-9]*'
                    ORDER BY length(household_number) DESC, household_number DESC LIMIT 1
                    """, arguments: [villageID.text])
        }
        guard let largest else { return "0001" }
        return Self.incremented(largest)
    }

    /// A string of digits plus one, keeping its width unless every digit was 9.
    static func incremented(_ digits: String) -> String {
        var result = Array(digits)
        var index = result.count - 1
        while index >= 0 {
            if result[index] == "9" {
                result[index] = "0"
                index -= 1
            } else {
                result[index] = Character(String((result[index].wholeNumberValue ?? 0) + 1))
                return String(result)
            }
        }
        return "1" + String(result)
    }
}
