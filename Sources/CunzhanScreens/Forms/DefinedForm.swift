import CunzhanCore
import ScreenDefinitions
import TerminalUI

/// A form built from a `Screens/` definition: the `FormView` users fill in, with the definition's rules.
///
/// The definition decides everything the widget shows: field kinds, choices, 必填 marks (including fields
/// whose requirement follows another answer, `required_when`), defaults and help text. Checks come from the
/// definition too: leaving a field shows that field's entry of `FormDefinition.validate(values:)`, and
/// saving shows them all, so a message reads the same wherever it appears.
///
/// ```swift
/// var form = DefinedForm(definition: catalog.form("visit"), today: today, userName: session.userName)
/// if case .saveRequested(let values) = form.handle(.control("s")) { ... }
/// ```
public struct DefinedForm: Sendable {
    public let definition: FormDefinition
    /// The widget, for reading its state (errors, focus, dirty); change it only through this type.
    public private(set) var form: FormView

    /// A form for `definition` starting with `values` (to edit a record); fields absent from `values` get
    /// their defaults: `today`, the signed-in user's name for `current-user`, or the literal.
    public init(definition: FormDefinition, today: CalendarDate, userName: String, values: [String: String] = [:]) {
        self.definition = definition
        var start = values
        for field in definition.fields where values[field.id] == nil {
            if let value = DefinedForm.defaultValue(of: field, today: today, userName: userName) {
                start[field.id] = value
            }
        }
        form = FormView(
            fields: DefinedForm.formFields(of: definition), values: start,
            labelWidth: DefinedForm.labelWidth(of: definition))
        form.validator = { [definition] values in definition.validate(values: values) }
        refreshRequirements()
    }

    /// The current answers by field id (multi-choice labels joined by "、", yes-no as 是/否).
    public var values: [String: String] { form.values }

    /// True when any answer differs from what the form started with: leaving should ask first.
    public var isDirty: Bool { form.isDirty }

    /// The Chinese message of every field that failed its check, by field id.
    public var errors: [FieldID: String] { form.errors }

    /// Updates the form for one key; see `FormView.handle(_:)`. Ctrl-S gives `.saveRequested` only when
    /// `FormDefinition.validate(values:)` finds nothing.
    public mutating func handle(_ key: Key) -> FormEvent {
        afterChange(form.handle(key))
    }

    /// Inserts pasted or input-method text into the focused typed field as one edit.
    public mutating func insert(_ text: String) -> FormEvent {
        afterChange(form.insert(text))
    }

    /// Focuses the field under a click on the form drawn in `rect`.
    public mutating func handle(_ click: MouseClick, in rect: Rect) -> FormEvent {
        form.handle(click, in: rect)
    }

    /// Replaces one answer from outside (a lookup filled it in).
    public mutating func setValue(_ value: String, for fieldID: FieldID) {
        form.setValue(value, for: fieldID)
        _ = afterChange(.changed(fieldID: fieldID))
    }

    /// Puts the focus on `fieldID` when the form has it (a form rebuilt with a field more or less keeps
    /// the user where they were).
    public mutating func focus(_ fieldID: FieldID) {
        guard let index = form.fields.firstIndex(where: { $0.id == fieldID }) else { return }
        _ = form.moveFocus(to: index)
    }

    /// Shows `message` under `fieldID` (a store refusal naming that field), or clears it with nil; what was
    /// typed stays. See `FormView.setError(_:for:)`.
    public mutating func setError(_ message: String?, for fieldID: FieldID) {
        form.setError(message, for: fieldID)
    }

    /// Shows each message under its field and focuses the first; false when no id is a field of this form.
    @discardableResult
    public mutating func showErrors(_ problems: [FieldID: String]) -> Bool {
        form.showErrors(problems)
    }

    /// The summary line of the errors shown ("有 1 处需要修改：证件号码"), or nil.
    public var errorSummary: String? { form.errorSummary }

    /// Sets the rect the form will be drawn in, so scrolling keeps the focused field visible.
    public mutating func fit(to rect: Rect) {
        form.fit(to: rect)
    }

    /// Draws the form (error summary, section headings, fields) into `rect`.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme, focused: Bool) {
        form.render(into: &canvas, in: rect, theme: theme, focused: focused)
    }

    /// After a change, the 必填 marks follow the answers, and a field that depends on the changed one loses
    /// an error that no longer holds (never gains one: checks run on leaving and on save only).
    private mutating func afterChange(_ event: FormEvent) -> FormEvent {
        guard case .changed(let fieldID) = event else { return event }
        refreshRequirements()
        for (index, field) in definition.fields.enumerated()
        where field.requiredWhen?.field == fieldID && form.errors[field.id] != nil {
            form.validateField(at: index)
        }
        return event
    }

    private mutating func refreshRequirements() {
        let values = form.values
        for field in definition.fields where field.requiredWhen != nil {
            form.setRequired(definition.isRequired(field, values: values), forFieldID: field.id)
        }
    }
}
