import ScreenDefinitions

extension FormDefinition {
    /// The answers a record saved from this form keeps: the form's own `answers`, plus the `earlier` answers
    /// of fields this form does not ask.
    ///
    /// A field the form asks and left empty is dropped (it was cleared); a field it does not ask, such as a
    /// county question from another version of the form, is kept rather than lost on an unrelated edit.
    func keptAnswers(_ answers: [FieldID: String], over earlier: [String: String]) -> [String: String] {
        var kept = earlier.filter { id, _ in field(id) == nil }
        kept.merge(answers) { _, new in new }
        return kept
    }
}
