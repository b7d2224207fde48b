import CunzhanCore

/// An item suggested by the record that found the problem (a 不达标 visit), as the new-item form starts it.
///
/// `item` carries what the form does not ask: the found date (the visit's date) and the link to the record
/// (`sourceRecordID`); the rest becomes the form's answers so the user can change them before saving.
public struct ItemPrefill: Sendable, Equatable {
    public var item: RectificationItem
    /// The household's number, for the form's 户编号 field.
    public var householdNumber: String

    public init(item: RectificationItem, householdNumber: String) {
        self.item = item
        self.householdNumber = householdNumber
    }

    /// The item form's answers (`Screens/item.yaml`).
    var values: [String: String] {
        [
            "title": item.title, "details": item.details, "category": item.category.label,
            "source": item.source.label, "scope": item.scope.label, "household_number": householdNumber,
            "responsible_unit": item.responsibleUnit,
        ]
    }

    /// The next item to raise from `visit`: the first suggested item whose category has no item raised from
    /// the visit yet (`raised`), or nil when every finding already has one or there is none.
    public static func next(
        from visit: Visit, household: Household, raised: [ItemCategory]
    ) -> ItemPrefill? {
        var left = raised
        for item in VisitForm.items(for: visit, household: household) {
            if let index = left.firstIndex(of: item.category) {
                left.remove(at: index)
                continue
            }
            return ItemPrefill(item: item, householdNumber: household.householdNumber)
        }
        return nil
    }
}
