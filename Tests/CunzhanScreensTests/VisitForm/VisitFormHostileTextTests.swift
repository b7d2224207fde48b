import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// Text users paste into a form: escape sequences, bells, emoji, mixed widths and very long notes.
struct VisitFormHostileTextTests {
    /// A note pasted from a chat program: colour escapes, a bell, a family emoji, full-width and ASCII text.
    static let pasted = "户主说\u{1B}[31m红色\u{1B}[0m很好\u{07}👨‍👩‍👧ＡＢＣabc（已核实）"

    @Test func pastedControlCharactersNeverReachTheScreenAndColumnsStayAligned() throws {
        let fixture = try HouseholdFixture()
        var program = VisitFormScreenTests.openForm(fixture)
        VisitFormScreenTests.fill(&program)
        let frame = program.type(Self.pasted + String(repeating: "很长的备注", count: 120))
        for line in frame.lines {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(line)")
            #expect(DisplayWidth.of(line) == 80, "\(line)")
        }
    }

    @Test func aLongNoteWithEmojiIsSavedWhole() throws {
        let fixture = try HouseholdFixture()
        var program = VisitFormScreenTests.openForm(fixture)
        VisitFormScreenTests.fill(&program)
        let long = String(repeating: "入户核实情况良好👍", count: 40)
        _ = program.type(long)
        _ = program.press(.control("s"))
        _ = program.press(.escape)
        _ = program.press(.escape)
        let visits = try fixture.store.visits(of: fixture.household.id)
        #expect(visits.first?.notes == "户主住院两周" + long)
    }
}
