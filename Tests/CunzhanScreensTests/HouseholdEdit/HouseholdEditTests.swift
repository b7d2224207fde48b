import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// Adding a household from the register and editing it from the detail, by keys.
struct HouseholdEditTests {
    /// Opens the new-household form from the register and types a head and a group.
    static func startAdding(_ fixture: HouseholdFixture, size: Size = .minimum) throws -> Program {
        var program = try fixture.editingRegister(size: size)
        _ = program.press(.character("a"))
        _ = program.press(.tab)
        _ = program.type("赵六")
        _ = program.press(.tab)
        _ = program.type("第一组")
        return program
    }

    @Test func aAddsAHouseholdWithTheNextNumberThatAppearsInTheRegisterWithACreateOp() throws {
        let fixture = try HouseholdFixture()
        var program = try fixture.editingRegister()
        let form = program.press(.character("a"))
        #expect(program.screenTitles.last == "新增农户")
        #expect(form.text.contains("0002"), "the next free number of the village is suggested")
        program = try Self.startAdding(fixture)
        _ = program.press(.control("s"))
        #expect(program.screenTitles.count == 1, "saving goes back to the register")
        _ = program.press(.character("/"))
        let frame = program.type("赵六")
        #expect(frame.text.contains("赵六"))
        #expect(frame.text.contains("0002"))
        let op = try #require(try fixture.store.outboxOps().last)
        #expect(op.kind == .create)
        #expect(op.entityType == .household)
        #expect(op.author == fixture.worker.id.description)
    }

    @Test func editingChangesOnlyTheTypedFieldAsOnePatchOp() throws {
        let fixture = try HouseholdFixture()
        var program = fixture.editingDetail()
        _ = program.press(.character("e"))
        #expect(program.screenTitles.last == "编辑农户：张三（0001）")
        _ = program.press(.tab, .tab, .tab)  // 住址
        _ = program.type("东")
        let frame = program.press(.control("s"))
        #expect(program.screenTitles.last == "农户详情：张三（0001）")
        #expect(frame.text.contains("住址：和平村1号东"))
        let op = try #require(try fixture.store.outboxOps().last)
        #expect(op.kind == .patch)
        #expect(try fixture.lastOpFields() == ["address"])
    }

    @Test func aTakenNumberIsShownUnderTheFieldNamingTheHouseholdAndKeepsWhatWasTyped() throws {
        let fixture = try HouseholdFixture()
        var program = try Self.startAdding(fixture)
        _ = program.press(.backTab, .backTab)
        _ = program.press(.backspace)
        _ = program.type("1")  // 0001 is 张三's
        let pendingBefore = try fixture.store.pendingOpCount()
        let frame = program.press(.control("s"))
        #expect(program.screenTitles.last == "新增农户")
        #expect(frame.text.contains("户编号：0001 已是户主 张三 的户编号"))
        #expect(frame.lines[1].contains("【错误】保存失败：户编号：0001 已是户主 张三"))
        #expect(frame.text.contains("有 1 处需要修改：户编号"))
        let screen = try #require(program.topScreen as? HouseholdEdit)
        #expect(screen.form?.values["head_name"] == "赵六")
        #expect(screen.form?.values["villager_group"] == "第一组")
        #expect(screen.form?.form.focusedField?.id == "household_number")
        #expect(try fixture.store.pendingOpCount() == pendingBefore)
    }

    @Test func anUnknownGroupIsShownUnderTheGroupWithTheVillagesGroups() throws {
        let fixture = try HouseholdFixture()
        var program = try fixture.editingRegister()
        _ = program.press(.character("a"), .tab)
        _ = program.type("赵六")
        _ = program.press(.tab)
        _ = program.type("第九组")
        let frame = program.press(.control("s"))
        #expect(frame.text.contains("本村没有“第九组”"))
        #expect(program.screenTitles.last == "新增农户")
    }

    @Test func escWithChangesAsksFirst() throws {
        let fixture = try HouseholdFixture()
        var program = try Self.startAdding(fixture)
        _ = program.press(.escape)
        #expect(program.isShowingOverlay)
        _ = program.press(.character("n"))
        #expect(program.screenTitles.last == "新增农户")
        _ = program.press(.escape, .enter)
        #expect(program.screenTitles.count == 1)
        #expect(try fixture.store.household(fixture.household.id) != nil)
    }

    /// At 80 columns the detail's key bar has the visit key, scrolling, the editing keys and Esc last.
    @Test func theDetailKeyBarShowsScrollAndEscAt80Columns() throws {
        let fixture = try HouseholdFixture()
        var detail = fixture.editingDetail()
        let bar = detail.step([]).lines.last ?? ""
        for hint in ["v 走访", "j k 滚动", "e 改农户", "m 加成员", "Tab 选成员", "Esc 返回"] {
            #expect(bar.contains(hint), "\(hint): \(bar)")
        }
        // With a member chosen, Enter (edit them) takes Tab's place; Esc stays.
        let chosen = detail.press(.tab).lines.last ?? ""
        #expect(chosen.contains("Enter 改成员") && chosen.contains("Esc 返回"), "\(chosen)")
    }

    @Test func withoutTheRightTheKeysDoNothingAndAreNotHinted() throws {
        let fixture = try HouseholdFixture()
        var register = try fixture.editingRegister(allowed: false)
        var frame = register.press(.character("a"))
        #expect(register.screenTitles.count == 1)
        #expect(!frame.text.contains("新增农户"))
        var detail = fixture.editingDetail(allowed: false)
        frame = detail.press(.character("e"))
        _ = detail.press(.character("m"))
        #expect(detail.screenTitles == ["农户详情：张三（0001）"])
        #expect(!frame.text.contains("编辑农户") && !frame.text.contains("改农户"))
    }

    @Test func theFormWithAnErrorAt80x24() throws {
        try Self.snapshot(width: 80, height: 24)
    }

    @Test func theFormWithAnErrorAt120x30() throws {
        try Self.snapshot(width: 120, height: 30)
    }

    static func snapshot(width: Int, height: Int) throws {
        let fixture = try HouseholdFixture()
        var program = try Self.startAdding(fixture, size: Size(width: width, height: height))
        _ = program.press(.backTab, .backTab, .backspace)
        _ = program.type("1")
        let frame = program.press(.control("s"))
        try ScreenSnapshot.expect(frame, named: "HouseholdEdit/household-error-\(width)x\(height)")
    }
}
