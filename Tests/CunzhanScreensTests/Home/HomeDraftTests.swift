import CunzhanCore
import CunzhanScreens
import CunzhanStore
import TerminalUI
import Testing

/// Home offers the visit drafts a user left unfinished, and `d` resumes the newest in its visit form.
struct HomeDraftTests {
    /// Saves a visit draft of 张三 for `user`, as the visit form does while typing.
    static func leaveDraft(_ fixture: StationFixture, for user: User) throws -> HouseholdRow {
        let zhang = try #require(try fixture.store.householdPage(filter: "张三", after: nil, limit: 1).first)
        try fixture.store.saveDraft(
            FormDraft(formID: "visit", householdID: zhang.id, userID: user.id, answers: ["notes": "户主住院"]))
        return zhang
    }

    @Test func homeNamesTheUnfinishedDraftAndDResumesItInTheVisitForm() throws {
        let fixture = try StationFixture()
        let zhang = try Self.leaveDraft(fixture, for: fixture.cadre)
        var program = try HomeTests.home(fixture, user: fixture.cadre)
        let frame = program.step([])
        #expect(frame.lines.contains { $0.contains("有 1 份未完成的走访：张三（\(zhang.householdNumber)），按 d 继续") })
        #expect(frame.lines.last?.contains("d 继续走访") == true)
        let resumed = program.step(typing("d"))
        #expect(program.screenTitles == ["首页", "入户走访：张三（\(zhang.householdNumber)）"])
        // The form finds the draft itself and offers it, as it does when opened from the household.
        #expect(resumed.lines.contains { $0.contains("这户有一份未保存的走访草稿") })
    }

    @Test func withoutDraftsHomeSaysNothingAndDDoesNothing() throws {
        let fixture = try StationFixture()
        var program = try HomeTests.home(fixture, user: fixture.cadre)
        let frame = program.step(typing("d"))
        #expect(!frame.lines.contains { $0.contains("未完成的走访") })
        #expect(program.screenTitles == ["首页"])
    }

    @Test func anotherUsersDraftIsNotOffered() throws {
        let fixture = try StationFixture()
        _ = try Self.leaveDraft(fixture, for: fixture.administrator)
        var program = try HomeTests.home(fixture, user: fixture.cadre)
        #expect(!program.step([]).lines.contains { $0.contains("未完成的走访") })
    }

    @Test func goldenHomeWithADraft() throws {
        let fixture = try StationFixture()
        _ = try Self.leaveDraft(fixture, for: fixture.cadre)
        var small = try HomeTests.home(fixture, user: fixture.cadre)
        try ScreenSnapshot.expect(small.step([]), named: "Home/home-draft-80x24")
        var large = try HomeTests.home(fixture, user: fixture.cadre, size: Size(width: 120, height: 30))
        try ScreenSnapshot.expect(large.step([]), named: "Home/home-draft-120x30")
    }
}
