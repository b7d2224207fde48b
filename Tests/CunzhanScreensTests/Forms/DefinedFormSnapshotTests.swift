import Testing

@testable import CunzhanScreens

/// Every default form, new (defaults filled in), drawn at the smallest and a common larger terminal size.
struct DefinedFormSnapshotTests {
    @Test(arguments: ["visit", "household", "member", "inspection"])
    func aNewDefaultFormRendersAt80x24And120x30(_ id: String) throws {
        let form = try FormFixture.form(id)
        try ScreenSnapshot.expect(FormFixture.render(form, width: 80, height: 24), named: "Forms/\(id)-80x24")
        try ScreenSnapshot.expect(FormFixture.render(form, width: 120, height: 30), named: "Forms/\(id)-120x30")
    }

    @Test func aVisitSavedWithAMissingNoteShowsTheErrorUnderTheNoteAndTheSummary() throws {
        var form = try FormFixture.form("visit")
        form.press(.tab, .tab, .left)
        #expect(form.press(.control("s")) != .saveRequested(form.values))
        try ScreenSnapshot.expect(FormFixture.render(form, width: 80, height: 24), named: "Forms/visit-errors-80x24")
    }
}
