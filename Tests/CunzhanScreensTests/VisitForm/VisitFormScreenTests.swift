import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The visit form screen: saving through the store, errors on screen, leaving, and rectification items.
struct VisitFormScreenTests {
    /// A program on the household detail with the visit form opened by `v`.
    static func openForm(_ fixture: HouseholdFixture, size: Size = .minimum) -> Program {
        var program = fixture.detailProgram(size: size)
        _ = program.press(.character("v"))
        return program
    }

    /// Fills every check by keys (吃 as `food`), income, 因病, 健康, 群众认可 是 and a note.
    static func fill(_ program: inout Program, foodMet: Bool = true, foodNote: String = "") {
        _ = program.press(.tab, .tab)  // past the defaulted visitor and date
        _ = program.press(foodMet ? .character(" ") : .left, .tab)
        _ = program.type(foodNote)
        _ = program.press(.tab)
        for _ in 0..<5 { _ = program.press(.character(" "), .tab, .tab) }  // 穿 … 饮水安全: 达标
        _ = program.type("12000")
        _ = program.press(.tab, .character(" "), .tab)  // 因病
        _ = program.press(.right, .right, .right, .right, .enter, .tab)  // 健康
        _ = program.press(.character("y"), .tab)  // 群众认可: 是
        _ = program.type("户主住院两周")
    }

    @Test func defaultsAreTheActingUserAndToday() throws {
        let fixture = try HouseholdFixture()
        var program = Self.openForm(fixture)
        let frame = program.step([])
        #expect(frame.text.contains("走访人               必填 王网格"))
        #expect(frame.text.contains("2026-03-15"))
    }

    @Test func savingRecordsTheVisitWithItsOpAndReturnsToTheDetail() throws {
        let fixture = try HouseholdFixture()
        let opsBefore = try fixture.store.pendingOpCount()
        var program = Self.openForm(fixture)
        Self.fill(&program)
        _ = program.press(.control("s"))
        // A new risk (因病) was found: the screen offers a rectification item, then a monitoring review
        // flag; decline both.
        #expect(program.isShowingOverlay)
        _ = program.press(.escape)
        #expect(program.isShowingOverlay)
        let frame = program.press(.escape)
        #expect(program.screenTitles == ["农户详情：张三（0001）"])
        #expect(frame.text.contains("2026-03-15  王网格  6 项达标  新风险：因病"))
        #expect(try fixture.store.pendingOpCount() == opsBefore + 1)
        let visits = try fixture.store.visits(of: fixture.household.id)
        #expect(visits.first?.notes == "户主住院两周")
        #expect(visits.first?.incomeEstimate == Money(fen: 1_200_000))
    }

    /// Behind the raise-item question the form no longer says 正在保存..., and the question breaks at
    /// phrases: 整改事项 is never split over two lines.
    @Test func theRaiseItemQuestionIsNotBehindASavingNoticeAndBreaksAtPhrases() throws {
        let fixture = try HouseholdFixture()
        var program = Self.openForm(fixture)
        Self.fill(&program)
        let frame = program.press(.control("s"))
        #expect(program.isShowingOverlay)
        #expect(!frame.text.contains("正在保存"), "\(frame.text)")
        for phrase in ["新建 1 项整改事项", "关联本次走访", "新建后可在事项中修改", "按 i 逐项登记"] {
            #expect(frame.lines.contains { $0.contains(phrase) }, "\(phrase): \(frame.text)")
        }
        let question = try #require(frame.lines.first { $0.contains("走访已保存") })
        #expect(question.contains("发现"), "\(question)")
    }

    /// On a choice field (the app's `q` key, so more room) the key bar still ends with Esc at 80 columns.
    @Test func theKeyBarEndsWithEscOnEveryField() throws {
        let fixture = try HouseholdFixture()
        var program = Self.openForm(fixture)
        for _ in 0..<4 {
            let bar = program.step([]).lines.last ?? ""
            let esc = try #require(bar.firstRange(of: "Esc 返回"), "\(bar)")
            let help = try #require(bar.firstRange(of: "F1 帮助"))
            #expect(bar[esc.upperBound..<help.lowerBound].allSatisfy { $0 == " " }, "\(bar)")
            _ = program.press(.tab)
        }
    }

    @Test func anUnmetCheckWithoutItsNoteBlocksSavingAndKeepsTheTypedText() throws {
        let fixture = try HouseholdFixture()
        var program = Self.openForm(fixture)
        Self.fill(&program, foodMet: false)
        let frame = program.press(.control("s"))
        #expect(program.screenTitles.last == "入户走访：张三（0001）")
        #expect(frame.lines[1].contains("【错误】有 1 处需要修改：吃的情况说明"))
        #expect(try fixture.store.visits(of: fixture.household.id).isEmpty)
        let form = try #require(program.topScreen as? VisitForm)
        #expect(form.form.values["notes"] == "户主住院两周")
        #expect(form.form.form.focusedField?.id == "food_note")
    }

    @Test func anUnmetCheckOffersARectificationItemRecordedThroughTheWriteAPI() throws {
        let fixture = try HouseholdFixture()
        var program = Self.openForm(fixture)
        Self.fill(&program, foodMet: false, foodNote: "缺少口粮")
        var frame = program.press(.control("s"))
        #expect(frame.text.contains("不达标（吃）"))
        _ = program.press(.enter)
        frame = program.press(.escape)  // no monitoring review flag
        #expect(program.screenTitles == ["农户详情：张三（0001）"])
        #expect(frame.text.contains("未销号的整改事项（1 项）"))
        #expect(frame.text.contains("待交办  收入  吃不达标"))
        let ops = try fixture.store.outboxOps()
        #expect(ops.last?.entityType == .rectificationItem)
        #expect(ops.last?.kind == .create)
    }

    @Test func escWithChangesAsksFirstAndDiscardingDeletesTheDraft() throws {
        let fixture = try HouseholdFixture()
        var program = Self.openForm(fixture)
        _ = program.type("李")
        _ = program.press(.escape)
        #expect(program.isShowingOverlay)
        #expect(program.screenTitles.last == "入户走访：张三（0001）")
        _ = program.press(.character("n"))
        #expect(program.screenTitles.last == "入户走访：张三（0001）", "saying no keeps the form")
        #expect(
            try fixture.store.draft(formID: "visit", householdID: fixture.household.id, userID: fixture.worker.id)
                != nil)
        _ = program.press(.escape, .enter)
        #expect(program.screenTitles == ["农户详情：张三（0001）"])
        #expect(
            try fixture.store.draft(formID: "visit", householdID: fixture.household.id, userID: fixture.worker.id)
                == nil)
    }

    @Test func escWithoutChangesGoesBackAtOnce() throws {
        let fixture = try HouseholdFixture()
        var program = Self.openForm(fixture)
        _ = program.press(.escape)
        #expect(!program.isShowingOverlay)
        #expect(program.screenTitles == ["农户详情：张三（0001）"])
    }

    @Test func itemsFollowTheFailedChecksCategories() throws {
        let fixture = try HouseholdFixture()
        var guarantees = Guarantees.allMet
        guarantees.housing = Guarantees.Check(.notMet, note: "漏雨")
        guarantees.water = Guarantees.Check(.notMet, note: "断水")
        let visit = Visit(
            householdID: fixture.household.id, date: HouseholdFixture.today, visitorID: fixture.worker.id,
            guarantees: guarantees)
        let items = VisitForm.items(for: visit, household: fixture.household)
        #expect(items.map(\.category) == [.housing, .drinkingWater])
        #expect(items.allSatisfy { $0.source == .visit && $0.householdID == fixture.household.id })
        #expect(items.map(\.title) == ["住房安全不达标：漏雨", "饮水安全不达标：断水"])
        #expect(items.map(\.details) == ["2026-03-15 入户走访，住房安全不达标。情况说明：漏雨", "2026-03-15 入户走访，饮水安全不达标。情况说明：断水"])
        #expect(items.allSatisfy { $0.sourceRecordID == visit.id.description && $0.raisedOn == visit.date })
        #expect(
            VisitForm.itemQuestion(
                for: Visit(
                    householdID: fixture.household.id, date: HouseholdFixture.today, visitorID: fixture.worker.id))
                == nil
        )
    }

    @Test func goldenScreens() throws {
        let fixture = try HouseholdFixture()
        var small = Self.openForm(fixture, size: Size(width: 80, height: 24))
        try ScreenSnapshot.expect(small.step([]), named: "VisitForm/visit-form-80x24")
        var large = Self.openForm(fixture, size: Size(width: 120, height: 30))
        try ScreenSnapshot.expect(large.step([]), named: "VisitForm/visit-form-120x30")
    }
}
