/// A data-entry form declared in `Screens/<id>.yaml`: its title and its fields, possibly in sections.
///
/// Screens render it and call `validate(values:)` on save; the store keeps the answers of `isCore`
/// fields in their columns and the others as JSON.
public struct FormDefinition: Hashable, Sendable {
    public let id: String
    public let title: String
    /// The sections in order; a form written as a flat `fields:` list has one section with no title.
    public let sections: [FormSection]
    /// The file the definition came from, as named in messages (`Screens/visit.yaml`).
    public let file: String

    /// Every field in display order, across sections.
    public var fields: [FieldDefinition] { sections.flatMap(\.fields) }

    /// The field with this id, if the form has one.
    public func field(_ id: FieldID) -> FieldDefinition? { fields.first { $0.id == id } }
}

/// A titled group of fields inside a form (e.g. 两不愁三保障).
public struct FormSection: Hashable, Sendable {
    /// The section heading, or nil for the single section of a flat form.
    public let title: String?
    public let fields: [FieldDefinition]
}
