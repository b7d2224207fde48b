import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The month's theme on the visit form: shown like on the inspection form, asked about only when the
/// visit's month has one, and kept on the visit.
struct VisitThemeTests {
    static func setTheme(_ fixture: HouseholdFixture, month: String = "2026-03") throws -> MonthlyTheme {
        let secretary = User(
            name: "李书记", role: .firstSecretary, villageID: fixture.village.id, pinHash: "00", pinSalt: "00",
            pinIterations: 100_000)
        try fixture.store.write(author: nil) { try $0.createUser(secretary) }
        return try fixture.store.write(author: secretary.id) { writer in
            try writer.setTheme(
                month: month, title: "住房安全再核查", details: "雨季前", checklist: ["看墙体裂缝", "看屋顶漏雨"])
        }
    }

    @Test func aMonthWithAThemeShowsItsBoxAndChecklistAndAsksAboutIt() throws {
        let fixture = try HouseholdFixture()
        _ = try Self.setTheme(fixture)
        var program = VisitFormScreenTests.openForm(fixture)
        let frame = program.step([])
        #expect(frame.lines[2].hasPrefix("本月主题：住房安全再核查（雨季前）"))
        #expect(frame.lines[3].hasPrefix("排查要点：1. 看墙体裂缝；2. 看屋顶漏雨"))
        #expect(frame.text.contains("本月主题             必填 "))
        let form = try #require(program.topScreen as? VisitForm)
        #expect(form.form.values["theme_check"] == "无问题")
        #expect(!form.hasUnsavedChanges, "the theme arriving is not a change of the user's")
    }

    @Test func aMonthWithoutAThemeShowsNothingExtra() throws {
        let fixture = try HouseholdFixture()
        _ = try Self.setTheme(fixture, month: "2026-02")
        var program = VisitFormScreenTests.openForm(fixture)
        let frame = program.step([])
        #expect(!frame.text.contains("本月主题"))
        #expect(!frame.text.contains("排查要点"))
        #expect(frame.lines[2].contains("基本情况"), "the form starts right under the message line")
        let form = try #require(program.topScreen as? VisitForm)
        #expect(form.form.values["theme_check"] == nil)
    }

    @Test func theThemeFollowsTheVisitDateAndTheAnswersStay() throws {
        let fixture = try HouseholdFixture()
        _ = try Self.setTheme(fixture, month: "2026-02")
        var program = VisitFormScreenTests.openForm(fixture)
        _ = program.press(.tab)  // to 走访日期
        _ = program.press(.control("u"))
        _ = program.type("2026-02-20")
        let frame = program.press(.tab)
        #expect(frame.text.contains("本月主题：住房安全再核查"))
        let form = try #require(program.topScreen as? VisitForm)
        #expect(form.form.values["visit_date"] == "2026-02-20")
        #expect(form.form.values["visitor"] == "王网格")
        #expect(form.form.form.focusedField?.id == "theme_check")
        #expect(form.hasUnsavedChanges)
    }

    @Test func theAnswerIsKeptOnTheVisitWithTheThemeTitle() throws {
        let fixture = try HouseholdFixture()
        _ = try Self.setTheme(fixture)
        var program = VisitFormScreenTests.openForm(fixture)
        _ = program.press(.tab, .tab, .right)  // 本月主题: 有问题
        _ = program.press(.tab)
        _ = program.type("东墙有裂缝")
        _ = program.press(.tab)
        for _ in 0..<6 { _ = program.press(.character(" "), .tab, .tab) }  // every check 达标
        _ = program.press(.tab, .tab, .tab, .character("y"))  // 群众认可: 是
        _ = program.press(.control("s"))
        let visit = try #require(try fixture.store.visits(of: fixture.household.id).first)
        #expect(visit.answers["theme_check"] == "有问题")
        #expect(visit.answers["theme_note"] == "东墙有裂缝")
        #expect(visit.answers["theme"] == "住房安全再核查")
    }

    @Test func goldenScreenWithATheme() throws {
        let fixture = try HouseholdFixture()
        _ = try Self.setTheme(fixture)
        var program = VisitFormScreenTests.openForm(fixture, size: Size(width: 80, height: 24))
        try ScreenSnapshot.expect(program.step([]), named: "VisitForm/visit-form-theme-80x24")
    }
}
