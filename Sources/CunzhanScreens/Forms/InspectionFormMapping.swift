import CunzhanCore
import ScreenDefinitions

/// Turns the answers of the inspection form (`Screens/inspection.yaml`) into an `Inspection`, and back.
///
/// An inspection holds the date, method, result and notes; the inspector's name, the risks found and the
/// problem description are kept among the answers, since the model has no place for them yet.
public struct InspectionFormMapping: Sendable {
    /// What an inspection needs that the form does not ask.
    public struct Context: Sendable {
        public var gridID: GridID
        public var householdID: HouseholdID
        public var inspectorID: UserID
        public var inspectionID: InspectionID

        public init(
            gridID: GridID, householdID: HouseholdID, inspectorID: UserID, inspectionID: InspectionID = InspectionID()
        ) {
            self.gridID = gridID
            self.householdID = householdID
            self.inspectorID = inspectorID
            self.inspectionID = inspectionID
        }
    }

    static let date = "inspection_date"
    static let method = "method"
    static let result = "result"
    static let notes = "notes"

    public let definition: FormDefinition

    public init(definition: FormDefinition) {
        self.definition = definition
    }

    /// The inspection the answers describe, with the answers it has no place for.
    public func inspection(
        from values: [String: String], context: Context
    ) throws(FormMappingError) -> MappedForm<Inspection> {
        var reader = FormValueReader(definition: definition, values: values)
        let date = reader.date(Self.date, "排查日期")
        let method = reader.requiredChoice(Self.method, "排查方式", as: InspectionMethod.self)
        let result = reader.requiredChoice(Self.result, "排查结果", as: InspectionResult.self)
        let notes = reader.text(Self.notes)
        var inspection: Inspection?
        if let date, let method, let result {
            inspection = Inspection(
                id: context.inspectionID, gridID: context.gridID, householdID: context.householdID,
                inspectorID: context.inspectorID, date: date, method: method, result: result, notes: notes)
        }
        return try reader.finish(inspection)
    }

    /// The form's answers for `inspection`, with its kept `answers` filled in too.
    public func values(from inspection: Inspection, answers: [FieldID: String] = [:]) -> [String: String] {
        var values = definition.blankValues(with: answers)
        values[Self.date] = inspection.date.description
        values[Self.method] = inspection.method.label
        values[Self.result] = inspection.result.label
        values[Self.notes] = inspection.notes
        return values
    }
}
