import CunzhanCore
import CunzhanStore

/// The set-up screen's values once checked: a valid village and an administrator with a 6-digit PIN.
struct SetupValues: Sendable, Equatable {
    let village: Village
    let administratorName: String
    let pin: String

    /// The outcome of checking the typed fields: the values, or a Chinese problem per field.
    struct Checked {
        var values: SetupValues?
        var problems: [Setup.Field: String]
    }

    /// Checks what was typed with the core validators; every field's problem is reported, not just the first.
    static func check(
        villageName: String, villageCode: String, administratorName: String, pin: String, pinAgain: String
    ) -> Checked {
        var problems: [Setup.Field: String] = [:]
        let name = villageName.trimmingWhitespace()
        if name.isEmpty { problems[.villageName] = "村名：必填，请输入行政村名称，如 和平村" }
        var code: VillageCode?
        do throws(ValidationError) {
            code = try VillageCode(villageCode, field: "村代码")
        } catch {
            problems[.villageCode] = error.message
        }
        var administrator: PersonName?
        do throws(ValidationError) {
            administrator = try PersonName(administratorName, field: "管理员姓名")
        } catch {
            problems[.administratorName] = error.message
        }
        if pin.count != 6 || !pin.allSatisfy({ $0.isASCII && $0.isNumber }) {
            problems[.pin] = "密码：应为6位数字，请重新输入"
        } else if pinAgain != pin {
            problems[.pinAgain] = "再次输入密码：两次输入的密码不一致，请再输一遍"
        }
        guard problems.isEmpty, let code, let administrator else { return Checked(values: nil, problems: problems) }
        let values = SetupValues(
            village: Village(code: code.value, name: name), administratorName: administrator.value, pin: pin)
        return Checked(values: values, problems: [:])
    }

    /// Writes the village and its administrator in one transaction: both or neither.
    func write(to store: StationStore) throws(StoreError) {
        try store.write(author: nil) { writer in
            try writer.createVillage(village)
            try writer.createUser(name: administratorName, role: .administrator, villageID: village.id, pin: pin)
        }
    }
}
