/// One field of a `FormView`: what it asks for, how it is edited and how its answer is checked.
///
/// Values are strings keyed by `id`; the screen layer converts them to domain types. Choice
/// fields hold the chosen option's text; a multi choice holds the chosen options in option order
/// joined by `FormField.multiChoiceSeparator` ("、", as in `Screens/`); a yes/no field holds "是" or "否" (empty until answered).
public struct FormField: Sendable {
    /// How a field is edited and what its value looks like.
    public enum Kind: Hashable, Sendable {
        case text, integer, money, date, idNumber, phone
        /// One of the options, cycled inline with Space, Enter, Left and Right.
        case singleChoice([String])
        /// Any of the options, toggled with Space or Enter on the highlighted one.
        case multiChoice([String])
        case yesNo

        /// True for kinds edited as typed text (with a caret), false for choices.
        public var isTyped: Bool {
            switch self {
            case .text, .integer, .money, .date, .idNumber, .phone: true
            case .singleChoice, .multiChoice, .yesNo: false
            }
        }

        /// The options of a choice kind ("是", "否" for yes/no); empty for typed kinds.
        public var options: [String] {
            switch self {
            case .singleChoice(let options), .multiChoice(let options): options
            case .yesNo: [FormField.yes, FormField.no]
            default: []
            }
        }
    }

    public static let yes = "是"
    public static let no = "否"
    /// Joins the chosen options of a multi choice in its value.
    public static let multiChoiceSeparator = "、"

    public var id: String
    public var label: String
    public var kind: Kind
    /// A required field shows 必填 and may not be left empty on save.
    public var isRequired: Bool
    /// One or two sentences shown under the field while it has focus.
    public var help: String?
    /// The most characters a typed field accepts.
    public var maxLength: Int?
    /// Checks a non-empty value and returns the Chinese message to show, or nil when it is fine.
    /// Runs when the user leaves the field and on save, never per keystroke.
    public var validate: (@Sendable (String) -> String?)?
    /// The heading of the section this field opens, drawn on a line of its own above the field.
    public var section: String?

    public init(
        id: String, label: String, kind: Kind = .text, isRequired: Bool = false, help: String? = nil,
        maxLength: Int? = nil, validate: (@Sendable (String) -> String?)? = nil, section: String? = nil
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.isRequired = isRequired
        self.help = help
        self.maxLength = maxLength
        self.validate = validate
        self.section = section
    }

    /// The message for `value`, or nil when it passes: required first, then the kind's own format,
    /// then the field's `validate` closure.
    public func problem(with value: String) -> String? {
        let trimmed = value.trimmingSpaces
        if trimmed.isEmpty {
            return isRequired ? "「\(label)」是必填项，请填写。" : nil
        }
        if let formatProblem = kind.formatProblem(trimmed, label: label) { return formatProblem }
        return validate?(trimmed)
    }
}

extension FormField.Kind {
    /// The format check every field of this kind gets: numbers, money with at most two decimals, dates.
    func formatProblem(_ value: String, label: String) -> String? {
        switch self {
        case .integer:
            let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
            return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit) ? nil : "「\(label)」请填写整数，例如 3。"
        case .money:
            let parts = value.split(separator: ".", omittingEmptySubsequences: false)
            let valid =
                parts.count <= 2 && !parts[0].isEmpty && parts[0].allSatisfy(\.isASCIIDigit)
                && (parts.count == 1 || (1...2).contains(parts[1].count) && parts[1].allSatisfy(\.isASCIIDigit))
            return valid ? nil : "「\(label)」请填写金额（元），最多两位小数，例如 1200.50。"
        case .date:
            return FormField.isDate(value) ? nil : "「\(label)」请按 年-月-日 填写，例如 2026-03-15。"
        default:
            return nil
        }
    }
}

extension FormField {
    /// True for a real calendar day written YYYY-MM-DD.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// The string without leading and trailing spaces (ASCII and full-width).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
