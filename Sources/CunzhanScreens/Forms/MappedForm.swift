import ScreenDefinitions

/// A record made from a filled-in form, with the answers the record has no place for.
///
/// Definitions may ask more than the domain model holds (a county adds a question, a form asks for a
/// grade where the model keeps "junior high"). Those answers are kept by field id, as plain strings
/// that encode to JSON, so the store can save and sync them with the record and an edit form gets
/// them back.
public struct MappedForm<Record: Sendable & Equatable>: Sendable, Equatable {
    public var record: Record
    /// Answers kept beside the record, by field id (multi-choice labels joined by "、").
    public var answers: [FieldID: String]

    public init(record: Record, answers: [FieldID: String]) {
        self.record = record
        self.answers = answers
    }
}

/// Why a filled-in form could not become a record: a Chinese message per field, naming it and the fix.
public struct FormMappingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The message of each field with a problem, by field id.
    public let problems: [FieldID: String]
    /// The same messages in form order, for a status line or an import report.
    public let messages: [String]

    public init(problems: [FieldID: String], order: [FieldID]) {
        self.problems = problems
        let known = order.filter { problems[$0] != nil }
        let others = problems.keys.filter { !order.contains($0) }.sorted()
        messages = (known + others).compactMap { problems[$0] }
    }

    public var description: String { messages.joined(separator: "；") }
}
