import CunzhanCore
import ScreenDefinitions
import TerminalUI

/// How a form definition's fields become the widget's fields.
extension DefinedForm {
    /// The narrowest and widest label column: long labels (家庭年收入估算（元）) stay whole up to the widest.
    static let labelWidths = 8...20

    /// The widget fields of `definition`, in order, the first of each titled section carrying its heading.
    public static func formFields(of definition: FormDefinition) -> [FormField] {
        definition.sections.flatMap { section in
            section.fields.enumerated().map { offset, field in
                formField(of: field, section: offset == 0 ? section.title : nil)
            }
        }
    }

    /// The widget field for one definition field: kind and choices from its type, 必填 when always
    /// required, help, the longest text allowed, and the definition's own check of a filled-in value.
    public static func formField(of field: FieldDefinition, section: String? = nil) -> FormField {
        FormField(
            id: field.id, label: field.label, kind: kind(of: field), isRequired: field.isRequired, help: field.help,
            maxLength: field.type == .text ? field.maxLength : nil, validate: { field.problem(with: $0) },
            section: section)
    }

    /// The widget kind of a field: how it is edited.
    static func kind(of field: FieldDefinition) -> FormField.Kind {
        switch field.type {
        case .text: .text
        case .integer: .integer
        case .money: .money
        case .date: .date
        case .choice: .singleChoice(field.choices)
        case .multiChoice: .multiChoice(field.choices)
        case .yesNo: .yesNo
        case .idNumber: .idNumber
        case .phone: .phone
        }
    }

    /// The label column that fits the longest label, within `labelWidths`.
    static func labelWidth(of definition: FormDefinition) -> Int {
        let widest = definition.fields.map { DisplayWidth.of($0.label) }.max() ?? labelWidths.lowerBound
        return min(max(widest, labelWidths.lowerBound), labelWidths.upperBound)
    }

    /// The value a new form gives `field`, or nil when it starts empty.
    static func defaultValue(of field: FieldDefinition, today: CalendarDate, userName: String) -> String? {
        switch field.defaultValue {
        case .today: today.description
        case .currentUser: userName
        case .literal(let value): value
        case nil: nil
        }
    }
}
