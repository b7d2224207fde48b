import CunzhanCore
import ScreenDefinitions
import Testing

@testable import CunzhanScreens

/// Household, member and inspection forms to their records and back.
struct RecordFormMappingTests {
    let village = VillageID()
    let groups: [VillagerGroup]

    init() {
        groups = [
            VillagerGroup(villageID: village, name: "第一村民小组"), VillagerGroup(villageID: village, name: "第三村民小组"),
        ]
    }

    func householdAnswers() throws -> [String: String] {
        var values = try FormFixture.form("household").values
        values["household_number"] = "520101"
        values["head_name"] = "杨秀英"
        values["villager_group"] = "第三村民小组"
        values["address"] = "坪上寨 12 号"
        values["phone"] = "13812345678"
        values["monitored"] = "是"
        values["monitoring_category"] = "突发严重困难户"
        values["long_absent"] = "是"
        return values
    }

    @Test func householdAnswersMapToAHouseholdAndBack() throws {
        let mapping = HouseholdFormMapping(definition: try FormFixture.definition("household"))
        let values = try householdAnswers()
        let mapped = try mapping.household(from: values, context: .init(villageID: village, groups: groups))
        #expect(mapped.record.groupID == groups[1].id)
        #expect(mapped.record.kind == .ordinary)
        #expect(mapped.record.monitoringCategory == .suddenHardship)
        #expect(mapped.record.phone == "13812345678")
        // 长期外出 is a column since the grids schema (the coverage rule reads it), no longer a kept answer.
        #expect(mapped.record.longAbsent)
        #expect(mapped.answers == [:])
        #expect(mapping.values(from: mapped.record, groups: groups, answers: mapped.answers) == values)
    }

    @Test func editingAHouseholdKeepsWhatTheFormDoesNotAsk() throws {
        let mapping = HouseholdFormMapping(definition: try FormFixture.definition("household"))
        let existing = Household(
            villageID: village, householdNumber: "1", headName: "杨秀英", groupID: groups[0].id, address: "",
            phone: nil, kind: .formerlyPoor, risks: [.illness], measures: [.health], population: 4,
            monitoringReview: MonitoringReview(date: CalendarDate(dayNumber: 20_000), reason: "住房安全不达标"))
        var values = try householdAnswers()
        values["villager_group"] = "第一组"
        let context = HouseholdFormMapping.Context(villageID: village, groups: groups, existing: existing)
        let household = try mapping.household(from: values, context: context).record
        #expect(household.id == existing.id)
        #expect(household.groupID == groups[0].id, "第一组 names 第一村民小组")
        #expect(household.risks == [.illness] && household.measures == [.health] && household.population == 4)
        #expect(household.monitoringReview == existing.monitoringReview, "editing keeps the 待评估 flag")
    }

    @Test func anUnknownGroupAndABadNameAreNamedWithTheFix() throws {
        let mapping = HouseholdFormMapping(definition: try FormFixture.definition("household"))
        var values = try householdAnswers()
        values["villager_group"] = "第九组"
        values["head_name"] = "杨2"
        values["monitoring_category"] = ""
        do {
            _ = try mapping.household(from: values, context: .init(villageID: village, groups: groups))
            Issue.record("bad answers were accepted")
        } catch {
            #expect(error.problems["villager_group"] == "村民小组：本村没有“第九组”，请填写本村的村民小组：第一村民小组、第三村民小组")
            #expect(error.problems["head_name"]?.hasPrefix("户主姓名：") == true)
            #expect(error.problems["monitoring_category"]?.hasPrefix("监测对象类别：") == true)
        }
    }

    func memberAnswers() throws -> [String: String] {
        var values = try FormFixture.form("member").values
        values["name"] = "杨小红"
        values["relation"] = "孙女"
        values["id_number"] = "11010519491231002X"
        values["health"] = "残疾"
        values["disability_grade"] = "二级"
        values["labour_skill"] = "弱劳动力或半劳动力"
        values["schooling"] = "八年级"
        values["employment"] = "县外省内务工"
        values["months_employed"] = "6"
        values["insurance"] = "城乡居民基本医疗保险、商业补充保险"
        return values
    }

    @Test func memberAnswersMapToAMemberAndBackKeepingFinerChoices() throws {
        let mapping = MemberFormMapping(definition: try FormFixture.definition("member"))
        let household = HouseholdID()
        let values = try memberAnswers()
        let mapped = try mapping.member(from: values, context: .init(householdID: household))
        let member = mapped.record
        #expect(member.relation == .grandchild)
        #expect(member.idNumber.value == "11010519491231002X")
        #expect(member.health == .disabled && member.skills == .weak)
        #expect(member.schooling == .juniorHigh && member.work == .inProvince && member.insured)
        #expect(mapped.answers["disability_grade"] == "二级" && mapped.answers["schooling"] == "八年级")
        #expect(mapping.values(from: member, answers: mapped.answers) == values)
    }

    @Test func aMemberWithoutKeptAnswersShowsTheClosestChoices() throws {
        let mapping = MemberFormMapping(definition: try FormFixture.definition("member"))
        let member = Member(
            householdID: HouseholdID(), relation: .grandchild, idNumber: try IDNumber("11010519491231002X"),
            name: "杨小红", schooling: .juniorHigh, insured: false)
        let values = mapping.values(from: member)
        #expect(values["relation"] == "孙女", "the ID number says female")
        #expect(values["schooling"] == "七年级")
        #expect(values["insurance"] == "")
        #expect(
            try mapping.member(from: values, context: .init(householdID: member.householdID, existing: member))
                .record == member)
    }

    @Test func aBadIDNumberIsNamedWithTheFix() throws {
        let mapping = MemberFormMapping(definition: try FormFixture.definition("member"))
        var values = try memberAnswers()
        values["id_number"] = "110105194912310021"
        do {
            _ = try mapping.member(from: values, context: .init(householdID: HouseholdID()))
            Issue.record("a bad ID number was accepted")
        } catch {
            #expect(error.problems.keys.sorted() == ["id_number"])
            #expect(error.problems["id_number"]?.hasPrefix("证件号码：") == true)
        }
    }

    @Test func inspectionAnswersMapToAnInspectionAndBack() throws {
        let mapping = InspectionFormMapping(definition: try FormFixture.definition("inspection"))
        var values = try FormFixture.form("inspection").values
        values["method"] = "电话"
        values["result"] = "发现问题"
        values["problem_types"] = "因病"
        values["problem_description"] = "户主住院，医保报销未到账"
        let context = InspectionFormMapping.Context(gridID: GridID(), householdID: HouseholdID(), inspectorID: UserID())
        let mapped = try mapping.inspection(from: values, context: context)
        #expect(mapped.record.method == .phone && mapped.record.result == .problemFound)
        #expect(mapped.record.date == FormFixture.today)
        #expect(mapped.answers["problem_description"] == "户主住院，医保报销未到账")
        #expect(mapping.values(from: mapped.record, answers: mapped.answers) == values)
        values["problem_description"] = ""
        #expect(throws: FormMappingError.self) { try mapping.inspection(from: values, context: context) }
    }
}
