import CunzhanCore
import TerminalUI

/// The month's theme (月度主题) as the inspection and visit forms show it above their fields: the title with
/// its details on one line, then its checklist (排查要点), numbered and wrapped to the width.
///
/// One drawing for both forms, so a cadre sees the same box whichever record they are making.
enum ThemeBox {
    /// At most this many checklist lines, so the form under the box keeps its room at 80x24.
    static let maxChecklistLines = 2

    /// The lines of the box for `theme` at `width`: "本月主题：村庄清洁（重点：垃圾）" then
    /// "排查要点：1. 房前屋后；2. 厕所" (wrapped, the last kept line cut).
    static func lines(of theme: MonthlyTheme, width: Int) -> [String] {
        let details = theme.details.split(whereSeparator: \.isNewline).map(String.init).joined(separator: "；")
        var lines = ["本月主题：\(theme.title)" + (details.isEmpty ? "" : "（\(details)）")]
        let items = theme.checklist.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !items.isEmpty else { return lines }
        let checklist = "排查要点：" + items.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "；")
        lines += PhraseWrap.lines(checklist, width: max(1, width)).prefix(maxChecklistLines)
        return lines
    }

    /// Draws the box for `theme` from `origin` down; returns how many lines it took.
    @discardableResult
    static func draw(_ theme: MonthlyTheme, into canvas: inout Canvas, at origin: Point, width: Int, style: Theme)
        -> Int
    {
        let lines = lines(of: theme, width: width)
        for (offset, line) in lines.enumerated() {
            canvas.draw(line, at: Point(x: origin.x, y: origin.y + offset), style: style.accent, maxWidth: width)
        }
        return lines.count
    }
}
