import CunzhanCore
import CunzhanStore
import GRDB
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The inspection form: defaults, the theme, saving back to a shorter unreached list, refused dates,
/// inspections outside the inspector's grid, and a found problem raising an item or a review flag in
/// the same transaction.
@Suite struct InspectionFormTests {
    /// Board, Enter on 第一网格, Enter on 李二: the form over the unreached list.
    static func openFormForLiEr(_ fixture: CoverageFixture, as user: User? = nil) -> Program {
        var program = fixture.boardProgram(as: user)
        _ = program.step([])
        if user?.id == fixture.li.id { _ = program.press(.down) }
        _ = program.press(.enter, .enter)
        return program
    }

    static func focus(_ program: inout Program, on fieldID: String) throws {
        try FormAnswersScreenTests.tab(&program, to: fieldID, in: InspectionForm.self) {
            $0.form.form.focusedField?.id
        }
    }

    static func replaceDate(_ program: inout Program, with text: String) throws {
        try focus(&program, on: "inspection_date")
        _ = program.step(Array(repeating: .key(.backspace), count: 12) + typing(text))
    }

    static func inspections(_ fixture: CoverageFixture, of index: Int) throws -> [Inspection] {
        try fixture.store.inspectionPage(
            InspectionFilter(householdID: fixture.households[index].id), after: nil, limit: 20
        ).compactMap { try fixture.store.inspection($0.id) }
    }

    @Test func theFormShowsTheHouseholdGridThemeAndDefaults() throws {
        let fixture = try CoverageFixture()
        var program = Self.openFormForLiEr(fixture)
        let frame = program.step([])
        #expect(program.screenTitles.last == "网格排查：李二（0002）")
        #expect(frame.text.contains("户主 李二  户编号 0002  第一网格（网格员 张网格）"))
        #expect(frame.text.contains("本月主题：饮水安全排查（水源是否稳定；水质是否达标）"))
        #expect(frame.lines.contains { $0.contains("排查人") && $0.contains("张网格") })
        #expect(frame.lines.contains { $0.contains("排查日期") && $0.contains("2026-03-15") })
        #expect(frame.lines.contains { $0.contains("排查方式") && $0.contains("入户") })
    }

    @Test func savingRecordsTheInspectionAndTheHouseholdLeavesTheUnreachedList() throws {
        let fixture = try CoverageFixture()
        var program = Self.openFormForLiEr(fixture)
        let after = program.press(.control("s"))
        #expect(program.screenTitles.last == "未排查：第一网格")
        #expect(after.text.contains("本周期已全部排查"))
        let saved = try #require(try Self.inspections(fixture, of: 1).first)
        #expect(saved.inspectorID == fixture.zhang.id && saved.gridID == fixture.first.id)
        #expect(saved.method == .inPerson && saved.result == .normal)
        #expect(saved.date == CoverageFixture.today)
        #expect(saved.answers["theme"] == "饮水安全排查" && saved.answers["water"] == "达标")
        #expect(saved.answers["outside_own_grid"] == nil)
        let board = program.press(.escape)
        #expect(board.lines.contains { $0.contains("第一网格") && $0.contains("3/3 户") })
    }

    @Test(arguments: [
        ("2026-03-16", "晚于今天（2026-03-15）"),
        ("2019-12-31", "早于该户的登记日期（2020-01-01）"),
    ])
    func aFutureDateOrOneBeforeRegistrationIsRefusedUnderTheField(date: String, message: String) throws {
        let fixture = try CoverageFixture()
        var program = Self.openFormForLiEr(fixture)
        try Self.replaceDate(&program, with: date)
        try Self.focus(&program, on: "notes")
        _ = program.type("邻居代为说明")
        let frame = program.press(.control("s"))
        #expect(frame.text.contains("排查日期：\(date) \(message)") || frame.text.contains(message), "\(frame.text)")
        #expect(program.screenTitles.last == "网格排查：李二（0002）")
        // Nothing typed is lost: the note is still in the form.
        #expect((program.topScreen as? InspectionForm)?.form.values["notes"] == "邻居代为说明")
        #expect(try Self.inspections(fixture, of: 1).isEmpty)
    }

    @Test func anInspectionOutsideOnesGridAsksAndRecordsWhoDidIt() throws {
        let fixture = try CoverageFixture()
        var program = Self.openFormForLiEr(fixture, as: fixture.li)
        #expect(program.screenTitles.last == "网格排查：李二（0002）")
        let question = program.press(.control("s"))
        #expect(question.text.contains("该户属于第一网格（网格员 张网格），不在您负责的网格内"))
        _ = program.press(.enter)
        let saved = try #require(try Self.inspections(fixture, of: 1).first)
        #expect(saved.inspectorID == fixture.li.id)
        #expect(saved.answers["outside_own_grid"] == "是")
        #expect(saved.gridID == fixture.first.id)
    }

    @Test func declinedOutsideGridQuestionSavesNothing() throws {
        let fixture = try CoverageFixture()
        var program = Self.openFormForLiEr(fixture, as: fixture.li)
        _ = program.press(.control("s"))
        let back = program.press(.escape)
        #expect(program.screenTitles.last == "网格排查：李二（0002）")
        #expect(back.text.contains("排查人"))
        #expect(try Self.inspections(fixture, of: 1).isEmpty)
    }

    /// Sets 排查结果 to 发现问题 with a risk and a description.
    static func fillProblem(_ program: inout Program) throws {
        try focus(&program, on: "housing")
        _ = program.press(.right)  // 不达标
        try focus(&program, on: "result")
        _ = program.press(.right)  // 发现问题
        try focus(&program, on: "problem_types")
        _ = program.press(.right, .right, .right, .right, .right, .right, .right, .right, .character(" "))  // 因安全住房
        try focus(&program, on: "problem_description")
        _ = program.type("房屋墙体开裂")
    }

    @Test func aFoundProblemRaisesALinkedItemInTheSameTransaction() throws {
        let fixture = try CoverageFixture()
        var program = Self.openFormForLiEr(fixture)
        try Self.fillProblem(&program)
        let question = program.press(.control("s"))
        #expect(question.text.contains("是否同时为该户新建整改事项"))
        _ = program.press(.enter)
        #expect(program.screenTitles.last == "未排查：第一网格")
        let saved = try #require(try Self.inspections(fixture, of: 1).first)
        #expect(saved.result == .problemFound)
        let itemID = try #require(saved.answers["raised_item"].flatMap(RectificationItemID.init))
        let item = try #require(try fixture.store.item(itemID))
        #expect(item.source == .gridInspection && item.householdID == fixture.households[1].id)
        #expect(item.category == .housing && item.state == .pendingAssignment)
        #expect(item.title.contains("因安全住房") && item.details.contains("房屋墙体开裂"))
        #expect(item.details.contains(saved.id.description))
        let groups = try fixture.store.outboxOps(limit: 1000).filter {
            $0.entityID == saved.id.description || $0.entityID == itemID.description
        }.map(\.txGroup)
        #expect(groups.count == 2 && Set(groups).count == 1)
    }

    @Test func aFoundProblemWithoutAnItemCanFlagTheHouseholdForReview() throws {
        let fixture = try CoverageFixture()
        var program = Self.openFormForLiEr(fixture)
        try Self.fillProblem(&program)
        _ = program.press(.control("s"))
        let review = program.press(.escape)
        #expect(review.text.contains("是否标记该户为需要监测评估"))
        _ = program.press(.enter)
        let saved = try #require(try Self.inspections(fixture, of: 1).first)
        #expect(saved.answers["flagged_for_review"] == "是" && saved.answers["raised_item"] == nil)
        let household = try #require(try fixture.store.household(fixture.households[1].id))
        #expect(household.monitoringReview?.reason == "因安全住房")
        #expect(household.monitoringReview?.date == CoverageFixture.today)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func snapshots(width: Int, height: Int) throws {
        let fixture = try CoverageFixture()
        var program = try fixture.formProgram(1, size: Size(width: width, height: height))
        try ScreenSnapshot.expect(program.step([]), named: "InspectionForm/form-\(width)x\(height)")
    }
}
