/// Mouse clicks on a `FormView`.
extension FormView {
    /// Focuses the field under a click on the form drawn in `rect` (checking the field left, as Tab
    /// does); a click on a multi-choice option also highlights that option.
    public mutating func handle(_ click: MouseClick, in rect: Rect) -> FormEvent {
        let summaryHeight = summaryLines(width: rect.width).count
        let row = click.position.y - rect.y - summaryHeight
        let all = lines(width: rect.width)
        let top = max(0, min(scrollTop, all.count - (rect.height - summaryHeight)))
        guard click.position.x >= rect.x, click.position.x < rect.maxX, row >= 0, row < rect.height - summaryHeight,
            all.indices.contains(top + row)
        else { return .ignored }
        let line = all[top + row]
        let event = line.fieldIndex == focusedIndex ? .handled : moveFocus(to: line.fieldIndex)
        if case .value(let options?) = line.content, case .multiChoice(let choices) = fields[line.fieldIndex].kind {
            var x = rect.x + valueX
            for index in options {
                let width = DisplayWidth.of(FormView.optionText(choices[index], chosen: true))
                if click.position.x >= x, click.position.x < x + width {
                    highlightedOption[fields[line.fieldIndex].id] = index
                }
                x += width + 1
            }
        }
        return event
    }
}
