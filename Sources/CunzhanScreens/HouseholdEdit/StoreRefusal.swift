import CunzhanStore
import ScreenDefinitions

/// Which form field a store refusal is about, so the household and member forms show it under that field.
enum StoreRefusal {
    /// The field a refusal names: a duplicate ID number is about 证件号码; otherwise the field whose label
    /// opens the message ("户编号：0003 已是..." is about 户编号). Nil when the message names no field.
    static func fieldID(of error: StoreError, in definition: FormDefinition) -> FieldID? {
        if error.code == .duplicateIDNumber, definition.field("id_number") != nil { return "id_number" }
        return definition.fields.first { error.message.hasPrefix($0.label + "：") }?.id
    }
}
