/// A progress line: "已走访 45/60 户", a bracketed reverse-video bar and the percentage.
///
/// The brackets show the bar's full extent on monochrome terminals; the done part is reverse-video
/// spaces. Used for the coverage of a visit or inspection cycle.
public struct ProgressBar: Hashable, Sendable {
    /// What is being counted: "已走访".
    public var label: String
    public var done: Int
    public var total: Int
    /// The unit after the counts: "户".
    public var unit: String

    public init(label: String, done: Int, total: Int, unit: String = "") {
        self.label = label
        self.done = done
        self.total = total
        self.unit = unit
    }

    /// "已走访 45/60 户".
    public var caption: String {
        "\(label) \(done)/\(total)" + (unit.isEmpty ? "" : " \(unit)")
    }

    /// Whole percent done, 0…100 (0 when the total is 0).
    public var percent: Int {
        guard total > 0 else { return 0 }
        return max(0, min(100, done * 100 / total))
    }

    /// Draws the caption, the bar filling the rest of the first row of `rect`, and the percentage.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let percentText = TextLayout.fit("\(percent)%", width: 4, alignment: .trailing)
        let captionWidth = canvas.draw(caption, at: rect.origin, style: theme.normal, maxWidth: rect.width)
        let barX = rect.x + captionWidth + 1
        let inner = rect.maxX - barX - 2 - 1 - 4
        guard inner > 0 else { return }
        canvas.draw("[", at: Point(x: barX, y: rect.y), style: theme.normal)
        let filled = total > 0 ? max(0, min(inner, done * inner / total)) : 0
        canvas.fill(Rect(x: barX + 1, y: rect.y, width: filled, height: 1), with: barStyle(theme))
        canvas.draw("]", at: Point(x: barX + 1 + inner, y: rect.y), style: theme.normal)
        canvas.draw(percentText, at: Point(x: rect.maxX - 4, y: rect.y), style: theme.normal)
    }
}
