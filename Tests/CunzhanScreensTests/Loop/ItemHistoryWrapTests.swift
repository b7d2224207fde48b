import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The item screen's 办理记录 at 80 columns: a long entry wraps at a phrase boundary and its further lines
/// start under its note, while its first line keeps the same indent as every other entry.
struct ItemHistoryWrapTests {
    @Test func aLongEntryWrapsAtAPhraseWithAHangingIndent() throws {
        let fixture = try LoopScreenFixture()
        let leak = RectificationItem(
            villageID: fixture.village.id, scope: .household, householdID: fixture.households[0].id, source: .visit,
            category: .housing, title: "屋面渗水", raisedBy: fixture.cadre.id, raisedOn: LoopScreenFixture.found)
        try fixture.store.write(author: fixture.cadre.id) { try $0.raiseItem(leak) }
        let measures = "先排查屋面渗水点，更换破损瓦片并重新做防水层，雨季前完成限期整改"
        try fixture.store.write(author: fixture.secretary.id) { writer in
            try writer.transitionItem(
                leak.id,
                .assign(
                    owner: fixture.cadre.id, measures: measures, deadline: LoopScreenFixture.found.adding(days: 20)),
                on: LoopScreenFixture.found)
        }
        var program = fixture.program(ItemScreen(itemID: leak.id, context: fixture.context(fixture.cadre)))
        let lines = program.step([]).lines
        let first = try #require(lines.firstIndex { $0.hasPrefix("  2026-03-02  王书记  定责") }, "\(lines)")
        let lead = String(repeating: " ", count: DisplayWidth.of("  2026-03-02  王书记  "))
        let next = lines[first + 1]
        #expect(next.hasPrefix(lead) && !next.hasPrefix(lead + " "), "\(next)")
        // Each line of the entry ends at a phrase boundary, so 限期整改 and 防水层 stay whole.
        let continued = lines[(first + 1)...].prefix { $0.hasPrefix(lead) && !$0.trimmingSpaces().isEmpty }
        #expect(continued.count >= 1)
        let entry = ([lines[first]] + continued).map { $0.trimmingSpaces() }.joined()
        #expect(entry.contains(measures), "\(entry)")
        #expect(lines.contains { $0.contains("限期整改") } && lines.contains { $0.contains("防水层") }, "\(lines)")
    }

    /// The forms' 排查要点 line breaks after a checklist entry, not inside 事项.
    @Test func theThemeChecklistBreaksBetweenEntries() {
        let theme = MonthlyTheme(
            month: "2026-11", title: "冬春救助",
            checklist: ["排查基本生活困难群众", "发现问题当场登记整改事项", "上月未销号事项逐项回访"])
        let lines = ThemeBox.lines(of: theme, width: 80)
        #expect(lines.count == 3)
        #expect(lines.last == "3. 上月未销号事项逐项回访", "\(lines)")
    }

    @Test func phraseWrapPrefersPunctuationAndKeepsDatesWhole() {
        let lines = PhraseWrap.lines("甲乙丙丁，戊己庚辛壬癸子丑寅卯", width: 12, indent: 2)
        #expect(lines == ["甲乙丙丁，", "  戊己庚辛壬", "  癸子丑寅卯"])
        let dated = PhraseWrap.lines("时限至2026-04-01", width: 12)
        #expect(dated == ["时限至", "2026-04-01"])
        #expect(PhraseWrap.lines("第一行\n第二行", width: 12) == ["第一行", "第二行"])
    }
}

extension String {
    /// The string without spaces at either end.
    fileprivate func trimmingSpaces() -> String {
        var copy = Substring(self)
        while copy.first == " " { copy.removeFirst() }
        while copy.last == " " { copy.removeLast() }
        return String(copy)
    }
}
