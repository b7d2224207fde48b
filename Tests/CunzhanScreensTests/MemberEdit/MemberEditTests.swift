import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// Adding and editing household members from the detail, by keys.
struct MemberEditTests {
    /// A valid ID number (GB 11643 check character) of a boy born 2010-01-01.
    static let sonID: String = {
        let first17 = "53012420100101001"
        return first17 + String(IDNumber.checkCharacter(forFirst17: first17) ?? "0")
    }()

    /// Opens the new-member form from the detail and fills name, relation (子), `idNumber` and health.
    static func startAdding(
        _ fixture: HouseholdFixture, idNumber: String = sonID, size: Size = .minimum
    ) -> Program {
        var program = fixture.editingDetail(size: size)
        _ = program.press(.character("m"))
        _ = program.type("张小明")
        _ = program.press(.tab, .character(" "), .character(" "), .character(" "), .tab)
        _ = program.type(idNumber)
        _ = program.press(.tab, .tab, .character(" "))  // 健康状况: 健康
        return program
    }

    @Test func mAddsAMemberShownInTheDetailWithACreateOp() throws {
        let fixture = try HouseholdFixture()
        var program = Self.startAdding(fixture)
        #expect(program.screenTitles.last == "新增成员：张三户（0001）")
        let frame = program.press(.control("s"))
        #expect(program.screenTitles == ["农户详情：张三（0001）"])
        #expect(frame.text.contains("家庭成员（2 人）"))
        #expect(frame.text.contains("张小明  之子"))
        let op = try #require(try fixture.store.outboxOps().last)
        #expect(op.kind == .create)
        #expect(op.entityType == .member)
        let members = try fixture.store.members(of: fixture.household.id)
        #expect(members.contains { $0.name == "张小明" && $0.relation == .son && $0.idNumber.value == Self.sonID })
    }

    @Test func aDuplicateIDIsShownUnderTheIDNumberNamingTheHouseholdAndKeepsEverythingTyped() throws {
        let fixture = try HouseholdFixture()
        var program = Self.startAdding(fixture, idNumber: fixture.head.idNumber.value)
        let frame = program.press(.control("s"))
        #expect(program.screenTitles.last == "新增成员：张三户（0001）")
        #expect(frame.lines[1].contains("【错误】保存失败：证件号码：110***********002X 已登记在户编号 0001"))
        #expect(frame.text.contains("有 1 处需要修改：证件号码"))
        let screen = try #require(program.topScreen as? MemberEdit)
        #expect(screen.form.errors["id_number"]?.contains("户主 张三") == true)
        #expect(screen.form.values["name"] == "张小明")
        #expect(screen.form.values["relation"] == "子")
        #expect(screen.form.values["health"] == "健康")
        #expect(screen.form.form.focusedField?.id == "id_number")
        #expect(try fixture.store.members(of: fixture.household.id).count == 1)
    }

    @Test func aWrongCheckCharacterIsRefusedUnderTheIDNumber() throws {
        let fixture = try HouseholdFixture()
        let wrong = String(Self.sonID.dropLast()) + (Self.sonID.last == "1" ? "2" : "1")
        var program = Self.startAdding(fixture, idNumber: wrong)
        _ = program.press(.control("s"))
        let screen = try #require(program.topScreen as? MemberEdit)
        #expect(screen.form.errors["id_number"]?.hasPrefix("证件号码") == true)
        #expect(screen.form.values["id_number"] == wrong)
        #expect(try fixture.store.members(of: fixture.household.id).count == 1)
    }

    @Test func tabChoosesAMemberAndEnterEditsItAsOnePatchOfTheChangedField() throws {
        let fixture = try HouseholdFixture()
        var program = fixture.editingDetail()
        var frame = program.press(.tab)
        #expect(frame.text.contains("> 张三  户主"))
        _ = program.press(.enter)
        #expect(program.screenTitles.last == "编辑成员：张三（张三户）")
        _ = program.type("丰")
        frame = program.press(.control("s"))
        #expect(program.screenTitles == ["农户详情：张三（0001）"])
        #expect(frame.text.contains("张三丰  户主"))
        let op = try #require(try fixture.store.outboxOps().last)
        #expect(op.kind == .patch)
        #expect(op.entityType == .member)
        // The fixture's member was written without the form: its first save from the form also keeps the
        // form's answers (verbatim 与户主关系, 在校生状况, 参保情况).
        #expect(try fixture.lastOpFields() == ["answers", "name"])
    }

    @Test func theFormWithAnErrorAt80x24() throws {
        try Self.snapshot(width: 80, height: 24)
    }

    @Test func theFormWithAnErrorAt120x30() throws {
        try Self.snapshot(width: 120, height: 30)
    }

    static func snapshot(width: Int, height: Int) throws {
        let fixture = try HouseholdFixture()
        var program = Self.startAdding(
            fixture, idNumber: fixture.head.idNumber.value, size: Size(width: width, height: height))
        let frame = program.press(.control("s"))
        try ScreenSnapshot.expect(frame, named: "MemberEdit/member-error-\(width)x\(height)")
    }
}
