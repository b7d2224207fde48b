/// The kind of value a form field holds, which decides how it is edited and checked.
///
/// The raw values are the spellings used in `Screens/*.yaml` (`type: multi-choice`).
public enum FieldType: String, CaseIterable, Hashable, Sendable {
    case text
    case integer
    case money
    case date
    case choice
    case multiChoice = "multi-choice"
    case yesNo = "yes-no"
    case idNumber = "id-number"
    case phone

    /// Whether the field offers a list of choices (`choices:` is allowed and required).
    public var hasChoices: Bool { self == .choice || self == .multiChoice }

    /// Whether `min` and `max` apply (whole numbers for integer, 元 for money).
    public var hasNumericBounds: Bool { self == .integer || self == .money }

    /// The spellings of every type, as listed in error messages.
    static let spellings = allCases.map(\.rawValue).joined(separator: ", ")
}

/// The two answers of a `yes-no` field, as users read and store them.
public enum YesNo {
    public static let yes = "是"
    public static let no = "否"
    public static let labels = [yes, no]
}
