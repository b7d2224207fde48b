import CunzhanCore
import GRDB

/// Refusals of a duplicate 户编号 or 证件号码 that name the household already holding it.
///
/// The schema's UNIQUE constraints would refuse these too, but with a message nobody can act on; the
/// forms call these inside the same write, just before `createHousehold` / `updateHousehold` /
/// `updateMember`, so the user reads which household to look at.
extension StationWriter {
    /// Throws when another household of the same village already has `household`'s 户编号.
    public func requireFreeHouseholdNumber(_ household: Household) throws {
        let holder = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT head_name FROM households WHERE village_id = ? AND household_number = ? AND id <> ?
                    """),
            arguments: [household.villageID.text, household.householdNumber, household.id.text])
        guard let holder else { return }
        let head: String = holder[0]
        throw StoreError(
            .constraintViolation,
            "户编号：\(household.householdNumber) 已是户主 \(head) 的户编号，请换一个未用过的户编号。")
    }

    /// Throws when a member other than `member` already has its 证件号码, naming that member's household.
    public func requireFreeIDNumber(_ member: Member) throws {
        let holder = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT h.household_number, h.head_name, m.name FROM members m
                    JOIN households h ON h.id = m.household_id
                    WHERE m.id_number = ? AND m.id <> ?
                    """), arguments: [member.idNumber.value, member.id.text])
        guard let holder else { return }
        let number: String = holder[0]
        let head: String = holder[1]
        let name: String = holder[2]
        throw StoreError(
            .duplicateIDNumber,
            "证件号码：\(member.idNumber.masked) 已登记在户编号 \(number)（户主 \(head)）的成员“\(name)”名下，请核对后再输入。")
    }
}
