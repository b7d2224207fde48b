import CunzhanCore
import ScreenDefinitions

/// Reads a filled-in form field by field into domain values, collecting a Chinese message per bad field.
///
/// Starts from `FormDefinition.validate(values:)`, so required, required_when, choices and bounds are
/// checked exactly as the form checked them; the reader adds what only the domain types know (a name that
/// is not a name, an amount with fen where whole 元 are kept). Fields it reads are "used"; every other
/// non-empty answer is kept for `MappedForm.answers`. Labels in messages come from the definition, or
/// from the fallback given when an overriding definition dropped the field.
struct FormValueReader {
    let definition: FormDefinition
    let values: [String: String]
    private(set) var problems: [FieldID: String]
    private var used: Set<FieldID> = []
    private var kept: Set<FieldID> = []

    init(definition: FormDefinition, values: [String: String]) {
        self.definition = definition
        self.values = values
        problems = definition.validate(values: values)
    }

    /// The field's label in messages.
    func label(_ id: FieldID, _ fallback: String) -> String { definition.field(id)?.label ?? fallback }

    /// Records a problem unless the field already has one (the definition's message comes first).
    mutating func report(_ id: FieldID, _ message: String) {
        if problems[id] == nil { problems[id] = message }
    }

    /// The trimmed answer, marking the field used.
    mutating func text(_ id: FieldID) -> String {
        used.insert(id)
        return values[id]?.trimmingWhitespace() ?? ""
    }

    /// Keeps the verbatim answer of a used field in the answers too, when the record holds it only roughly.
    mutating func keepAnswer(_ id: FieldID) { kept.insert(id) }

    /// A required date; nil (with a message) when empty or not a date.
    mutating func date(_ id: FieldID, _ fallback: String) -> CalendarDate? {
        let text = text(id)
        let label = label(id, fallback)
        guard !text.isEmpty else {
            report(id, "\(label)：必填，请按 2026-01-31 的格式输入")
            return nil
        }
        do {
            return try CalendarDate(parsing: text, field: label)
        } catch {
            report(id, error.message)
            return nil
        }
    }

    /// One choice read by `parse`; nil when empty, nil with a message when `parse` does not know it.
    mutating func choice<Value>(_ id: FieldID, _ fallback: String, _ parse: (String) -> Value?) -> Value? {
        let text = text(id)
        guard !text.isEmpty else { return nil }
        guard let value = parse(text) else {
            report(id, "\(label(id, fallback))：“\(text)”不是可选项，请重新选择")
            return nil
        }
        return value
    }

    /// One choice of a domain vocabulary by its Chinese label.
    mutating func choice<Value: ChineseLabeled>(_ id: FieldID, _ fallback: String, as type: Value.Type) -> Value? {
        choice(id, fallback) { Value(label: $0) }
    }

    /// A choice the record cannot do without: a message when it is empty.
    mutating func requiredChoice<Value: ChineseLabeled>(
        _ id: FieldID, _ fallback: String, as type: Value.Type
    ) -> Value? {
        let value = choice(id, fallback, as: type)
        if value == nil, text(id).isEmpty {
            report(id, "\(label(id, fallback))：必填，请选择" + Value.labels.joined(separator: "、") + "之一")
        }
        return value
    }

    /// The chosen labels of a multi choice, each read as a vocabulary case; unknown labels give a message.
    mutating func choices<Value: ChineseLabeled>(_ id: FieldID, _ fallback: String, as type: Value.Type) -> [Value] {
        let labels = MultiChoiceValue.split(text(id))
        let unknown = labels.filter { Value(label: $0) == nil }
        if !unknown.isEmpty {
            report(id, "\(label(id, fallback))：“\(unknown.joined(separator: "、"))”不是可选项，请重新选择")
        }
        return labels.compactMap { Value(label: $0) }
    }

    /// A yes-no answer; nil (with a message) when empty or neither 是 nor 否.
    mutating func yesNo(_ id: FieldID, _ fallback: String) -> Bool? {
        switch text(id) {
        case YesNo.yes: return true
        case YesNo.no: return false
        default:
            report(id, "\(label(id, fallback))：必填，请选择 是 或 否")
            return nil
        }
    }

    /// An amount of money typed in 元; nil when empty, nil with a message when not an amount.
    mutating func money(_ id: FieldID, _ fallback: String) -> Money? {
        let text = text(id)
        guard !text.isEmpty else { return nil }
        do {
            return try Money(text, field: label(id, fallback))
        } catch {
            report(id, error.message)
            return nil
        }
    }

    /// The answers that are not read into the record (and the verbatim ones kept on purpose), non-empty.
    var answers: [FieldID: String] {
        var result: [FieldID: String] = [:]
        for (id, value) in values where !used.contains(id) || kept.contains(id) {
            let trimmed = value.trimmingWhitespace()
            if !trimmed.isEmpty { result[id] = trimmed }
        }
        return result
    }

    /// The record and the kept answers, or every problem found.
    func finish<Record>(_ record: Record?) throws(FormMappingError) -> MappedForm<Record> {
        guard problems.isEmpty, let record else {
            var problems = problems
            if problems.isEmpty { problems[""] = "表单内容不完整，请检查后重新保存" }
            throw FormMappingError(problems: problems, order: definition.fields.map(\.id))
        }
        return MappedForm(record: record, answers: answers)
    }
}

extension FormDefinition {
    /// Answers to start a form from a record: every field empty, then the kept `answers` over them.
    func blankValues(with answers: [FieldID: String]) -> [String: String] {
        var values = Dictionary(uniqueKeysWithValues: fields.map { ($0.id, "") })
        values.merge(answers) { _, kept in kept }
        return values
    }
}
