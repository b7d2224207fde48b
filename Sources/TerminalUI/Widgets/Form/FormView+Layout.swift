/// One drawn line of a `FormView`: a field's value line, or an error or help line under it.
struct FormLine: Hashable, Sendable {
    enum Content: Hashable, Sendable {
        /// The field's label and value; for a multi choice, `options` are the options on this line.
        case value(options: Range<Int>?)
        /// A line of the field's error message; the first is marked "【错误】", the rest indented under it.
        case error(String, isFirst: Bool)
        /// A line of the focused field's help text.
        case help(String)
        /// The heading of the section the field opens, above its value line.
        case heading(String)
    }

    var fieldIndex: Int
    var content: Content
}

/// How a `FormView` is laid out: a label column, then values; errors and help under each field.
extension FormView {
    /// Columns for the label (after the 2-column focus marker) unless the form asks for more or fewer.
    public static let defaultLabelWidth = 14
    /// Columns of the 必填 marker.
    static let requiredWidth = 4
    static let errorMark = "【错误】"

    /// Where the value starts: marker (2) + label + space + 必填 + space.
    var valueX: Int { 2 + labelWidth + 1 + FormView.requiredWidth + 1 }

    /// The columns left for values when the form is `totalWidth` wide.
    func valueWidth(forTotalWidth totalWidth: Int) -> Int {
        max(1, totalWidth - valueX)
    }

    /// The lines of the error summary at the top, with a blank line after it; none without errors.
    func summaryLines(width: Int) -> [String] {
        guard let summary = errorSummary else { return [] }
        return TextLayout.wrap(summary, width: max(1, width)) + [""]
    }

    /// Every line of the form at `width`, in order, from which drawing and scrolling both work.
    func lines(width: Int) -> [FormLine] {
        let valueWidth = self.valueWidth(forTotalWidth: width)
        var result: [FormLine] = []
        for (index, field) in fields.enumerated() {
            if let section = field.section, !section.isEmpty {
                result.append(FormLine(fieldIndex: index, content: .heading(section)))
            }
            if case .multiChoice(let options) = field.kind {
                for range in FormView.optionLines(options, width: valueWidth) {
                    result.append(FormLine(fieldIndex: index, content: .value(options: range)))
                }
            } else {
                result.append(FormLine(fieldIndex: index, content: .value(options: nil)))
            }
            if let error = errors[field.id] {
                let markWidth = DisplayWidth.of(FormView.errorMark)
                for (number, text) in TextLayout.wrap(error, width: max(1, valueWidth - markWidth)).enumerated() {
                    result.append(FormLine(fieldIndex: index, content: .error(text, isFirst: number == 0)))
                }
            }
            if index == focusedIndex, let help = field.help, !help.isEmpty {
                for text in TextLayout.wrap(help, width: valueWidth) {
                    result.append(FormLine(fieldIndex: index, content: .help(text)))
                }
            }
        }
        return result
    }

    /// The multi-choice options packed into lines of `width` columns: "[x]低保 [ ]特困 ...".
    static func optionLines(_ options: [String], width: Int) -> [Range<Int>] {
        guard !options.isEmpty else { return [0..<0] }
        var ranges: [Range<Int>] = []
        var start = 0
        var used = 0
        for (index, option) in options.enumerated() {
            let cell = DisplayWidth.of(optionText(option, chosen: false)) + 1
            if used > 0, used + cell - 1 > width {
                ranges.append(start..<index)
                start = index
                used = 0
            }
            used += cell
        }
        ranges.append(start..<options.count)
        return ranges
    }

    static func optionText(_ option: String, chosen: Bool) -> String {
        (chosen ? "[x]" : "[ ]") + option
    }

    /// Scrolls the least needed so the focused field's lines (value, error, help) are all visible.
    mutating func scrollToFocus() {
        let all = lines(width: viewport.width)
        let height = max(1, viewport.height - summaryLines(width: viewport.width).count)
        guard let first = all.firstIndex(where: { $0.fieldIndex == focusedIndex }),
            let last = all.lastIndex(where: { $0.fieldIndex == focusedIndex })
        else { return }
        if last >= scrollTop + height { scrollTop = last - height + 1 }
        if first < scrollTop { scrollTop = first }
        scrollTop = max(0, min(scrollTop, all.count - height))
    }
}

extension FormLine.Content {
    /// True for a field's value line (where its label is drawn).
    var isValue: Bool {
        if case .value = self { return true }
        return false
    }
}
