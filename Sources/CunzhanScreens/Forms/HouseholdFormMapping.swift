import CunzhanCore
import ScreenDefinitions

/// Turns the answers of the household form (`Screens/household.yaml`) into a `Household`, and back.
///
/// The villager group is typed by name and looked up among the village's groups; 是否监测对象 with
/// 监测对象类别 becomes the household's monitoring category. What the form does not ask (risks, measures,
/// population) comes from the household being edited. Bad answers give a `FormMappingError`.
public struct HouseholdFormMapping: Sendable {
    /// What a household needs that the form does not ask.
    public struct Context: Sendable {
        public var villageID: VillageID
        /// The village's groups, to find the one named in the form.
        public var groups: [VillagerGroup]
        /// The household being edited, or nil for a new one.
        public var existing: Household?

        public init(villageID: VillageID, groups: [VillagerGroup], existing: Household? = nil) {
            self.villageID = villageID
            self.groups = groups
            self.existing = existing
        }
    }

    static let householdNumber = "household_number"
    static let headName = "head_name"
    static let villagerGroup = "villager_group"
    static let address = "address"
    static let phone = "phone"
    static let kind = "kind"
    static let monitored = "monitored"
    static let monitoringCategory = "monitoring_category"
    static let longAbsent = "long_absent"

    public let definition: FormDefinition

    public init(definition: FormDefinition) {
        self.definition = definition
    }

    /// The household the answers describe, with the answers it has no place for.
    public func household(
        from values: [String: String], context: Context
    ) throws(FormMappingError) -> MappedForm<Household> {
        var reader = FormValueReader(definition: definition, values: values)
        let number = reader.text(Self.householdNumber)
        if number.isEmpty { reader.report(Self.householdNumber, "\(reader.label(Self.householdNumber, "户编号"))：必填") }
        let headName = personName(&reader)
        let group = self.group(&reader, among: context.groups)
        let address = reader.text(Self.address)
        let phone = reader.text(Self.phone)
        let kind = reader.requiredChoice(Self.kind, "户类型", as: HouseholdKind.self)
        let monitored = reader.yesNo(Self.monitored, "是否监测对象")
        let category = reader.choice(Self.monitoringCategory, "监测对象类别", as: MonitoringCategory.self)
        if monitored == true, category == nil {
            let label = reader.label(Self.monitoringCategory, "监测对象类别")
            reader.report(Self.monitoringCategory, "\(label)：监测对象必须选择类别")
        }
        let longAbsent = reader.text(Self.longAbsent) == YesNo.yes
        var household: Household?
        if !number.isEmpty, let headName, let group, let kind, let monitored {
            let existing = context.existing
            household = Household(
                id: existing?.id ?? HouseholdID(), villageID: context.villageID, householdNumber: number,
                headName: headName, groupID: group.id, address: address, phone: phone.isEmpty ? nil : phone,
                kind: kind, monitoringCategory: monitored ? category : nil, risks: existing?.risks ?? [],
                measures: existing?.measures ?? [], population: existing?.population ?? 1,
                monitoringReview: existing?.monitoringReview, gridID: existing?.gridID, longAbsent: longAbsent,
                registeredOn: existing?.registeredOn)
        }
        return try reader.finish(household)
    }

    /// The form's answers for `household` (to edit it), with its kept `answers` filled in too.
    public func values(
        from household: Household, groups: [VillagerGroup], answers: [FieldID: String] = [:]
    ) -> [String: String] {
        var values = definition.blankValues(with: answers)
        values[Self.householdNumber] = household.householdNumber
        values[Self.headName] = household.headName
        values[Self.villagerGroup] = groups.first { $0.id == household.groupID }?.name ?? ""
        values[Self.address] = household.address
        values[Self.phone] = household.phone ?? ""
        values[Self.kind] = household.kind.label
        values[Self.monitored] = household.monitoringCategory == nil ? YesNo.no : YesNo.yes
        values[Self.monitoringCategory] = household.monitoringCategory?.label ?? ""
        values[Self.longAbsent] = household.longAbsent ? YesNo.yes : YesNo.no
        return values
    }

    private func personName(_ reader: inout FormValueReader) -> String? {
        let label = reader.label(Self.headName, "户主姓名")
        do {
            return try PersonName(reader.text(Self.headName), field: label).value
        } catch {
            reader.report(Self.headName, error.message)
            return nil
        }
    }

    /// The group named in the form: exactly, or with 组 and 村民小组 taken as the same (第三组 = 第三村民小组).
    private func group(_ reader: inout FormValueReader, among groups: [VillagerGroup]) -> VillagerGroup? {
        let name = reader.text(Self.villagerGroup)
        let label = reader.label(Self.villagerGroup, "村民小组")
        guard !name.isEmpty else {
            reader.report(Self.villagerGroup, "\(label)：必填")
            return nil
        }
        let short = { (text: String) in text.replacing("村民小组", with: "组") }
        guard
            let group = groups.first(where: { $0.name == name })
                ?? groups.first(where: { short($0.name) == short(name) })
        else {
            let names = groups.map(\.name).joined(separator: "、")
            reader.report(Self.villagerGroup, "\(label)：本村没有“\(name)”，请填写本村的村民小组：\(names)")
            return nil
        }
        return group
    }
}
