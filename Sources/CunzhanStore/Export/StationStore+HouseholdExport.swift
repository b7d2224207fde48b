import CunzhanCore
import GRDB
import Spreadsheets

/// The household roster as a sheet, one row per member with the household's columns repeated, under the
/// same titles the import looks for, so exporting and importing the file again changes nothing.
extension StationStore {
    func householdRegisterRows(village: VillageID) throws(StoreError) -> [[SheetValue]] {
        try read { db in
            let households = try Row.fetchAll(
                db,
                sql: """
                    SELECT h.*, g.name AS group_name FROM households h JOIN villager_groups g ON g.id = h.group_id
                    WHERE h.village_id = ? ORDER BY h.household_number
                    """,
                arguments: [village.text]
            ).map { row in (try Household(row: row), row["group_name"] as String) }
            let riskColumns = max(households.map(\.0.risks.count).max() ?? 1, 1)
            var rows: [[SheetValue]] = [StationStore.householdHeader(riskColumns: riskColumns).map(SheetValue.text)]
            let memberSQL = Member.selectSQL + " WHERE household_id = ? ORDER BY relation <> 'head', rowid"
            for (household, groupName) in households {
                let members = try Row.fetchAll(db.cachedStatement(sql: memberSQL), arguments: [household.id.text])
                    .map(Member.init(row:))
                let householdCells = StationStore.householdCells(
                    household, groupName: groupName, riskColumns: riskColumns)
                if members.isEmpty {
                    rows.append(householdCells + Array(repeating: .text(""), count: 8))
                }
                for member in members {
                    rows.append(householdCells + StationStore.memberCells(member))
                }
            }
            return rows
        }
    }

    static func householdHeader(riskColumns: Int) -> [String] {
        let fields: [RosterField] = [.householdNumber, .group, .headName, .kind, .monitoringCategory]
        let risks = (1...riskColumns).map { "\(RosterField.risk.header)\($0)" }
        let rest: [RosterField] = [
            .measures, .population, .phone, .address, .memberName, .idNumber, .relation, .health, .skills, .schooling,
            .work, .insured,
        ]
        return fields.map(\.header) + risks + rest.map(\.header)
    }

    static func householdCells(_ household: Household, groupName: String, riskColumns: Int) -> [SheetValue] {
        let risks = (0..<riskColumns).map { index in
            SheetValue.text(household.risks.indices.contains(index) ? household.risks[index].label : "")
        }
        return [
            .text(household.householdNumber), .text(groupName), .text(household.headName), .text(household.kind.label),
            .text(household.monitoringCategory?.label ?? ""),
        ] + risks + [
            .text(household.measures.map(\.label).joined(separator: "、")), .number(household.population),
            .text(household.phone ?? ""), .text(household.address),
        ]
    }

    static func memberCells(_ member: Member) -> [SheetValue] {
        [
            .text(member.name), .text(member.idNumber.value), .text(member.relation.label), .text(member.health.label),
            .text(member.skills.label), .text(member.schooling.label), .text(member.work.label),
            .text(member.insured ? "是" : "否"),
        ]
    }
}
