/// A form: a column of labelled fields with focus, per-field validation and an error summary.
///
/// Validation runs when focus leaves a field and on save (Ctrl-S), never per keystroke; a failed
/// check shows the message under the field and never throws away what was typed. Values are
/// strings keyed by field id. The form scrolls when its fields do not fit the rect it is drawn in.
///
/// ```swift
/// var form = FormView(fields: fields, values: household.formValues)
/// form.fit(to: rect)
/// if case .saveRequested(let values) = form.handle(.control("s")) { ... }
/// ```
public struct FormView: Sendable {
    /// The fields in order; only their `isRequired` changes after init (`setRequired`).
    public internal(set) var fields: [FormField]
    /// The current value of every field, by field id.
    public internal(set) var values: [String: String]
    /// The values the form started with, for `isDirty`.
    public let initialValues: [String: String]
    /// The Chinese message of every field that failed its check, by field id.
    public internal(set) var errors: [String: String] = [:]
    /// The field with the keyboard.
    public internal(set) var focusedIndex = 0
    /// The editor of each typed field, by field id.
    var inputs: [String: TextInput] = [:]
    /// The highlighted option of each multi-choice field, by field id.
    var highlightedOption: [String: Int] = [:]
    /// The first layout row shown, when the fields are taller than the rect.
    public internal(set) var scrollTop = 0
    /// The size the form was last fitted to.
    public internal(set) var viewport = Size(width: 80, height: 20)
    /// Columns of the label column; labels wider than this are cut.
    public let labelWidth: Int
    /// Rules of the whole form: the problems of all `values` by field id, for forms whose checks depend on
    /// other answers ("required when another field is ...").
    ///
    /// When set, it replaces each field's own `problem(with:)`: leaving a field takes that field's entry,
    /// saving takes them all. Like every check, it runs on leaving a field and on save, never per keystroke.
    public var validator: (@Sendable ([String: String]) -> [String: String])?

    /// A form of `fields` starting with `values`; `labelWidth` columns are kept for labels (14 by default).
    public init(fields: [FormField], values: [String: String] = [:], labelWidth: Int = FormView.defaultLabelWidth) {
        self.fields = fields
        self.labelWidth = max(1, labelWidth)
        var filled: [String: String] = [:]
        for field in fields { filled[field.id] = values[field.id] ?? "" }
        self.values = filled
        self.initialValues = filled
        for field in fields where field.kind.isTyped {
            inputs[field.id] = TextInput(text: filled[field.id] ?? "", maxLength: field.maxLength)
        }
        fit(to: Rect(x: 0, y: 0, width: viewport.width, height: viewport.height))
    }

    /// True when any value differs from what the form started with: leaving should ask first.
    public var isDirty: Bool { values != initialValues }

    /// The field with the keyboard, if the form has any fields.
    public var focusedField: FormField? { fields.indices.contains(focusedIndex) ? fields[focusedIndex] : nil }

    /// The ids of the fields with errors, in form order.
    public var errorFieldIDs: [String] { fields.map(\.id).filter { errors[$0] != nil } }

    /// "有 2 处需要修改：姓名、身份证号", or nil when there are no errors.
    public var errorSummary: String? {
        let labels = fields.filter { errors[$0.id] != nil }.map(\.label)
        guard !labels.isEmpty else { return nil }
        return "有 \(labels.count) 处需要修改：" + labels.joined(separator: "、")
    }

    /// Sets the rect the form will be drawn in, so scrolling keeps the focused field visible.
    public mutating func fit(to rect: Rect) {
        viewport = rect.size
        let width = valueWidth(forTotalWidth: rect.width)
        for id in inputs.keys { inputs[id]?.width = width }
        scrollToFocus()
    }

    /// Replaces one value from outside (a lookup filled a field); the field's error is cleared.
    public mutating func setValue(_ value: String, for fieldID: String) {
        guard values[fieldID] != nil else { return }
        values[fieldID] = value
        inputs[fieldID]?.setText(value)
        errors[fieldID] = nil
    }

    /// Marks a field required (必填) or not, for requirements that follow other answers.
    public mutating func setRequired(_ isRequired: Bool, forFieldID fieldID: String) {
        guard let index = fields.firstIndex(where: { $0.id == fieldID }) else { return }
        fields[index].isRequired = isRequired
    }

    /// Checks one field now, recording or clearing its error. Returns true when it passes.
    @discardableResult
    public mutating func validateField(at index: Int) -> Bool {
        guard fields.indices.contains(index) else { return true }
        let field = fields[index]
        if let validator {
            errors[field.id] = validator(values)[field.id]
        } else {
            errors[field.id] = field.problem(with: values[field.id] ?? "")
        }
        return errors[field.id] == nil
    }

    /// Checks every field, as on save. Returns true when all pass.
    @discardableResult
    public mutating func validateAll() -> Bool {
        if let validator {
            let problems = validator(values)
            errors = [:]
            for field in fields { errors[field.id] = problems[field.id] }
        } else {
            for index in fields.indices { validateField(at: index) }
        }
        return errors.isEmpty
    }
}
