import CunzhanCore

/// Checks of one filled-in value against its field's type, choices and bounds.
extension FieldDefinition {
    /// What is wrong with a non-empty `value`, as a Chinese message naming the field; nil when it is fine.
    ///
    /// Emptiness is not checked here: whether an empty value is allowed depends on the other answers
    /// (`required_when`), which `FormDefinition.validate(values:)` knows.
    public func problem(with value: String) -> String? {
        let value = value.trimmingWhitespace()
        guard !value.isEmpty else { return nil }
        switch type {
        case .text: return textProblem(value)
        case .integer:
            guard let number = Int(value) else { return "\(label)：“\(value)”不是整数，请只输入数字" }
            return boundsProblem(number, shown: { "\($0)" })
        case .money:
            if let problem = ValueFormats.moneyProblem(value, label: label) { return problem }
            guard let fen = MoneyText.fen(from: value) else { return nil }
            return boundsProblem(fen, shown: { MoneyText.yuan(fromFen: $0) + " 元" })
        case .date:
            do {
                _ = try CalendarDate(parsing: value, field: label)
                return nil
            } catch {
                return error.message
            }
        case .choice, .yesNo:
            return choices.contains(value) ? nil : "\(label)：“\(value)”不是可选项，可选：\(choices.joined(separator: "、"))"
        case .multiChoice:
            let unknown = MultiChoiceValue.split(value).filter { !choices.contains($0) }
            guard unknown.isEmpty else {
                return "\(label)：“\(unknown.joined(separator: "、"))”不是可选项，可选：\(choices.joined(separator: "、"))"
            }
            return nil
        case .idNumber:
            do {
                _ = try IDNumber(value, field: label)
                return nil
            } catch {
                return error.message
            }
        case .phone:
            return ValueFormats.phoneProblem(value, label: label)
        }
    }

    private func textProblem(_ value: String) -> String? {
        if let maxLength, value.count > maxLength {
            return "\(label)：最多 \(maxLength) 个字，现在有 \(value.count) 个，请删减"
        }
        if let pattern, let regex = try? Regex(pattern), (try? regex.wholeMatch(in: value)) == nil {
            return "\(label)：“\(value)”格式不对" + (help.map { "，\($0)" } ?? "，请核对")
        }
        return nil
    }

    private func boundsProblem(_ value: Int, shown: (Int) -> String) -> String? {
        if let minimum, value < minimum { return "\(label)：不能小于 \(shown(minimum))" }
        if let maximum, value > maximum { return "\(label)：不能大于 \(shown(maximum))" }
        return nil
    }
}

/// How the answer of a multi-choice field is written as one string: labels joined by `、`.
public enum MultiChoiceValue {
    public static let separator = "、"

    /// The selected labels; `、`, `,`, `，` and `;` all separate, empty pieces are dropped.
    public static func split(_ value: String) -> [String] {
        value.split(whereSeparator: { "、,，;；".contains($0) })
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }

    /// The labels joined the way `split` reads them back.
    public static func join(_ labels: [String]) -> String { labels.joined(separator: separator) }
}
