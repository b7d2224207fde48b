import CunzhanCore
import GRDB

/// Writes one household of a roster through the ordinary actions (createHousehold, updateHousehold,
/// addMember, updateMember), so imported data gets the same checks and the same ops as typed data.
extension StationWriter {
    /// The villager groups of the village being imported into, by name; new names are created on use.
    struct ImportGroups {
        let villageID: VillageID
        var byName: [String: VillagerGroupID]
        var created: [String] = []
    }

    /// Imports the rows of one household, setting each row's outcome in `plan`. Refusals found here
    /// (an ID number held by another household, a new household without a head) leave the store alone.
    func importHousehold(
        number: String, rows: [RosterRow], columns: RosterColumns, groups: inout ImportGroups, plan: inout RosterPlan
    ) throws {
        let existing = try Row.fetchOne(
            db.cachedStatement(sql: Household.selectSQL + " WHERE village_id = ? AND household_number = ?"),
            arguments: [groups.villageID.text, number]
        ).map(Household.init(row:))
        var accepted: [(row: RosterRow, member: Member?)] = []
        for row in rows {
            let member = try Row.fetchOne(
                db.cachedStatement(sql: Member.selectSQL + " WHERE id_number = ?"), arguments: [row.idNumber.value]
            ).map(Member.init(row:))
            if let member, member.householdID != existing?.id {
                plan.refuse(row.number, try heldElsewhereMessage(member))
                continue
            }
            accepted.append((row, member))
        }
        let heads = accepted.filter { $0.row.relation == .head }
        if heads.count > 1 {
            let numbers = heads.map { String($0.row.number) }.joined(separator: "、")
            for entry in accepted {
                plan.refuse(entry.row.number, "户编号 \(number)：第 \(numbers) 行都是户主，一户只能有一位户主，请核对“与户主关系”。")
            }
            return
        }
        let household: Household
        do {
            household = try importedHousehold(
                number: number, existing: existing, head: heads.first?.row, memberCount: accepted.count,
                columns: columns, groups: &groups)
        } catch {
            let refusedRows = existing == nil ? accepted.map(\.row.number) : heads.map(\.row.number)
            for rowNumber in refusedRows { plan.refuse(rowNumber, error.message) }
            if existing == nil { return }
            try importMembers(accepted.filter { $0.row.relation != .head }, household: existing, plan: &plan)
            return
        }
        try action {
            if let existing {
                let changed = household != existing
                if changed { try updateHousehold(household) }
                try importMembers(accepted, household: household, plan: &plan)
                if changed, let head = heads.first, !plan.isRefused(head.row.number) {
                    plan.set(head.row.number, .updated)
                }
            } else {
                try createHousehold(household)
                try importMembers(accepted, household: household, plan: &plan)
            }
        }
    }

    private func importMembers(
        _ entries: [(row: RosterRow, member: Member?)], household: Household?, plan: inout RosterPlan
    ) throws {
        guard let household else { return }
        for (row, stored) in entries.sorted(by: {
            ($0.row.relation != .head ? 1 : 0) < ($1.row.relation != .head ? 1 : 0)
        }) {
            var member =
                stored
                ?? Member(
                    householdID: household.id, relation: row.relation, idNumber: row.idNumber, name: row.memberName)
            member.relation = row.relation
            member.name = row.memberName
            if let health = row.health { member.health = health }
            if let skills = row.skills { member.skills = skills }
            if let schooling = row.schooling { member.schooling = schooling }
            if let work = row.work { member.work = work }
            if let insured = row.insured { member.insured = insured }
            if let stored {
                if member != stored {
                    try updateMember(member)
                    plan.set(row.number, .updated)
                } else {
                    plan.set(row.number, .unchanged)
                }
            } else {
                try addMember(member)
                plan.set(row.number, .created)
            }
        }
    }

    /// The household as the file describes it: a new one from the head's row, or the stored one with the
    /// columns the file has replaced. Throws a Chinese message when the result is not a valid household.
    private func importedHousehold(
        number: String, existing: Household?, head: RosterRow?, memberCount: Int, columns: RosterColumns,
        groups: inout ImportGroups
    ) throws(ImportRowError) -> Household {
        guard let head else {
            if let existing { return existing }
            throw ImportRowError("户编号 \(number) 是新户，但表中没有它的户主行（与户主关系为“户主”），请补上户主再导入。")
        }
        var household: Household
        if let existing {
            household = existing
        } else {
            guard let kind = head.kind else { throw ImportRowError("户类型：新户必填（脱贫户 或 一般农户）。") }
            guard head.groupName != nil else { throw ImportRowError("村民小组：新户必填，请写明所在的村民小组。") }
            household = Household(
                villageID: groups.villageID, householdNumber: number, headName: head.memberName,
                groupID: VillagerGroupID(), address: "", phone: nil, kind: kind, population: memberCount)
        }
        if let groupName = head.groupName { household.groupID = try groupID(named: groupName, groups: &groups) }
        household.headName = head.headName ?? head.memberName
        if let kind = head.kind { household.kind = kind }
        if columns.has(.monitoringCategory) { household.monitoringCategory = head.monitoringCategory }
        if columns.has(.risk) { household.risks = head.risks }
        if columns.has(.measures) { household.measures = head.measures }
        if let population = head.population { household.population = population }
        if columns.has(.phone) { household.phone = head.phone }
        if columns.has(.address) { household.address = head.address ?? "" }
        do {
            return try StationWriter.validated(household)
        } catch {
            throw ImportRowError(error.message)
        }
    }

    private func groupID(named name: String, groups: inout ImportGroups) throws(ImportRowError) -> VillagerGroupID {
        if let id = groups.byName[name] { return id }
        guard name.count <= 30 else { throw ImportRowError("村民小组：“\(name)”超过30个字，请核对。") }
        let group = VillagerGroup(villageID: groups.villageID, name: name)
        do {
            try createGroup(group)
        } catch {
            throw ImportRowError("村民小组：无法新建“\(name)”（\(error)）。")
        }
        groups.byName[name] = group.id
        groups.created.append(name)
        return group.id
    }

    private func heldElsewhereMessage(_ member: Member) throws -> String {
        let holder = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT household_number, head_name FROM households WHERE id = ?"),
            arguments: [member.householdID.text])
        let number: String = holder?[0] ?? "?"
        let head: String = holder?[1] ?? "?"
        return "证件号码：\(member.idNumber.masked) 已登记在户编号 \(number)（户主 \(head)）的成员“\(member.name)”名下；导入不会把成员换到别的户，请核对。"
    }
}

extension RosterPlan {
    func isRefused(_ rowNumber: Int) -> Bool {
        guard let index = lineIndex[rowNumber] else { return false }
        return lines[index].outcome.isRefused
    }
}
