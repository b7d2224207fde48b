/// Errors found outside the form, shown under their fields.
extension FormView {
    /// Shows `message` under the field `fieldID` as if its check had failed, or clears it with nil.
    ///
    /// For problems only the owner can find (a record the store refuses, a duplicate elsewhere in the
    /// village): the value stays as typed, the summary counts the field, and the message goes away when
    /// the field is checked again (leaving it, or saving). Unknown field ids are ignored.
    public mutating func setError(_ message: String?, for fieldID: String) {
        guard values[fieldID] != nil else { return }
        errors[fieldID] = message
    }

    /// Shows every message of `problems` under its field and moves focus to the first of them in form
    /// order; returns false when none of the ids is a field of this form (the owner shows them elsewhere).
    @discardableResult
    public mutating func showErrors(_ problems: [String: String]) -> Bool {
        var shown = false
        for (fieldID, message) in problems where values[fieldID] != nil {
            errors[fieldID] = message
            shown = true
        }
        if let first = fields.firstIndex(where: { problems[$0.id] != nil }) {
            focusedIndex = first
            scrollToFocus()
        }
        return shown
    }
}
