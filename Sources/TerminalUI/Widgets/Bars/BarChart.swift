/// A horizontal bar chart: one row per entry with its label, a reverse-video bar and its value.
///
/// Bars are reverse-video spaces (never block characters, whose width differs between terminals),
/// scaled so the largest value fills the bar column; any value above zero gets at least one cell.
///
/// ```
/// 第一组      [reverse 30 cells]           45
/// 第二组      [reverse 20 cells]           30
/// ```
public struct BarChart: Hashable, Sendable {
    /// One bar: what it counts and how many.
    public struct Entry: Hashable, Sendable {
        public var label: String
        public var value: Int

        public init(label: String, value: Int) {
            self.label = label
            self.value = value
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The cells of the bar for `value` when the largest value gets `width` cells.
    static func barLength(_ value: Int, maximum: Int, width: Int) -> Int {
        guard value > 0, maximum > 0, width > 0 else { return 0 }
        return max(1, min(width, (value * width + maximum / 2) / maximum))
    }

    /// Draws one entry per row of `rect` (entries beyond its height are not drawn).
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let labelWidth = min(rect.width / 3, entries.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let valueWidth = entries.map { String($0.value).count }.max() ?? 0
        let barWidth = max(0, rect.width - labelWidth - valueWidth - 2)
        let maximum = entries.map(\.value).max() ?? 0
        for (offset, entry) in entries.prefix(rect.height).enumerated() {
            let y = rect.y + offset
            canvas.draw(
                TextLayout.fit(entry.label, width: labelWidth), at: Point(x: rect.x, y: y), style: theme.normal,
                maxWidth: labelWidth)
            let length = BarChart.barLength(entry.value, maximum: maximum, width: barWidth)
            canvas.fill(Rect(x: rect.x + labelWidth + 1, y: y, width: length, height: 1), with: barStyle(theme))
            canvas.draw(
                TextLayout.fit(String(entry.value), width: valueWidth, alignment: .trailing),
                at: Point(x: rect.maxX - valueWidth, y: y), style: theme.normal, maxWidth: valueWidth)
        }
    }
}

/// The style of a bar's done cells: the theme's accent in reverse video, so it shows without colour too.
func barStyle(_ theme: Theme) -> Style {
    var style = theme.accent
    style.reverse = true
    return style
}
