import CunzhanCore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The theme box both forms draw: title with details, then the numbered checklist, cut to two lines.
struct ThemeBoxTests {
    @Test func theChecklistIsNumberedAndWrappedToAtMostTwoLines() {
        let theme = MonthlyTheme(
            month: "2026-03", title: "饮水安全排查", details: "水源是否稳定\n水质是否达标",
            checklist: ["看水源", " ", "看水质", String(repeating: "查看入户管网是否漏水", count: 10)])
        let lines = ThemeBox.lines(of: theme, width: 80)
        #expect(lines.count == 3)
        #expect(lines[0] == "本月主题：饮水安全排查（水源是否稳定；水质是否达标）")
        #expect(lines[1].hasPrefix("排查要点：1. 看水源；2. 看水质；3. 查看入户管网"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func aThemeWithoutChecklistIsOneLine() {
        let theme = MonthlyTheme(month: "2026-03", title: "村庄清洁")
        #expect(ThemeBox.lines(of: theme, width: 80) == ["本月主题：村庄清洁"])
    }
}
