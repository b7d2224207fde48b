/// The id of a field or column inside one definition, e.g. `income_estimate`.
public typealias FieldID = String

/// One field of a form: what it is called, what it holds and how a filled-in value is checked.
///
/// Built only by the loader, so a value of this type is always consistent (choices only on choice
/// fields, bounds only where they apply, a `requiredWhen` that names a real field and a possible value).
public struct FieldDefinition: Hashable, Sendable {
    public let id: FieldID
    /// The Chinese label shown beside the input and used in every message about the field.
    public let label: String
    public let type: FieldType
    /// Always required (必填).
    public let isRequired: Bool
    /// Required only while another field holds a given value.
    public let requiredWhen: RequiredCondition?
    /// The labels users pick from: the listed choices, a vocabulary's labels, or 是/否 for yes-no.
    public let choices: [String]
    /// The domain enum the choices come from, when they come from one.
    public let vocabulary: Vocabulary?
    /// Lower bound: a whole number for integer fields, fen (分) for money fields.
    public let minimum: Int?
    /// Upper bound: a whole number for integer fields, fen (分) for money fields.
    public let maximum: Int?
    /// Longest text allowed, in characters.
    public let maxLength: Int?
    /// A regular expression the whole text must match.
    public let pattern: String?
    public let defaultValue: FieldDefault?
    /// One line of help shown under the field and in the help overlay.
    public let help: String?
    /// True when the field maps to a core column of the record; other answers are kept as JSON.
    public let isCore: Bool
    /// Where the field is declared (for messages about it).
    public let line: Int
    public let column: Int
}

/// "Required when field X has value V": the rule behind "notes are required when a check is 不达标".
public struct RequiredCondition: Hashable, Sendable {
    /// The field whose value decides.
    public let field: FieldID
    /// Any of these values makes the field required (for a multi-choice field: any of them selected).
    public let values: [String]
}

/// The value a field starts with on a new form.
public enum FieldDefault: Hashable, Sendable {
    /// Today's date (date fields).
    case today
    /// The signed-in user's name (text fields).
    case currentUser
    /// A fixed value, already checked against the field's type and choices.
    case literal(String)
}
