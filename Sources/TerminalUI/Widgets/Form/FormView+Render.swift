/// How a `FormView` draws itself.
extension FormView {
    /// Draws the error summary (when there are errors) and the visible lines of the form into `rect`.
    ///
    /// The focused field is marked with ">" and its value drawn in the selection style; errors sit
    /// under their field marked 【错误】 so they read on monochrome terminals too. When a typed field
    /// has focus, the canvas cursor goes to its caret.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let summary = summaryLines(width: rect.width)
        for (offset, text) in summary.prefix(rect.height).enumerated() {
            canvas.draw(text, at: Point(x: rect.x, y: rect.y + offset), style: theme.error, maxWidth: rect.width)
        }
        let height = rect.height - summary.count
        guard height > 0 else { return }
        let all = lines(width: rect.width)
        let top = max(0, min(scrollTop, all.count - height))
        for (offset, line) in all.dropFirst(top).prefix(height).enumerated() {
            let y = rect.y + summary.count + offset
            let previous = top + offset > 0 ? all[top + offset - 1] : nil
            let continuesValue = previous.map { $0.fieldIndex == line.fieldIndex && $0.content.isValue } ?? false
            draw(
                line, isFirstOfField: !continuesValue,
                at: y, rect: rect, theme: theme, focused: focused, canvas: &canvas)
        }
    }

    private func draw(
        _ line: FormLine, isFirstOfField: Bool, at y: Int, rect: Rect, theme: Theme, focused: Bool,
        canvas: inout Canvas
    ) {
        let field = fields[line.fieldIndex]
        let hasFocus = line.fieldIndex == focusedIndex
        let valueOrigin = Point(x: rect.x + valueX, y: y)
        let valueWidth = self.valueWidth(forTotalWidth: rect.width)
        switch line.content {
        case .heading(let text):
            canvas.draw(text, at: Point(x: rect.x, y: y), style: theme.accent, maxWidth: rect.width)
        case .error(let text, let isFirst):
            let mark =
                isFirst
                ? canvas.draw(FormView.errorMark, at: valueOrigin, style: theme.error, maxWidth: valueWidth)
                : DisplayWidth.of(FormView.errorMark)
            canvas.draw(text, at: Point(x: valueOrigin.x + mark, y: y), style: theme.error, maxWidth: valueWidth - mark)
        case .help(let text):
            canvas.draw(text, at: valueOrigin, style: theme.dim, maxWidth: valueWidth)
        case .value(let options):
            if isFirstOfField {
                let labelStyle = hasFocus ? theme.accent : theme.normal
                canvas.draw(hasFocus ? ">" : " ", at: Point(x: rect.x, y: y), style: labelStyle, maxWidth: 1)
                canvas.draw(
                    TextLayout.fit(field.label, width: labelWidth),
                    at: Point(x: rect.x + 2, y: y), style: labelStyle, maxWidth: rect.width - 2)
                if field.isRequired {
                    canvas.draw(
                        "必填", at: Point(x: rect.x + 3 + labelWidth, y: y), style: theme.dim,
                        maxWidth: max(0, rect.width - 3 - labelWidth))
                }
            }
            drawValue(
                of: field, options: options, at: valueOrigin, width: valueWidth,
                style: hasFocus && focused ? theme.selection : theme.normal, theme: theme,
                showCaret: hasFocus && focused, canvas: &canvas)
        }
    }

    private func drawValue(
        of field: FormField, options: Range<Int>?, at origin: Point, width: Int, style: Style, theme: Theme,
        showCaret: Bool, canvas: inout Canvas
    ) {
        let value = values[field.id] ?? ""
        switch field.kind {
        case .multiChoice(let all):
            let chosen = Set(FormView.chosenOptions(value))
            let highlighted = highlightedOption[field.id] ?? 0
            var x = origin.x
            for index in options ?? 0..<0 {
                let text = FormView.optionText(all[index], chosen: chosen.contains(all[index]))
                let optionStyle = showCaret && index == highlighted ? theme.selection : theme.normal
                x +=
                    canvas.draw(text, at: Point(x: x, y: origin.y), style: optionStyle, maxWidth: origin.x + width - x)
                    + 1
            }
        case .singleChoice, .yesNo:
            let shown = value.isEmpty ? "<  请选择  >" : "< \(value) >"
            canvas.draw(shown, at: origin, style: style, maxWidth: width)
        default:
            guard let input = inputs[field.id] else { return }
            if showCaret {
                canvas.fill(Rect(x: origin.x, y: origin.y, width: min(width, input.width), height: 1), with: style)
            }
            if showCaret {
                canvas.draw(input.visibleText.text, at: origin, style: style, maxWidth: width)
                canvas.cursor = input.caretPosition(at: origin)
            } else {
                canvas.draw(TextLayout.truncate(value, toWidth: width), at: origin, style: style, maxWidth: width)
            }
        }
    }
}
