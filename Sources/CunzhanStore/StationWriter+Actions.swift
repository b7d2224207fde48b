import CunzhanCore
import GRDB

extension StationWriter {
    /// Creates a village (行政村); its code is checked by `VillageCode` and must be unique.
    public func createVillage(_ village: Village) throws {
        let village = try StationWriter.validated(village)
        try action { try insertRecording(village) }
    }

    /// Creates a villager group in an existing village.
    public func createGroup(_ group: VillagerGroup) throws {
        try requireExists(.village, table: "villages", id: group.villageID.text)
        try action { try insertRecording(group) }
    }

    /// Creates or replaces nothing: adds a monthly theme for a month that has none.
    public func createTheme(_ theme: MonthlyTheme) throws {
        try action { try insertRecording(theme) }
    }

    /// Adds a household and, in the same action, its members.
    public func createHousehold(_ household: Household, members: [Member] = []) throws {
        let household = try StationWriter.validated(household)
        try requireExists(.villagerGroup, table: "villager_groups", id: household.groupID.text)
        try action {
            try insertRecording(household)
            for member in members { try addMember(member) }
        }
    }

    /// Saves changed household fields as one patch op (nothing is recorded when nothing changed).
    public func updateHousehold(_ household: Household) throws {
        let household = try StationWriter.validated(household)
        try action { try updateRecording(household) }
    }

    /// Adds a member; an ID number already registered anywhere in the store is refused, naming the household.
    public func addMember(_ member: Member) throws {
        let member = try StationWriter.validated(member)
        try requireExists(.household, table: "households", id: member.householdID.text)
        if let holder = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT h.household_number, h.head_name, m.name FROM members m JOIN households h ON h.id = m.household_id
                    WHERE m.id_number = ?
                    """), arguments: [member.idNumber.value])
        {
            let number: String = holder[0]
            let head: String = holder[1]
            let name: String = holder[2]
            throw StoreError(
                .duplicateIDNumber,
                "证件号码：\(member.idNumber.masked) 已登记在户编号 \(number)（户主 \(head)）的成员“\(name)”名下，请核对后再输入。")
        }
        try action { try insertRecording(member) }
    }

    /// Saves changed member fields as one patch op.
    public func updateMember(_ member: Member) throws {
        let member = try StationWriter.validated(member)
        try action { try updateRecording(member) }
    }

    /// Records a household visit (append-only); the household's last visit date follows.
    public func recordVisit(_ visit: Visit) throws {
        let visit = try StationWriter.validated(visit)
        try requireExists(.household, table: "households", id: visit.householdID.text)
        try action { try insertRecording(visit) }
    }

    /// Records a year's income survey of a household (append-only).
    public func recordIncomeSurvey(_ survey: IncomeSurvey) throws {
        let survey = try StationWriter.validated(survey)
        try requireExists(.household, table: "households", id: survey.householdID.text)
        try action { try insertRecording(survey) }
    }

    /// Withdraws an append-only record (visit, inspection, progress entry, supervision record) with a reason.
    public func voidRecord(_ type: EntityType, id: String, reason: String) throws {
        let trimmed = reason.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw StoreError(.invalidValue, "作废原因：必填，请写明为什么作废。") }
        try action {
            try StationWriter.applyVoid(db, type: type, id: id, reason: trimmed)
            try recordOp(type, id: id, kind: .void, payload: ColumnCoding.json(["reason": trimmed]))
        }
    }
}
